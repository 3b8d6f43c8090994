// The Studio's drafts, kept in the browser's IndexedDB (through idb-keyval) so that work survives a
// reload, a crash or a closed tab. One record per draft; the list shows each by its title. The article's
// text, which an edit never changes, is stored in a record of its own and written only when it changes:
// saving after a keystroke then copies the claims, not a long article's megabyte of text.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { PackDraft } from '../core/pack-draft.ts';
import type { Block } from '../core/schema.ts';

export interface Draft {
  /** The draft's own key, apart from the article id, which the editor may change. */
  key: string;
  pack: PackDraft;
  /** Milliseconds since 1970, for "last edited" and the order of the list. */
  savedAt: number;
}

let store: UseStore | undefined;
/** Opened on first use: nothing touches IndexedDB until the Studio needs it. */
const drafts = () => (store ??= createStore('tally-studio', 'drafts'));

const TEXT_SUFFIX = '#text';
const textKey = (key: string) => `${key}${TEXT_SUFFIX}`;
/** The blocks last written for each draft, by identity: an edit keeps the same array. */
const savedText = new Map<string, readonly Block[]>();

export async function saveDraft(draft: Draft): Promise<void> {
  const { blocks } = draft.pack.article;
  if (savedText.get(draft.key) !== blocks) {
    await set(textKey(draft.key), blocks, drafts());
    savedText.set(draft.key, blocks);
  }
  const withoutText: Draft = { ...draft, pack: { ...draft.pack, article: { ...draft.pack.article, blocks: [] } } };
  await set(draft.key, withoutText, drafts());
}

function withText(draft: Draft, blocks: Block[] | undefined): Draft {
  return { ...draft, pack: { ...draft.pack, article: { ...draft.pack.article, blocks: blocks ?? [] } } };
}

export async function loadDraft(key: string): Promise<Draft | undefined> {
  const [draft, blocks] = await Promise.all([get<Draft>(key, drafts()), get<Block[]>(textKey(key), drafts())]);
  return draft && withText(draft, blocks);
}

/** Every local draft, the most recently saved first. */
export async function listDrafts(): Promise<Draft[]> {
  const all = await entries<string, Draft | Block[]>(drafts());
  const texts = new Map(all.filter(([key]) => key.endsWith(TEXT_SUFFIX)).map(([key, blocks]) => [key, blocks as Block[]]));
  return all
    .filter(([key]) => !key.endsWith(TEXT_SUFFIX))
    .map(([key, draft]) => withText(draft as Draft, texts.get(textKey(key))))
    .sort((a, b) => b.savedAt - a.savedAt);
}

export async function discardDraft(key: string): Promise<void> {
  savedText.delete(key);
  await Promise.all([del(key, drafts()), del(textKey(key), drafts())]);
}
