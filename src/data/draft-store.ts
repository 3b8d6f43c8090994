// The Studio's drafts, kept in the browser's IndexedDB (through idb-keyval) so that work survives a
// reload, a crash or a closed tab. One record per draft; the list shows each by its title.
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { PackDraft } from '../core/pack-draft.ts';

export interface Draft {
  /** The draft's own key, apart from the article id, which the editor may change. */
  key: string;
  pack: PackDraft;
  /** The web address the text came from, when the editor gave it. */
  address: string;
  /** Milliseconds since 1970, for "last edited" and the order of the list. */
  savedAt: number;
}

let store: UseStore | undefined;
/** Opened on first use: nothing touches IndexedDB until the Studio needs it. */
const drafts = () => (store ??= createStore('tally-studio', 'drafts'));

export async function saveDraft(draft: Draft): Promise<void> {
  await set(draft.key, draft, drafts());
}

export async function loadDraft(key: string): Promise<Draft | undefined> {
  return get<Draft>(key, drafts());
}

/** Every local draft, the most recently saved first. */
export async function listDrafts(): Promise<Draft[]> {
  const all = await values<Draft>(drafts());
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

export async function discardDraft(key: string): Promise<void> {
  await del(key, drafts());
}
