// How two reports' scopes relate: do they count the same people, over the same hours, in the same place?
// Each dimension is compared on what the article states; what it does not state stays unknown.
import type { Figure, Place, Report, TimeWindow } from './schema.ts';

/**
 * `inside`: the first report's scope lies within the second's (civilians within all people).
 * `apart`: they cannot overlap (two villages). `crossing`: they overlap without either holding the other.
 */
export type Relation = 'same' | 'inside' | 'contains' | 'apart' | 'crossing' | 'unknown';

export type Dimension = 'measure' | 'who' | 'window' | 'place';

export interface ScopeRelation {
  relation: Exclude<Relation, 'unknown'>;
  /** Dimensions the article leaves open for at least one of the two; the relation assumes they match. */
  unknown: Dimension[];
  /** Dimensions on which the scopes differ for certain. */
  differing: Dimension[];
}

/** killed lies within killed-or-wounded, and so does wounded; other measures do not compare. */
export function compareMeasure(a: Figure['measure'], b: Figure['measure']): Relation {
  if (a === b) return 'same';
  if (b === 'killed-or-wounded' && (a === 'killed' || a === 'wounded')) return 'inside';
  if (a === 'killed-or-wounded' && (b === 'killed' || b === 'wounded')) return 'contains';
  return 'apart';
}

const PEOPLE_MEASURES: ReadonlySet<Figure['measure']> = new Set(['killed', 'wounded', 'killed-or-wounded', 'residents']);

export function countsPeople(measure: Figure['measure']): boolean {
  return PEOPLE_MEASURES.has(measure);
}

export function compareWho(a: Figure['who'], b: Figure['who']): Relation {
  if (!a || !b) return 'unknown';
  if (a.group === b.group) return 'same';
  return a.group === 'civilians' ? 'inside' : 'contains';
}

const time = (iso: string) => Date.parse(`${iso}Z`);

export function compareWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): Relation {
  if (!a || !b) return 'unknown';
  if (a.words === b.words || (a.from === b.from && a.to === b.to && a.from !== undefined)) return 'same';
  if (a.from === undefined || b.from === undefined) return 'unknown';
  const [aFrom, aTo] = [time(a.from), a.to === undefined ? Infinity : time(a.to)];
  const [bFrom, bTo] = [time(b.from), b.to === undefined ? Infinity : time(b.to)];
  if (aFrom === bFrom && aTo === bTo) return 'same';
  if (aTo <= bFrom || bTo <= aFrom) return 'apart';
  if (aFrom >= bFrom && aTo <= bTo) return 'inside';
  if (bFrom >= aFrom && bTo <= aTo) return 'contains';
  return 'crossing';
}

export function comparePlace(a: Place | undefined, b: Place | undefined): Relation {
  if (!a || !b) return 'unknown';
  if (a.words === b.words) return 'same';
  if (a.within?.includes(b.words)) return 'inside';
  if (b.within?.includes(a.words)) return 'contains';
  // Differently named places of different kinds may nest (a district in a city); of one kind, they do not.
  if (a.level && b.level && a.level !== b.level) return 'unknown';
  return 'apart';
}

/** How report `a`'s scope relates to report `b`'s. Both must carry figures. */
export function compareScopes(a: Report & { figure: Figure }, b: Report & { figure: Figure }): ScopeRelation {
  const relations: [Dimension, Relation][] = [
    ['measure', compareMeasure(a.figure.measure, b.figure.measure)],
    // Who is counted only matters for counts of people; air strikes and buildings have no "who".
    ['who', countsPeople(a.figure.measure) ? compareWho(a.figure.who, b.figure.who) : 'same'],
    ['window', compareWindow(a.window, b.window)],
    ['place', comparePlace(a.place, b.place)],
  ];
  const unknown = relations.filter(([, r]) => r === 'unknown').map(([d]) => d);
  const differing = relations.filter(([, r]) => r !== 'same' && r !== 'unknown').map(([d]) => d);
  const found = new Set(relations.map(([, r]) => r).filter((r) => r !== 'same' && r !== 'unknown'));

  let relation: ScopeRelation['relation'];
  if (found.has('apart')) relation = 'apart';
  else if (found.has('crossing') || (found.has('inside') && found.has('contains'))) relation = 'crossing';
  else if (found.has('inside')) relation = 'inside';
  else if (found.has('contains')) relation = 'contains';
  else relation = 'same';
  return { relation, unknown, differing };
}
