// How established casualty recorders would state one headline figure from competing reports.
import { compareScopes } from './compare-scopes.ts';
import { figuredReports, type FiguredReport } from './check-compatibility.ts';
import { figureNumber, figureWords } from './figure-bounds.ts';
import type { Report } from './schema.ts';

export type CountingRuleId = 'conservative' | 'range' | 'low-best-high';

export interface CountingRule {
  id: CountingRuleId;
  name: string;
  usedBy: string;
  /** One line on the rule, for the reader. */
  rule: string;
}

export const COUNTING_RULES: readonly CountingRule[] = [
  {
    id: 'conservative',
    name: 'Most conservative',
    usedBy: 'ACLED',
    rule: 'ACLED codes the most conservative fatality figure among the reports it trusts.',
  },
  {
    id: 'range',
    name: 'Lowest to highest',
    usedBy: 'Iraq Body Count, Airwars',
    rule: 'Iraq Body Count and Airwars keep the lowest and highest reported figures as a range.',
  },
  {
    id: 'low-best-high',
    name: 'Low, best, high',
    usedBy: 'UCDP',
    rule: 'UCDP publishes a low, a best and a high estimate. Its coders judge which report is best; Tally, which does not judge sources, shows the middle figure.',
  },
];

export interface Headline {
  /** "27", "27–91", "27 · 54 · 91". */
  figure: string;
  /** Which reports it comes from, in words. */
  detail: string;
}

/**
 * Whether the rules make sense here: two or more figures of one measure that count overlapping things.
 * Figures for different places are parts, not competing counts.
 */
export function competingFigures(allReports: readonly Report[]): FiguredReport[] | undefined {
  const reports = figuredReports(allReports);
  if (reports.length < 2 || new Set(reports.map((r) => r.figure.measure)).size > 1) return undefined;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (compareScopes(reports[i]!, reports[j]!).relation === 'apart') return undefined;
    }
  }
  return reports;
}

export function applyCountingRule(
  reports: readonly FiguredReport[],
  rule: CountingRuleId,
  nameOf: (report: FiguredReport) => string,
): Headline {
  const sorted = [...reports].sort((a, b) => figureNumber(a.figure) - figureNumber(b.figure));
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  const best = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const said = (report: FiguredReport) => `${nameOf(report)}’s “${figureWords(report.figure)}”`;
  switch (rule) {
    case 'conservative':
      return { figure: String(figureNumber(low.figure)), detail: `the lowest figure, ${said(low)}` };
    case 'range':
      return { figure: `${figureNumber(low.figure)}–${figureNumber(high.figure)}`, detail: `from ${said(low)} to ${said(high)}` };
    case 'low-best-high':
      return {
        figure: [low, best, high].map((r) => figureNumber(r.figure)).join(' · '),
        detail: `low ${said(low)}, middle ${said(best)}, high ${said(high)}`,
      };
  }
}
