// "Can they all be true?" Checks every pair of figures against each other, given their words and scopes,
// and says in plain words which fit together, which cannot, and which only might — naming the words each
// answer relies on. "Only if" is given only when a condition the article leaves open is really needed.
import { compareCounts, compareScopes, type Dimension, type ScopeRelation } from './compare-scopes.ts';
import { amount, capitalise, clashReason, figureBounds, figurePhrase, figureWords, floorReason, isFloor, overlaps, readingReason, totalBounds, type Bounds } from './figure-bounds.ts';
import type { Figure, Place, Report } from './schema.ts';

export type FiguredReport = Report & { figure: Figure };

/**
 * `fits`: both can be true. `conflict`: they cannot, on what the article states.
 * `depends`: they can only if hours, places or groups the article leaves open differ.
 */
export type PairVerdict = 'fits' | 'conflict' | 'depends';

export interface PairCheck {
  a: FiguredReport;
  b: FiguredReport;
  verdict: PairVerdict;
  sentence: string;
  /** For `depends`: the condition the article leaves open, "they cover different hours or places". */
  condition?: string;
}

export type Verdict = 'all-fit' | 'conflict' | 'depends' | 'nothing-to-compare';

export interface Compatibility {
  verdict: Verdict;
  /** The short answer to "can they all be true?"; absent when there is nothing to compare. */
  answer?: 'Yes' | 'No' | 'Only if';
  /** The rest of the answer: the reason, naming the words it relies on. */
  sentence: string;
  pairs: PairCheck[];
}

export function figuredReports(reports: readonly Report[]): FiguredReport[] {
  return reports.filter((report): report is FiguredReport => report.figure !== undefined);
}

const OPEN_NOUNS: Record<Dimension, string> = {
  kind: 'things',
  who: 'groups',
  window: 'hours',
  place: 'places',
};

/**
 * How an "only if" names what the article leaves open, in words that fit the kind of figure. Counts of people,
 * events and votes cover hours and places; homes and buildings are counted over times that may run for days.
 * A sum of money covers no hours: it is given at a time, and is for something; it has a place only where a
 * report states one ("pledged for Eastbridge"), so "different places" is said only then.
 */
interface OpenWording {
  /** "cover different hours or places": the phrase for the hours and places left open. */
  ground: (nouns: string) => string;
  time: string;
  /** "count different groups or things": the phrase for what is counted when it is left open. */
  counted: (nouns: string) => string;
  /** Whether places are named only where one of the two reports states one. */
  placeOnlyIfStated: boolean;
}

const COUNT_WORDING: OpenWording = { ground: (n) => `cover different ${n}`, time: 'hours', counted: (n) => `count different ${n}`, placeOnlyIfStated: false };
const OPEN_WORDING: Partial<Record<Figure['kind'], OpenWording>> = {
  money: { ground: (n) => `refer to different ${n}`, time: 'times', counted: () => 'are for different things', placeOnlyIfStated: true },
  ...Object.fromEntries(
    (['homes-destroyed', 'homes-damaged', 'homes-flooded', 'buildings-destroyed', 'buildings-damaged', 'other'] as const).map((kind) => [kind, { ...COUNT_WORDING, time: 'times' }]),
  ),
};

/** "they cover different hours or places, or count different groups": undefined when nothing is left open. */
function openCondition(a: FiguredReport, b: FiguredReport, open: readonly Dimension[]): string | undefined {
  const wording = OPEN_WORDING[a.figure.kind] ?? COUNT_WORDING;
  const placeNamed = !wording.placeOnlyIfStated || a.place !== undefined || b.place !== undefined;
  const ground = [open.includes('window') && wording.time, open.includes('place') && placeNamed && OPEN_NOUNS.place].filter((n): n is string => typeof n === 'string');
  const counted = (['who', 'kind'] as const).filter((d) => open.includes(d)).map((d) => OPEN_NOUNS[d]);
  const clauses = [ground.length > 0 && wording.ground(listWords(ground, 'or')), counted.length > 0 && wording.counted(listWords(counted, 'or'))];
  const condition = clauses.filter((c): c is string => typeof c === 'string').join(', or ');
  return condition ? `they ${condition}` : undefined;
}

export function listWords(words: readonly string[], conjunction = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

const quoted = (report: FiguredReport) => `“${figurePhrase(report.figure)}”`;

/** Why `part`'s scope lies within `whole`'s, one clause per dimension that nests, in the article's words. */
function nestingReasons(part: FiguredReport, whole: FiguredReport, scope: ScopeRelation, places: ReadonlyMap<string, Place>): string[] {
  const relation = scope.relation === 'inside' ? 'inside' : 'contains';
  const nests = (d: Dimension) => scope.dimensions[d] === relation;
  const reasons: string[] = [];
  if (nests('kind')) reasons.push(`${part.figure.counts} are among ${whole.figure.counts}`);
  if (nests('who')) reasons.push(`${part.figure.who!.words} are among ${whole.figure.who!.words}`);
  if (nests('place')) {
    const name = (r: FiguredReport) => places.get(r.place!.placeId)?.name ?? r.place!.words;
    // Quoted as the article's words, as in What differs: a place's words may not read as a noun ("from A to B").
    reasons.push(`“${name(part)}” lies within “${name(whole)}”`);
  }
  if (nests('window')) reasons.push(`${part.window!.label} lies within ${whole.window!.label}`);
  return reasons;
}

/** The words a fit relies on beyond the nesting: floors and readings of vague or open figures. */
function wordingReasons(reports: readonly FiguredReport[], pointsFit: boolean): string[] {
  const reasons: string[] = [];
  for (const { figure } of reports) {
    if (isFloor(figure)) reasons.push(floorReason(figure));
    const reading = readingReason(figure);
    // "at least" and "as many as" are named only when the plain numbers alone would not fit.
    const needed = figure.qualifier === 'vague' || figure.qualifier === 'about' || figure.qualifier === 'may-have' || !pointsFit;
    if (reading && needed) reasons.push(reading);
  }
  return reasons;
}

const withReasons = (sentence: string, reasons: readonly string[]) => (reasons.length > 0 ? `${sentence}: ${reasons.join('; ')}.` : `${sentence}.`);

/** Exact numbers, where the words give them: the check on plain numbers, before qualifiers widen them. */
const point = (figure: Figure): Bounds => {
  const n = figure.value ?? figure.low ?? 0;
  return figure.qualifier === 'vague' ? { low: figure.low ?? 0, high: figure.high ?? Infinity } : { low: n, high: n };
};

/**
 * Checks one pair. Returns undefined when the two count different things (people killed and homes flooded),
 * which cannot contradict each other.
 */
export function checkPair(a: FiguredReport, b: FiguredReport, places: ReadonlyMap<string, Place> = new Map()): PairCheck | undefined {
  if (compareCounts(a.figure, b.figure) === 'apart') return undefined;
  if (a.partOf === b.id || b.partOf === a.id) return checkPart(a.partOf === b.id ? a : b, a.partOf === b.id ? b : a, a);
  const scope = compareScopes(a, b, places);
  const condition = openCondition(a, b, scope.open);
  const result = (verdict: PairVerdict, sentence: string): PairCheck =>
    verdict === 'depends' && condition ? { a, b, verdict, sentence, condition } : { a, b, verdict, sentence };

  switch (scope.relation) {
    case 'apart':
      return result('fits', `${capitalise(quoted(a))} and ${quoted(b)} count different ${listWords(scope.differing.filter((d) => scope.dimensions[d] === 'apart').map((d) => OPEN_NOUNS[d]))}, so both can be true.`);
    case 'crossing':
      return result('fits', `${capitalise(quoted(a))} and ${quoted(b)} overlap only in part, so both can be true.`);
    case 'inside':
    case 'contains': {
      const [part, whole] = scope.relation === 'inside' ? [a, b] : [b, a];
      const [partBounds, wholeBounds] = [totalBounds(part.figure), totalBounds(whole.figure)];
      if (partBounds.low <= wholeBounds.high) {
        const pointsFit = point(part.figure).low <= point(whole.figure).high;
        const reasons = [...nestingReasons(part, whole, scope, places), ...wordingReasons([part, whole], pointsFit)];
        return result('fits', withReasons(`${capitalise(quoted(part))} fits inside ${quoted(whole)}`, reasons));
      }
      const clash = clashReason(whole.figure, part.figure);
      if (condition) {
        return result('depends', `${capitalise(quoted(part))} fits inside ${quoted(whole)} only if ${condition}, which the article does not rule out: ${clash}.`);
      }
      return result('conflict', `${capitalise(quoted(part))} cannot fit inside ${quoted(whole)}: ${clash}.`);
    }
    case 'same': {
      const [x, y] = [totalBounds(a.figure), totalBounds(b.figure)];
      if (overlaps(x, y)) {
        // A documented count beside a capped total is a floor inside it: "54 deaths documented" fits inside "91 people killed".
        const [floor, total] = isFloor(a.figure) ? [a, b] : [b, a];
        if (isFloor(floor.figure) && !isFloor(total.figure) && Number.isFinite(totalBounds(total.figure).high)) {
          const reasons = wordingReasons([floor, total], figureBounds(floor.figure).low <= point(total.figure).high);
          return result('fits', withReasons(`${capitalise(quoted(floor))} fits inside ${quoted(total)}`, reasons));
        }
        const exactAgree = a.figure.qualifier === 'exact' && b.figure.qualifier === 'exact' && x.low === y.low && !isFloor(a.figure) && !isFloor(b.figure);
        if (exactAgree) return result('fits', `${capitalise(quoted(a))} and ${quoted(b)} agree.`);
        const reasons = wordingReasons([a, b], overlaps(point(a.figure), point(b.figure)));
        return result('fits', withReasons(`${capitalise(quoted(a))} and ${quoted(b)} can both be true`, reasons));
      }
      const [low, high] = x.high < y.low ? [a, b] : [b, a];
      const clash = clashReason(low.figure, high.figure);
      if (condition) {
        return result('depends', `${capitalise(quoted(a))} and ${quoted(b)} can both be true only if ${condition}, which the article does not rule out: ${clash}.`);
      }
      return result('conflict', `${capitalise(quoted(a))} and ${quoted(b)} cannot both be true: ${clash}.`);
    }
  }
}

/** A figure given as part of another (`partOf`) needs only to fit under the whole's highest reading. */
function checkPart(part: FiguredReport, whole: FiguredReport, first: FiguredReport): PairCheck {
  const [a, b] = first === part ? [part, whole] : [whole, part];
  const [partLow, wholeHigh] = [totalBounds(part.figure).low, totalBounds(whole.figure).high];
  if (partLow <= wholeHigh) {
    const reasons = wordingReasons([part, whole], point(part.figure).low <= point(whole.figure).high);
    return { a, b, verdict: 'fits', sentence: withReasons(`${capitalise(quoted(part))}, given as part of ${quoted(whole)}, fits inside it`, reasons) };
  }
  return {
    a,
    b,
    verdict: 'conflict',
    sentence: `${capitalise(quoted(part))}, given as part of ${quoted(whole)}, cannot fit inside it: ${amount(partLow, part.figure)} is more than ${amount(wholeHigh, whole.figure)}.`,
  };
}

/** A whole and the figures a source gives as its parts (`partOf`). */
export interface Breakdown {
  whole: FiguredReport;
  parts: FiguredReport[];
}

/** The breakdowns among the reports: each whole with its parts, in data order. */
export function breakdowns(reports: readonly Report[]): Breakdown[] {
  const figured = figuredReports(reports);
  return figured
    .map((whole) => ({ whole, parts: figured.filter((r) => r.partOf === whole.id) }))
    .filter((b) => b.parts.length > 0);
}

/** Checks that a breakdown's parts, together, fit inside its whole. */
export function checkBreakdown({ whole, parts: allParts }: Breakdown): PairCheck {
  // Parts in another currency are not added: Tally converts none.
  const parts = allParts.filter((p) => compareCounts(p.figure, whole.figure) !== 'apart');
  const apart = allParts.filter((p) => !parts.includes(p));
  const leftOut = apart.length > 0 ? ` (${listWords(apart.map((p) => `“${figureWords(p.figure)}”`))}, in another currency, ${apart.length === 1 ? 'is' : 'are'} not added)` : '';
  const sum = parts.reduce((n, p) => n + totalBounds(p.figure).low, 0);
  const wholeBounds = totalBounds(whole.figure);
  const fits = sum <= wholeBounds.high;
  const partWords = listWords(parts.map((p) => `“${figureWords(p.figure)}”`));
  if (parts.length === 0) return { a: allParts[0]!, b: whole, verdict: 'fits', sentence: `No part is in the same unit as ${quoted(whole)}, so Tally does not add them up.` };
  const reading = readingReason(whole.figure);
  const together =
    parts.length === 1 ? `The part in the same unit, ${partWords}${leftOut}, comes to at least ${amount(sum, whole.figure)}` : `The parts, ${partWords}${leftOut}, come to at least ${amount(sum, whole.figure)}`;
  return {
    a: parts[0] ?? allParts[0]!,
    b: whole,
    verdict: fits ? 'fits' : 'conflict',
    sentence: fits
      ? `${together}, which fits inside ${quoted(whole)}${reading && whole.figure.qualifier !== 'at-least' ? ` (${reading})` : ''}.`
      : `${together}, more than ${quoted(whole)} allows (${amount(wholeBounds.high, whole.figure)}).`,
  };
}

/** Two figures given as parts of the same whole are different parts by the source's own account, not rivals. */
function siblings(a: Report, b: Report): boolean {
  return a.partOf !== undefined && a.partOf === b.partOf;
}

/** The report every other fits with, for the reason of a "yes": a total, not a floor or a part, with the firmest words. */
const FIRMNESS: Record<Figure['qualifier'], number> = { exact: 0, about: 1, 'as-many-as': 2, 'at-least': 3, vague: 4, 'may-have': 5 };

function anchorOf(reports: readonly FiguredReport[], places: ReadonlyMap<string, Place>): FiguredReport | undefined {
  const totals = reports.filter(
    (r) => !isFloor(r.figure) && r.partOf === undefined && !reports.some((o) => o !== r && checkPair(r, o, places) && compareScopes(r, o, places).relation === 'inside'),
  );
  return [...totals].sort(
    (x, y) =>
      FIRMNESS[x.figure.qualifier] - FIRMNESS[y.figure.qualifier] ||
      totalBounds(y.figure).low - totalBounds(x.figure).low ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  )[0];
}

/** Checks the figures among `reports` (normally a claim's anchored reports), with the article's places. */
export function checkCompatibility(allReports: readonly Report[], places: ReadonlyMap<string, Place> = new Map()): Compatibility {
  const reports = figuredReports(allReports);
  const pairs: PairCheck[] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (siblings(reports[i]!, reports[j]!)) continue;
      const check = checkPair(reports[i]!, reports[j]!, places);
      if (check) pairs.push(check);
    }
  }
  const breakdownChecks = breakdowns(reports).map(checkBreakdown);
  pairs.push(...breakdownChecks);

  if (pairs.length === 0) {
    const sentence =
      reports.length <= 1
        ? 'Only one figure is given, so there is nothing to check it against.'
        : 'These figures count different things, so they do not contradict each other.';
    return { verdict: 'nothing-to-compare', sentence, pairs };
  }
  const conflicts = pairs.filter((p) => p.verdict === 'conflict');
  const depends = pairs.filter((p) => p.verdict === 'depends');
  if (conflicts.length > 0) {
    return { verdict: 'conflict', answer: 'No', sentence: `not all of these can be true. ${conflicts[0]!.sentence}`, pairs };
  }
  if (depends.length > 0) {
    return { verdict: 'depends', answer: 'Only if', sentence: `${depends[0]!.condition}. ${depends[0]!.sentence}`, pairs };
  }
  // The reason for a "yes": each figure against the firmest total, and every breakdown's sum.
  const anchor = anchorOf(reports, places);
  const reasons = anchor
    ? pairs
        .filter((p) => (p.a === anchor || p.b === anchor) && !breakdownChecks.includes(p) && p.a.partOf !== p.b.id && p.b.partOf !== p.a.id)
        .map((p) => p.sentence)
    : [];
  const shown = [...reasons, ...breakdownChecks.map((p) => p.sentence)];
  const why = shown.length > 0 ? shown : pairs.map((p) => p.sentence);
  return { verdict: 'all-fit', answer: 'Yes', sentence: `all of these figures can be true at once. ${why.join(' ')}`, pairs };
}

/** A few words for lists: whether a claim's figures disagree. Undefined when there is nothing to compare. */
export const VERDICT_SHORT: Record<Verdict, string | undefined> = {
  'all-fit': 'figures can all be true',
  depends: 'figures fit only if something unstated differs',
  conflict: 'figures contradict each other',
  'nothing-to-compare': undefined,
};
