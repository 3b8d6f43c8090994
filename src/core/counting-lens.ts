// The counting-rule lenses as numbers, for the research table: the one place exports call the counting
// rules, so a change to how the rules are computed reaches the exports through this file alone.
import { applyCountingRule, competingFigures, COUNTING_RULES, type CountingRuleId } from './counting-rules.ts';
import type { FiguredReport } from './check-compatibility.ts';
import type { Report } from './schema.ts';

export interface LensFigures {
  /** The numbers the rule gives, in order: one for the conservative rule; low, best, high for UCDP's. */
  numbers: number[];
  /** Which reports the numbers come from, in words. */
  notes: string;
  /** The rule, named and stated as the reader sees it. */
  rule: string;
}

export interface ClaimLenses {
  conservative: LensFigures;
  lowBestHigh: LensFigures;
}

function lens(reports: readonly FiguredReport[], id: CountingRuleId, nameOf: (report: FiguredReport) => string): LensFigures {
  const rule = COUNTING_RULES.find((r) => r.id === id)!;
  const headline = applyCountingRule(reports, id, nameOf);
  // NOTE: the lens states its figure as text ("27", "27 · 54 · 91"); the numbers are read back from it so
  // that the rule is computed in one place. A format this cannot read fails loudly, here.
  const numbers = headline.figure.split(' · ').map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) {
    throw new Error(`counting-lens.ts cannot read the ${rule.name} figure "${headline.figure}": update it to the counting rules' output`);
  }
  return { numbers, notes: headline.detail, rule: `${rule.name} (${rule.usedBy}): ${rule.rule}` };
}

/** How the recorders' rules state the claim's figures, or undefined where the rules do not apply. */
export function claimLenses(reports: readonly Report[], nameOf: (report: FiguredReport) => string): ClaimLenses | undefined {
  const competing = competingFigures(reports);
  if (!competing) return undefined;
  return { conservative: lens(competing, 'conservative', nameOf), lowBestHigh: lens(competing, 'low-best-high', nameOf) };
}
