// The counting-rule lenses as numbers, for the research table: the one place exports call the counting
// rules, so a change to how the rules are computed reaches the exports through this file alone.
import { applyCountingRule, COUNTING_RULES, rivalTotals, sameThingAssumed, type CountingRuleId } from './counting-rules.ts';
import type { FiguredReport } from './check-compatibility.ts';
import { figureNumber } from './figure-bounds.ts';
import type { Place, Report } from './schema.ts';

export interface LensFigures {
  /** The headline's lowest number; undefined when the rule can use none of the figures. */
  low: number | undefined;
  /** The highest figure that fed the headline. */
  high: number | undefined;
  /** How the rule reached it, naming the reports. */
  notes: string;
  /** The rule, named and stated as the reader sees it. */
  rule: string;
}

export interface ClaimLenses {
  conservative: LensFigures;
  lowBestHigh: LensFigures;
}

function lens(rivals: readonly FiguredReport[], id: CountingRuleId, nameOf: (report: Report) => string, assumed: string | undefined): LensFigures {
  const rule = COUNTING_RULES.find((r) => r.id === id)!;
  const headline = applyCountingRule(rivals, id, nameOf);
  const fed = headline.fed.map((report) => figureNumber(report.figure));
  return {
    low: headline.low,
    high: fed.length > 0 ? Math.max(...fed) : undefined,
    notes: assumed ? `${headline.detail}. ${assumed}` : headline.detail,
    rule: `${rule.name} (${rule.usedBy}): ${rule.rule}`,
  };
}

/** How the recorders' rules state the claim's figures, or undefined where the rules do not apply (no rival totals). */
export function claimLenses(
  reports: readonly Report[],
  places: ReadonlyMap<string, Place>,
  nameOf: (report: Report) => string,
): ClaimLenses | undefined {
  const totals = rivalTotals(reports, places);
  if (!totals) return undefined;
  // Said in each rule's own column of the table.
  const assumed = sameThingAssumed(totals, nameOf, 'one');
  return { conservative: lens(totals.rivals, 'acled', nameOf, assumed), lowBestHigh: lens(totals.rivals, 'ucdp', nameOf, assumed) };
}
