// A draft's undo and redo steps, kept in the browser's IndexedDB beside the draft, so that undo still
// works after a reload. Bounded: only the steps nearest the present are kept. Steps are saved without the
// article's text, which no edit changes; the text is put back from the draft when they are read.
// Each claim is a record of its own, written once: a step is its other parts and runs of claim keys, so
// saving the steps of a thousand-claim draft after an edit writes the claim it changed, not a thousand.
import { createStore, get, getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import type { PackDraft } from '../core/pack-draft.ts';
import type { Block, Claim } from '../core/schema.ts';

/** How many steps back (and forward) are kept with a draft. */
export const SAVED_STEPS = 50;

export interface SavedHistory {
  past: PackDraft[];
  /** The present the steps were saved around; the draft itself may have been saved later. */
  present: PackDraft;
  future: PackDraft[];
}

/**
 * A run of a step's claims: `count` claims in a row of its neighbour's list (the step next to it on the
 * way to the present, or the present), from `from`; or keys of claims of the step's own.
 */
type ClaimRun = { from: number; count: number } | { keys: string[] };

/** A step as stored: the pack without its text and claims, and its claims as runs of its neighbour's. */
interface StoredStep {
  pack: PackDraft;
  claims: ClaimRun[];
}

/** The record of a draft's steps. Records saved before claims were apart hold `SavedHistory` itself. */
interface StoredHistory {
  claimsApart: true;
  present: PackDraft;
  /** The keys of the present's claim records, in order. */
  presentClaims: string[];
  past: StoredStep[];
  future: StoredStep[];
}

let store: UseStore | undefined;
/** A database of its own: opened on first use, and apart from the drafts' store, which it never touches. */
const histories = () => (store ??= createStore('tally-studio-history', 'history'));

/** Claim records' keys hold this mark, which a draft's own key (a UUID) never does. */
const PART = '#';
/** New claim records get keys unique to this page, so two tabs never write over each other's claims. */
const PAGE = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
let nextClaim = 0;

/**
 * What is stored for each draft written from this page: each claim's record key, by claim object; and
 * each step's claims as keys and as runs of its neighbour's, by step object. The steps away from the
 * present do not change, nor do their neighbours, so a save after an edit works out the newest step
 * alone. Forgotten when a write fails, so that the next write writes everything again.
 */
interface Written {
  keys: WeakMap<Claim, string>;
  stored: Set<string>;
  steps: WeakMap<PackDraft, { keys: string[]; against?: PackDraft; runs?: ClaimRun[] }>;
}
const written = new Map<string, Written>();
const writtenFor = (key: string): Written => {
  let known = written.get(key);
  if (!known) written.set(key, (known = { keys: new WeakMap(), stored: new Set(), steps: new WeakMap() }));
  return known;
};

const bare = (pack: PackDraft): PackDraft => ({ ...pack, article: { ...pack.article, blocks: [] }, claims: [] });
const withText = (pack: PackDraft, blocks: Block[]): PackDraft => ({ ...pack, article: { ...pack.article, blocks } });

/**
 * The steps to keep, nearest the present first, stopping at the first step over another text (a pack
 * opened in its place): the saved steps are always over the draft's one text.
 */
function sameText(steps: readonly PackDraft[], blocks: readonly Block[]): PackDraft[] {
  const kept: PackDraft[] = [];
  for (const step of steps) {
    if (step.article.blocks !== blocks || kept.length === SAVED_STEPS) break;
    kept.push(step);
  }
  return kept;
}

/** `keys` as runs of `neighbour`'s (by place) where they follow it, and as keys of their own elsewhere. */
function runsOf(keys: readonly string[], neighbour: readonly string[]): ClaimRun[] {
  const places = new Map(neighbour.map((k, i) => [k, i]));
  const runs: ClaimRun[] = [];
  for (const key of keys) {
    const at = places.get(key);
    const last = runs.at(-1);
    if (at === undefined) {
      if (last && 'keys' in last) last.keys.push(key);
      else runs.push({ keys: [key] });
    } else if (last && 'from' in last && last.from + last.count === at) last.count++;
    else runs.push({ from: at, count: 1 });
  }
  return runs;
}

function keysFromRuns(runs: readonly ClaimRun[], neighbour: readonly string[]): string[] {
  return runs.flatMap((run) => ('keys' in run ? run.keys : neighbour.slice(run.from, run.from + run.count)));
}

/** Saves the steps around `present`, in one transaction. Claims stored before are not written again. */
export async function saveHistory(key: string, history: SavedHistory): Promise<void> {
  const { blocks } = history.present.article;
  const past = sameText([...history.past].reverse(), blocks).reverse();
  const future = sameText(history.future, blocks);
  const known = writtenFor(key);
  const fresh = new Map<string, Claim>();
  const claimKey = (claim: Claim) => {
    let claimKey = known.keys.get(claim);
    if (!claimKey) known.keys.set(claim, (claimKey = `${key}${PART}claim-${PAGE}-${nextClaim++}`));
    if (!known.stored.has(claimKey)) fresh.set(claimKey, claim);
    return claimKey;
  };
  const stepOf = (pack: PackDraft) => {
    let step = known.steps.get(pack);
    if (!step) known.steps.set(pack, (step = { keys: pack.claims.map(claimKey) }));
    return step;
  };
  const presentClaims = stepOf(history.present).keys;
  // Every claim a step holds is its neighbour's or its own: the present's and the steps' own are all there are.
  const referenced = new Set(presentClaims);
  const stored = (pack: PackDraft, against: PackDraft): StoredStep => {
    const step = stepOf(pack);
    if (step.against !== against || !step.runs) Object.assign(step, { against, runs: runsOf(step.keys, stepOf(against).keys) });
    for (const run of step.runs!) if ('keys' in run) for (const k of run.keys) referenced.add(k);
    return { pack: bare(pack), claims: step.runs! };
  };
  // Each step against its neighbour on the way to the present.
  const record: StoredHistory = {
    claimsApart: true,
    present: bare(history.present),
    presentClaims,
    past: past.map((pack, i) => stored(pack, past[i + 1] ?? history.present)),
    future: future.map((pack, i) => stored(pack, future[i - 1] ?? history.present)),
  };
  const dropped = [...known.stored].filter((k) => !referenced.has(k));
  try {
    await histories()('readwrite', (objects) => {
      for (const [claimKey, claim] of fresh) objects.put(claim, claimKey);
      objects.put(record, key);
      for (const claimKey of dropped) objects.delete(claimKey);
      return promisifyRequest(objects.transaction);
    });
    for (const claimKey of fresh.keys()) known.stored.add(claimKey);
    for (const claimKey of dropped) known.stored.delete(claimKey);
  } catch (error) {
    // What is stored is no longer known: the next write writes every claim again.
    written.delete(key);
    throw error;
  }
}

/** The steps saved with a draft, over the draft's text `blocks`; undefined when none were saved. */
export async function loadHistory(key: string, blocks: Block[]): Promise<SavedHistory | undefined> {
  const saved = await get<SavedHistory | StoredHistory>(key, histories());
  if (!saved) return undefined;
  if (!('claimsApart' in saved)) {
    return { past: saved.past.map((p) => withText(p, blocks)), present: withText(saved.present, blocks), future: saved.future.map((p) => withText(p, blocks)) };
  }
  // From the present outwards, each step from its neighbour's keys.
  const pastKeys: string[][] = [];
  for (let i = saved.past.length - 1; i >= 0; i--) pastKeys[i] = keysFromRuns(saved.past[i]!.claims, pastKeys[i + 1] ?? saved.presentClaims);
  const futureKeys: string[][] = [];
  saved.future.forEach((s, i) => futureKeys.push(keysFromRuns(s.claims, futureKeys[i - 1] ?? saved.presentClaims)));
  const stepKeys = [...pastKeys, ...futureKeys];
  const all = [...new Set([...saved.presentClaims, ...stepKeys.flat()])];
  const claims = new Map(all.map((k, i) => [k, i]));
  const values = await getMany<Claim | undefined>(all, histories());
  // Each claim is one object wherever it appears, as it was in memory; a claim record gone missing leaves the step out.
  const known = writtenFor(key);
  all.forEach((k, i) => {
    const claim = values[i];
    if (claim) {
      known.keys.set(claim, k);
      known.stored.add(k);
    }
  });
  const whole = (pack: PackDraft, keys: readonly string[]): PackDraft | undefined => {
    const list = keys.map((k) => values[claims.get(k)!]);
    return list.every((c) => c !== undefined) ? { ...withText(pack, blocks), claims: list } : undefined;
  };
  const present = whole(saved.present, saved.presentClaims);
  if (!present) return undefined;
  const steps = (stored: StoredStep[], offset: number) =>
    stored.map((s, i) => whole(s.pack, stepKeys[offset + i]!)).filter((p): p is PackDraft => p !== undefined);
  return { past: steps(saved.past, 0), present, future: steps(saved.future, saved.past.length) };
}

export async function discardHistory(key: string): Promise<void> {
  written.delete(key);
  await histories()('readwrite', (objects) => {
    objects.delete(IDBKeyRange.bound(`${key}${PART}`, `${key}${PART}\uffff`));
    objects.delete(key);
    return promisifyRequest(objects.transaction);
  });
}
