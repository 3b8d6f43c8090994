// The Studio's drafts, kept in the browser's IndexedDB (through idb-keyval) so that work survives a
// reload, a crash or a closed tab. A draft is kept in parts: its text, its sources, its places, each
// claim, and the rest (with the claims' order). A part is written only when it changed, so saving after a keystroke in a long
// article copies one claim, not a megabyte. Writes wait until the frame showing the edit is painted and
// the browser is idle, the latest state of each draft replacing any still waiting; when the page is
// hidden or closed, whatever waits is written at once.
import { createStore, entries, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import type { PackDraft } from '../core/pack-draft.ts';
import type { Block, Claim } from '../core/schema.ts';

export interface Draft {
  /** The draft's own key, apart from the article id, which the editor may change. */
  key: string;
  pack: PackDraft;
  /** Milliseconds since 1970, for "last edited" and the order of the list. */
  savedAt: number;
}

/** The draft's own record: everything but the text, the sources, the places and the claims, which are records of their own. */
interface DraftRecord extends Draft {
  /** The keys of the claims' records, in the claims' order. Absent in drafts saved before claims were apart. */
  claimKeys?: string[];
  /** Whether the sources and places are records of their own. Absent in drafts saved before they were. */
  listsApart?: true;
}

let store: UseStore | undefined;
/** Opened on first use: nothing touches IndexedDB until the Studio needs it. */
const drafts = () => (store ??= createStore('tally-studio', 'drafts'));

/** Parts' keys hold this mark, which a draft's own key (a UUID) never does. */
const PART = '#';
const textKey = (key: string) => `${key}${PART}text`;
const sourcesKey = (key: string) => `${key}${PART}sources`;
const placesKey = (key: string) => `${key}${PART}places`;
const isPart = (key: string) => key.includes(PART);

/** What is in storage for each open draft, by identity: an edit keeps the objects it did not change. */
interface Saved {
  blocks: readonly Block[] | undefined;
  sources: PackDraft['sources'] | undefined;
  places: PackDraft['places'] | undefined;
  claimKeys: Map<Claim, string>;
}
const saved = new Map<string, Saved>();
const savedFor = (key: string): Saved => {
  let entry = saved.get(key);
  if (!entry) saved.set(key, (entry = { blocks: undefined, sources: undefined, places: undefined, claimKeys: new Map() }));
  return entry;
};
/** New claim records get keys unique to this page, so two tabs never write over each other's claims. */
const PAGE = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
let nextClaim = 0;

/**
 * Writes the parts of `draft` that changed since the last write, in one transaction. IndexedDB runs a
 * store's transactions in the order they were made, so what is stored is taken as written from now on;
 * if the write fails, the next one writes every part again.
 */
function write(draft: Draft): Promise<void> {
  const { key, pack } = draft;
  const known = savedFor(key);
  const claimKeys = new Map<Claim, string>();
  const changed: [string, Claim][] = [];
  for (const claim of pack.claims) {
    if (claimKeys.has(claim)) continue;
    let claimKey = known.claimKeys.get(claim);
    if (!claimKey) changed.push([(claimKey = `${key}${PART}claim-${PAGE}-${nextClaim++}`), claim]);
    claimKeys.set(claim, claimKey);
  }
  const kept = new Set(claimKeys.values());
  const dropped = [...known.claimKeys.values()].filter((claimKey) => !kept.has(claimKey));
  const record: DraftRecord = {
    ...draft,
    pack: { ...pack, article: { ...pack.article, blocks: [] }, sources: [], places: [], claims: [] },
    claimKeys: pack.claims.map((claim) => claimKeys.get(claim)!),
    listsApart: true,
  };
  const { blocks } = pack.article;
  const { sources, places } = pack;
  const textChanged = known.blocks !== blocks;
  const sourcesChanged = known.sources !== sources;
  const placesChanged = known.places !== places;
  Object.assign(known, { blocks, sources, places, claimKeys });
  return drafts()('readwrite', (objects) => {
    if (textChanged) objects.put(blocks, textKey(key));
    if (sourcesChanged) objects.put(sources, sourcesKey(key));
    if (placesChanged) objects.put(places, placesKey(key));
    for (const [claimKey, claim] of changed) objects.put(claim, claimKey);
    objects.put(record, key);
    for (const claimKey of dropped) objects.delete(claimKey);
    // Committed now rather than when the page next idles: a page being left may not get that far.
    objects.transaction.commit?.();
    return promisifyRequest(objects.transaction);
  }).catch((error: unknown) => {
    saved.delete(key);
    throw error;
  });
}

interface Waiting {
  draft: Draft;
  done: { resolve: () => void; reject: (error: unknown) => void }[];
}
/** The latest state of each draft not written yet. */
const waiting = new Map<string, Waiting>();
let scheduled = false;

/** Writes every draft that waits, now; resolves once all are stored. */
export function flushDrafts(): Promise<void> {
  scheduled = false;
  const all = [...waiting.values()];
  waiting.clear();
  return Promise.all(
    all.map(({ draft, done }) =>
      write(draft).then(
        () => done.forEach((d) => d.resolve()),
        (error: unknown) => done.forEach((d) => d.reject(error)),
      ),
    ),
  ).then(() => undefined);
}

/**
 * Runs `run` after the next paint, when the browser is idle (and within half a second even if it never
 * is): for writes that must not hold up the frame showing an edit.
 */
export function afterPaintWhenIdle(run: () => void) {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run));
  // A hidden page paints no frames: there the write need not wait for one.
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (typeof requestAnimationFrame === 'function' && !hidden) requestAnimationFrame(() => setTimeout(idle));
  else setTimeout(idle);
}

let listening = false;
/** A hidden page may be closed or discarded without warning: what waits is written as it hides. */
function flushWhenHidden() {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const flush = () => void flushDrafts().catch(() => undefined);
  addEventListener('pagehide', flush);
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

/**
 * Saves the draft: it is written after the frame showing the edit is painted, when the browser is idle,
 * or at once if the page is hidden first. Resolves once it (or a later state of the same draft) is stored.
 */
export function saveDraft(draft: Draft): Promise<void> {
  flushWhenHidden();
  return new Promise((resolve, reject) => {
    const entry = waiting.get(draft.key);
    waiting.set(draft.key, { draft, done: [...(entry?.done ?? []), { resolve, reject }] });
    if (!scheduled) {
      scheduled = true;
      afterPaintWhenIdle(() => void flushDrafts().catch(() => undefined));
    }
  });
}

/** The parts of a stored draft other than its claims, as read from storage. */
interface Parts {
  blocks: Block[] | undefined;
  sources: PackDraft['sources'] | undefined;
  places: PackDraft['places'] | undefined;
}

/** A stored draft made whole again from its parts; its claims are remembered as stored. */
function assemble(record: DraftRecord, parts: Parts, claims: (Claim | undefined)[] | undefined): Draft {
  const { claimKeys, listsApart, ...draft } = record;
  const whole = claimKeys ? claims!.filter((c): c is Claim => c !== undefined) : draft.pack.claims;
  const lists = listsApart ? { sources: parts.sources ?? [], places: parts.places ?? [] } : {};
  return { ...draft, pack: { ...draft.pack, ...lists, article: { ...draft.pack.article, blocks: parts.blocks ?? [] }, claims: whole } };
}

function remember(record: DraftRecord, draft: Draft) {
  if (!record.claimKeys || saved.has(draft.key)) return;
  const known = savedFor(draft.key);
  known.blocks = draft.pack.article.blocks;
  if (record.listsApart) Object.assign(known, { sources: draft.pack.sources, places: draft.pack.places });
  draft.pack.claims.forEach((claim, i) => known.claimKeys.set(claim, record.claimKeys![i]!));
}

export async function loadDraft(key: string): Promise<Draft | undefined> {
  // Reads made after the writes are answered after them.
  await flushDrafts();
  const [record, blocks, sources, places] = await getMany<unknown>([key, textKey(key), sourcesKey(key), placesKey(key)], drafts());
  if (!record) return undefined;
  const stored = record as DraftRecord;
  const claims = stored.claimKeys ? await getMany<Claim>(stored.claimKeys, drafts()) : undefined;
  const draft = assemble(stored, { blocks, sources, places } as Parts, claims);
  remember(stored, draft);
  return draft;
}

/** Every local draft, the most recently saved first. */
export async function listDrafts(): Promise<Draft[]> {
  await flushDrafts();
  const all = new Map(await entries<string, unknown>(drafts()));
  return [...all]
    .filter(([key]) => !isPart(key))
    .map(([key, value]) => {
      const record = value as DraftRecord;
      const parts = { blocks: all.get(textKey(key)), sources: all.get(sourcesKey(key)), places: all.get(placesKey(key)) } as Parts;
      const draft = assemble(record, parts, record.claimKeys?.map((k) => all.get(k) as Claim | undefined));
      remember(record, draft);
      return draft;
    })
    .sort((a, b) => b.savedAt - a.savedAt);
}

export async function discardDraft(key: string): Promise<void> {
  waiting.get(key)?.done.forEach((d) => d.resolve());
  waiting.delete(key);
  saved.delete(key);
  await drafts()('readwrite', (objects) => {
    objects.delete(IDBKeyRange.bound(`${key}${PART}`, `${key}${PART}\uffff`));
    objects.delete(key);
    return promisifyRequest(objects.transaction);
  });
}
