// How established recorders would state one headline figure from rival totals, each by its own published
// rule (sources in docs/decisions/0013-comparison-model.md). The lenses apply only to rival totals taken as
// counts of one thing over the same ground: never to parts, to floors inside a total, or to counts of different
// kinds. Where the totals describe what they count in different words, Tally says the rules take them as one.
import { compareScopes } from './compare-scopes.ts';
import { figuredReports, listWords, type FiguredReport } from './check-compatibility.ts';
import { figureNumber, figureWords, isFloor, totalBounds } from './figure-bounds.ts';
import { possessive } from './describe-claim.ts';
import type { FigureKind, Place, Report } from './schema.ts';
import { describedWords } from './what-differs.ts';

export type CountingRuleId = 'acled' | 'range' | 'ucdp';

export interface CountingRule {
  id: CountingRuleId;
  name: string;
  usedBy: string;
  /** One line on the rule, in the recorder's terms, for the reader. */
  rule: string;
}

export const COUNTING_RULES: readonly CountingRule[] = [
  {
    id: 'acled',
    name: 'Most conservative',
    usedBy: 'ACLED',
    rule: 'Where reports differ or are vague, ACLED codes the most conservative figure, and records “tens” as 10, “dozens” as 12 and “hundreds” as 100.',
  },
  {
    id: 'range',
    name: 'Lowest to highest',
    usedBy: 'Iraq Body Count, Airwars',
    rule: 'Iraq Body Count and Airwars keep a minimum and a maximum: the lowest and highest reported figures.',
  },
  {
    id: 'ucdp',
    name: 'Low, best, high',
    usedBy: 'UCDP',
    rule: 'UCDP publishes a low, a best and a high estimate; its coders choose the best from the sources they judge most reliable. Tally does not judge sources, so it leaves the best to them.',
  },
];

/** ACLED's published numbers for vague words; other vague words have none, and are left out by that lens. */
export const ACLED_VAGUE_NUMBERS: Readonly<Record<string, number>> = { tens: 10, dozens: 12, hundreds: 100, thousands: 1000 };

export interface Headline {
  /** "12", "54–91", "54 · — · 91". */
  figure: string;
  /** The headline's lowest number, to compare with floors the rule leaves out. */
  low: number | undefined;
  /** How the rule reached it, naming the reports. */
  detail: string;
  /** The reports that fed the headline. */
  fed: FiguredReport[];
  /** Rival totals the rule could not use, with why ("a vague number this rule gives no figure for"). */
  leftOut: { report: FiguredReport; why: string }[];
}

/** A figure the comparison holds that no lens takes in, and why: a part, a floor, a count of something else. */
export interface Excluded {
  report: FiguredReport;
  why: string;
}

export interface RivalTotals {
  rivals: FiguredReport[];
  excluded: Excluded[];
}

/**
 * The rival totals among the reports: figures of one kind, not floors or parts, whose stated scopes are the
 * same (what the article leaves unstated is not a difference). Undefined when fewer than two remain.
 */
export function rivalTotals(allReports: readonly Report[], places: ReadonlyMap<string, Place> = new Map()): RivalTotals | undefined {
  // These recorders count deaths: their rules say nothing about the missing, the injured, homes or crowds.
  const reports = figuredReports(allReports).filter((r) => COUNTED_KINDS.has(r.figure.kind));
  if (reports.length < 2) return undefined;
  const excluded: Excluded[] = [];
  const candidates = reports.filter((r) => {
    if (r.partOf !== undefined) return !excluded.push({ report: r, why: 'a part of a total' });
    if (isFloor(r.figure)) return !excluded.push({ report: r, why: `a count someone ${r.figure.recorded}, a floor` });
    const inside = reports.find((o) => o !== r && compareScopes(r, o, places).relation === 'inside');
    if (inside) {
      const who = r.figure.who && inside.figure.who && compareScopes(r, inside, places).dimensions.who === 'inside';
      return !excluded.push({ report: r, why: who ? `${r.figure.who!.words} only, a part` : 'a part of what others count' });
    }
    return true;
  });
  // Rivals count one kind of thing over ground that is not stated to differ.
  const kind = candidates[0]?.figure.kind;
  const rivals = candidates.filter((r) => {
    if (r.figure.kind !== kind) return !excluded.push({ report: r, why: 'a count of something else' });
    return true;
  });
  for (let i = 0; i < rivals.length; i++) {
    for (let j = i + 1; j < rivals.length; j++) {
      if (compareScopes(rivals[i]!, rivals[j]!, places).relation !== 'same') return undefined;
    }
  }
  return rivals.length >= 2 ? { rivals, excluded } : undefined;
}

/** What the recorders' published rules count. */
export const COUNTED_KINDS: ReadonlySet<FigureKind> = new Set(['people-killed']);

const vagueKey = (report: FiguredReport) => figureWords(report.figure).toLowerCase();
const number = (n: number) => n.toLocaleString('en');

export function applyCountingRule(
  reports: readonly FiguredReport[],
  rule: CountingRuleId,
  nameOf: (report: Report) => string,
): Headline {
  const said = (report: FiguredReport) => `${possessive(nameOf(report))} “${figureWords(report.figure)}”`;
  const leftOutVague = (report: FiguredReport) => ({ report, why: 'a vague number this rule gives no figure for' });

  if (rule === 'acled') {
    const coded = reports.map((report) => ({
      report,
      n: report.figure.qualifier === 'vague' ? ACLED_VAGUE_NUMBERS[vagueKey(report)] : totalBounds(report.figure).low,
    }));
    const usable = coded.filter((c): c is { report: FiguredReport; n: number } => c.n !== undefined);
    const leftOut = coded.filter((c) => c.n === undefined).map((c) => leftOutVague(c.report));
    const lowest = [...usable].sort((a, b) => a.n - b.n)[0];
    if (!lowest) return { figure: '—', low: undefined, detail: 'no figure this rule can use', fed: [], leftOut };
    const coding = (c: { report: FiguredReport; n: number }) =>
      c.report.figure.qualifier === 'vague' ? `${said(c.report)}, which ACLED records as ${number(c.n)}` : said(c.report);
    const others = usable.filter((c) => c !== lowest);
    return {
      figure: number(lowest.n),
      low: lowest.n,
      detail: `${coding(lowest)}${others.length > 0 ? `, below ${listWords(others.map(coding))}` : ''}`,
      fed: usable.map((c) => c.report),
      leftOut,
    };
  }

  // Iraq Body Count, Airwars and UCDP state no number for vague words, so Tally leaves those out rather than use its own reading.
  const firm = [...reports].filter((r) => r.figure.qualifier !== 'vague').sort((a, b) => figureNumber(a.figure) - figureNumber(b.figure));
  const leftOut = reports.filter((r) => r.figure.qualifier === 'vague').map(leftOutVague);
  const low = firm[0];
  const high = firm.at(-1);
  if (!low || !high) return { figure: '—', low: undefined, detail: 'no figure this rule can use', fed: [], leftOut };
  const lowN = totalBounds(low.figure).low;
  const highN = figureNumber(high.figure);
  const span = lowN === highN ? number(lowN) : `${number(lowN)}–${number(highN)}`;
  if (rule === 'range') {
    return {
      figure: span,
      low: lowN,
      detail: low === high ? `only ${said(low)} can be used` : `from ${said(low)} to ${said(high)}`,
      fed: firm,
      leftOut,
    };
  }
  return {
    figure: span,
    low: lowN,
    detail: `${low === high ? `low and high both ${said(low)}` : `low ${said(low)}, high ${said(high)}`}; the best estimate is for UCDP’s coders to choose`,
    fed: firm,
    leftOut,
  };
}

/**
 * Where a headline falls below a floor or part the rule leaves out, says so: a recorder's rule may give a
 * figure lower than what one source documented, and a reader should see that beside it.
 */
export function headlineCaveat(headline: Headline, totals: RivalTotals, nameOf: (report: Report) => string): string | undefined {
  if (headline.low === undefined) return undefined;
  const above = totals.excluded
    .filter(({ report }) => (isFloor(report.figure) || report.figure.qualifier === 'at-least') && totalBounds(report.figure).low > headline.low!)
    .map(({ report }) => `${possessive(nameOf(report))} “${figureWords(report.figure)}”`);
  return above.length > 0 ? `This is lower than ${listWords(above)}, which the rule does not take in.` : undefined;
}

/**
 * Rival totals whose descriptions of what they count differ ("people killed", "people who died") are taken by
 * every rule as counts of one thing: the rules need that, and Tally does not judge it, so it says so. `rules`:
 * of all the rules at once (under the reader's headline) or of the one rule a column of the exports holds.
 */
export function sameThingAssumed(totals: RivalTotals, nameOf: (report: Report) => string, rules: 'all' | 'one' = 'all'): string | undefined {
  const words = describedWords(totals.rivals, nameOf);
  return words && `${rules === 'all' ? 'The rules take' : 'This rule takes'} ${words} as counts of the same thing; Tally does not judge whether they are.`;
}
