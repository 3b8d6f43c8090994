// A draft's undo and redo steps, kept in the browser's IndexedDB beside the draft, so that undo still
// works after a reload. Bounded: only the steps nearest the present are kept. Steps are saved without the
// article's text, which no edit changes; the text is put back from the draft when they are read.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PackDraft } from '../core/pack-draft.ts';
import type { Block } from '../core/schema.ts';

/** How many steps back (and forward) are kept with a draft. */
export const SAVED_STEPS = 50;

export interface SavedHistory {
  past: PackDraft[];
  /** The present the steps were saved around; the draft itself may have been saved later. */
  present: PackDraft;
  future: PackDraft[];
}

let store: UseStore | undefined;
/** A database of its own: opened on first use, and apart from the drafts' store, which it never touches. */
const histories = () => (store ??= createStore('tally-studio-history', 'history'));

const withoutText = (pack: PackDraft): PackDraft => ({ ...pack, article: { ...pack.article, blocks: [] } });
const withText = (pack: PackDraft, blocks: Block[]): PackDraft => ({ ...pack, article: { ...pack.article, blocks } });

/**
 * The steps to keep, nearest the present first, stopping at the first step over another text (a pack
 * opened in its place): the saved steps are always over the draft's one text.
 */
function sameText(steps: readonly PackDraft[], blocks: readonly Block[]): PackDraft[] {
  const kept: PackDraft[] = [];
  for (const step of steps) {
    if (step.article.blocks !== blocks || kept.length === SAVED_STEPS) break;
    kept.push(withoutText(step));
  }
  return kept;
}

/** Saves the steps around `present`. Unchanged parts of the steps are shared, and stored once. */
export async function saveHistory(key: string, history: SavedHistory): Promise<void> {
  const { blocks } = history.present.article;
  const saved: SavedHistory = {
    past: sameText([...history.past].reverse(), blocks).reverse(),
    present: withoutText(history.present),
    future: sameText(history.future, blocks),
  };
  await set(key, saved, histories());
}

/** The steps saved with a draft, over the draft's text `blocks`; undefined when none were saved. */
export async function loadHistory(key: string, blocks: Block[]): Promise<SavedHistory | undefined> {
  const saved = await get<SavedHistory>(key, histories());
  if (!saved) return undefined;
  return { past: saved.past.map((p) => withText(p, blocks)), present: withText(saved.present, blocks), future: saved.future.map((p) => withText(p, blocks)) };
}

export async function discardHistory(key: string): Promise<void> {
  await del(key, histories());
}
