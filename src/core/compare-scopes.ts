// How two reports' scopes relate: do they count the same thing, among the same group, over the same hours,
// in the same place? Each dimension is compared only on what the article states. Where one report is silent
// the dimension is `unstated`; where both state it but the article does not relate the two, `unrelated`.
// Neither is ever a difference.
import type { Figure, FigureKind, Group, Place, Report, TimeWindow } from './schema.ts';

/**
 * `inside`: the first report's scope lies within the second's (civilians among people).
 * `apart`: they cannot overlap (two stated, separate windows). `crossing`: they overlap without either holding the other.
 */
export type Relation = 'same' | 'inside' | 'contains' | 'apart' | 'crossing' | 'unstated' | 'unrelated';

export type Dimension = 'kind' | 'who' | 'window' | 'place';

/** The relations that say something: a stated scope on both sides, related by the article. */
export type StatedRelation = Exclude<Relation, 'unstated' | 'unrelated'>;

export interface ScopeRelation {
  relation: StatedRelation;
  /** Every dimension's own relation. */
  dimensions: Record<Dimension, Relation>;
  /** Dimensions the article leaves open for the pair (unstated or unrelated); the relation assumes nothing about them. */
  open: Dimension[];
  /** Dimensions on which the scopes differ for certain (stated on both sides, and not the same). */
  differing: Dimension[];
}

/** The wider kinds a kind of figure lies within: the killed are among the killed or injured. */
const KIND_WITHIN: Partial<Record<FigureKind, FigureKind>> = {
  'people-killed': 'people-killed-or-injured',
  'people-injured': 'people-killed-or-injured',
};

/** `apart` here means different things, which are not compared at all (people killed and homes flooded). */
export function compareKind(a: FigureKind, b: FigureKind): Relation {
  if (a === b) return 'same';
  if (KIND_WITHIN[a] === b) return 'inside';
  if (KIND_WITHIN[b] === a) return 'contains';
  return 'apart';
}

/** Kinds that count people, and so may name who is counted. */
export function countsPeople(kind: FigureKind): boolean {
  return kind.startsWith('people-');
}

/** Every named group lies among people; civilians and fighters cannot be the same people. Other pairs the article must relate. */
const GROUP_WITHIN: Partial<Record<Group, Group>> = {
  civilians: 'people',
  women: 'people',
  children: 'people',
  elderly: 'people',
  men: 'people',
  residents: 'people',
  protesters: 'people',
  fighters: 'people',
  soldiers: 'fighters',
  police: 'people',
  voters: 'people',
  patients: 'people',
};
const GROUPS_APART: readonly [Group, Group][] = [
  ['civilians', 'fighters'],
  ['civilians', 'soldiers'],
  ['women', 'men'],
];

function groupAncestors(group: Group): Group[] {
  const chain: Group[] = [];
  for (let g = GROUP_WITHIN[group]; g; g = GROUP_WITHIN[g]) chain.push(g);
  return chain;
}

export function compareWho(a: Figure['who'], b: Figure['who']): Relation {
  if (!a || !b) return 'unstated';
  if (a.words.toLowerCase() === b.words.toLowerCase() || (a.group && a.group === b.group)) return 'same';
  if (!a.group || !b.group) return 'unrelated';
  if (groupAncestors(a.group).includes(b.group)) return 'inside';
  if (groupAncestors(b.group).includes(a.group)) return 'contains';
  if (GROUPS_APART.some(([x, y]) => (x === a.group && y === b.group) || (x === b.group && y === a.group))) return 'apart';
  // Women and children may be civilians or not: the article would have to say.
  return 'unrelated';
}

/** A window's reading as milliseconds; an open side runs to the end of time. Undefined without any reading. */
export function windowSpan(window: TimeWindow): { from: number; to: number } | undefined {
  if (window.from === undefined && window.to === undefined) return undefined;
  const time = (iso: string) => Date.parse(`${iso}Z`);
  return { from: window.from === undefined ? -Infinity : time(window.from), to: window.to === undefined ? Infinity : time(window.to) };
}

export function compareWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): Relation {
  if (!a || !b) return 'unstated';
  if (a.words === b.words) return 'same';
  const [x, y] = [windowSpan(a), windowSpan(b)];
  // Words without a reading ("on September 23" against "late September 22") are not compared by Tally.
  if (!x || !y) return 'unrelated';
  if (x.from === y.from && x.to === y.to) return 'same';
  if (x.to <= y.from || y.to <= x.from) return 'apart';
  if (x.from >= y.from && x.to <= y.to) return 'inside';
  if (y.from >= x.from && y.to <= x.to) return 'contains';
  return 'crossing';
}

/** Every place the article puts this one in, nearest first. */
export function placeAncestors(placeId: string, places: ReadonlyMap<string, Place>): string[] {
  const seen: string[] = [];
  const queue = [...(places.get(placeId)?.within ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === placeId || seen.includes(id)) continue;
    seen.push(id);
    queue.push(...(places.get(id)?.within ?? []));
  }
  return seen;
}

/** Places nest only where the article relates them (by `within`); otherwise their relation is not stated. */
export function comparePlace(a: Report['place'], b: Report['place'], places: ReadonlyMap<string, Place>): Relation {
  if (!a || !b) return 'unstated';
  if (a.placeId === b.placeId) return 'same';
  if (placeAncestors(a.placeId, places).includes(b.placeId)) return 'inside';
  if (placeAncestors(b.placeId, places).includes(a.placeId)) return 'contains';
  return 'unrelated';
}

const OPEN: ReadonlySet<Relation> = new Set(['unstated', 'unrelated']);

/**
 * Whether two figures of one kind describe what they count in different words ("votes cast", "votes counted")
 * where nothing else stated accounts for it: not a floor's verb ("deaths documented"), not a group stated on
 * both sides and related ("civilians killed" among "people killed"). Tally does not judge whether such words
 * mean the same thing, so the kind of figure alone never makes them "the same thing".
 */
export function countedWordsDiffer(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind || a.recorded !== undefined || b.recorded !== undefined) return false;
  if (normalWords(a.counts) === normalWords(b.counts)) return false;
  const who = countsPeople(a.kind) ? compareWho(a.who, b.who) : 'same';
  return who === 'same' || who === 'unstated';
}

const normalWords = (words: string) => words.toLowerCase().replace(/\s+/g, ' ').trim();

/** Kinds first; money only compares within one currency, which Tally never converts. */
export function compareCounts(a: Figure, b: Figure): Relation {
  const kind = compareKind(a.kind, b.kind);
  return kind === 'same' && a.kind === 'money' && a.unit !== b.unit ? 'apart' : kind;
}

/** How report `a`'s scope relates to report `b`'s. Both must carry figures. */
export function compareScopes(
  a: Report & { figure: Figure },
  b: Report & { figure: Figure },
  places: ReadonlyMap<string, Place>,
): ScopeRelation {
  const dimensions: Record<Dimension, Relation> = {
    // One kind described in different words is open: the words may or may not name the same thing.
    kind: compareCounts(a.figure, b.figure) === 'same' && countedWordsDiffer(a.figure, b.figure) ? 'unrelated' : compareCounts(a.figure, b.figure),
    // Who is counted only matters for counts of people; air strikes and homes have no "who".
    who: countsPeople(a.figure.kind) && countsPeople(b.figure.kind) ? compareWho(a.figure.who, b.figure.who) : 'same',
    window: compareWindow(a.window, b.window),
    place: comparePlace(a.place, b.place, places),
  };
  const entries = Object.entries(dimensions) as [Dimension, Relation][];
  const open = entries.filter(([, r]) => OPEN.has(r)).map(([d]) => d);
  const differing = entries.filter(([, r]) => r !== 'same' && !OPEN.has(r)).map(([d]) => d);
  const found = new Set(entries.map(([, r]) => r));

  let relation: StatedRelation;
  if (found.has('apart')) relation = 'apart';
  else if (found.has('crossing') || (found.has('inside') && found.has('contains'))) relation = 'crossing';
  else if (found.has('inside')) relation = 'inside';
  else if (found.has('contains')) relation = 'contains';
  else relation = 'same';
  return { relation, dimensions, open, differing };
}
