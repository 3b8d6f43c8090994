// "Can they all be true?" Checks every pair of figures against each other, given their qualifiers and
// scopes, and says in plain words which fit together, which cannot, and which only might.
import { compareMeasure, compareScopes, type Dimension, type ScopeRelation } from './compare-scopes.ts';
import { figureBounds, figurePhrase, overlaps } from './figure-bounds.ts';
import type { Figure, Report } from './schema.ts';

export type FiguredReport = Report & { figure: Figure };

/**
 * `fits`: both can be true. `conflict`: they cannot, on what the article states.
 * `depends`: they can only if the article's unstated hours, places or people differ.
 */
export type PairVerdict = 'fits' | 'conflict' | 'depends';

export interface PairCheck {
  a: FiguredReport;
  b: FiguredReport;
  verdict: PairVerdict;
  sentence: string;
}

export type Verdict = 'all-fit' | 'conflict' | 'depends' | 'nothing-to-compare';

export interface Compatibility {
  verdict: Verdict;
  /** The short answer to "can they all be true?"; absent when there is nothing to compare. */
  answer?: 'Yes' | 'No' | 'Only if';
  /** The rest of the answer, in one sentence or two. */
  sentence: string;
  pairs: PairCheck[];
}

export function figuredReports(reports: readonly Report[]): FiguredReport[] {
  return reports.filter((report): report is FiguredReport => report.figure !== undefined);
}

const DIMENSION_NOUNS: Record<Dimension, string> = {
  measure: 'what they count',
  who: 'whom they count',
  window: 'hours',
  place: 'places',
};

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const quoted = (report: FiguredReport) => `“${figurePhrase(report.figure)}”`;

/** Checks one pair. Returns undefined when the two count unrelated things (killed and buildings). */
export function checkPair(a: FiguredReport, b: FiguredReport): PairCheck | undefined {
  if (compareMeasure(a.figure.measure, b.figure.measure) === 'apart') return undefined;
  const scope: ScopeRelation = compareScopes(a, b);
  const [x, y] = [figureBounds(a.figure), figureBounds(b.figure)];
  const result = (verdict: PairVerdict, sentence: string): PairCheck => ({ a, b, verdict, sentence });

  switch (scope.relation) {
    case 'apart':
      return result('fits', `${quoted(a)} and ${quoted(b)} count different ${listWords(scope.differing.map((d) => DIMENSION_NOUNS[d]))}, so both can be true.`);
    case 'crossing':
      return result('fits', `${quoted(a)} and ${quoted(b)} overlap only in part, so both can be true.`);
    case 'inside':
    case 'contains': {
      const [part, whole] = scope.relation === 'inside' ? [a, b] : [b, a];
      const [partBounds, wholeBounds] = scope.relation === 'inside' ? [x, y] : [y, x];
      if (partBounds.low <= wholeBounds.high) return result('fits', `${quoted(part)} fits inside ${quoted(whole)}.`);
      if (scope.unknown.length > 0) {
        return result(
          'depends',
          `${quoted(part)} cannot fit inside ${quoted(whole)} unless they cover different ${listWords(scope.unknown.map((d) => DIMENSION_NOUNS[d]))}; the article does not say.`,
        );
      }
      return result('conflict', `${quoted(part)} cannot fit inside ${quoted(whole)}.`);
    }
    case 'same': {
      if (overlaps(x, y)) return result('fits', `${quoted(a)} and ${quoted(b)} can both be true.`);
      if (scope.unknown.length > 0) {
        return result(
          'depends',
          `${quoted(a)} and ${quoted(b)} can both be true only if they cover different ${listWords(scope.unknown.map((d) => DIMENSION_NOUNS[d]))}; the article does not say.`,
        );
      }
      return result('conflict', `${quoted(a)} and ${quoted(b)} cannot both be true.`);
    }
  }
}

/** Figures of parts that lie apart from each other, all inside one whole, must also fit in it together. */
function checkParts(reports: FiguredReport[]): PairCheck[] {
  const checks: PairCheck[] = [];
  for (const whole of reports) {
    const parts = reports.filter((r) => r !== whole && checkPair(r, whole) !== undefined && compareScopes(r, whole).relation === 'inside');
    const disjoint = parts.every((p, i) => parts.every((q, j) => i === j || compareScopes(p, q).relation === 'apart'));
    if (parts.length < 2 || !disjoint) continue;
    const sum = parts.reduce((n, p) => n + figureBounds(p.figure).low, 0);
    const fits = sum <= figureBounds(whole.figure).high;
    checks.push({
      a: parts[0]!,
      b: whole,
      verdict: fits ? 'fits' : 'conflict',
      sentence: fits
        ? `Together, the ${parts.length} parts (at least ${sum}) fit inside ${quoted(whole)}.`
        : `Together, the ${parts.length} parts (at least ${sum}) cannot fit inside ${quoted(whole)}.`,
    });
  }
  return checks;
}

/** Checks the figures among `reports` (normally a claim's anchored reports). */
export function checkCompatibility(allReports: readonly Report[]): Compatibility {
  const reports = figuredReports(allReports);
  const pairs: PairCheck[] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const check = checkPair(reports[i]!, reports[j]!);
      if (check) pairs.push(check);
    }
  }
  pairs.push(...checkParts(reports));

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
    return { verdict: 'depends', answer: 'Only if', sentence: `the counts cover different ground. ${depends[0]!.sentence}`, pairs };
  }
  return { verdict: 'all-fit', answer: 'Yes', sentence: 'all of these figures can be true at once.', pairs };
}

/** A few words for lists: whether a claim's figures disagree. Undefined when there is nothing to compare. */
export const VERDICT_SHORT: Record<Verdict, string | undefined> = {
  'all-fit': 'figures can all be true',
  depends: 'figures fit only if they cover different ground',
  conflict: 'figures contradict each other',
  'nothing-to-compare': undefined,
};
