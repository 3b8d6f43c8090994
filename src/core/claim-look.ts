// How a claim's highlights look in the article — their accessible name and their weight — from its finding.
// Apart from describe-claim.ts, which works the finding out: a prerendered page carries its claims' findings
// (the build worked them out, and the page's HTML already shows them), so the reader's first code need not
// carry the comparison of figures (docs/decisions/0020-claim-findings-travel-with-the-page.md).
import * as v from 'valibot';
import type { ReadableArticle } from './readable-article.ts';
import type { Claim } from './schema.ts';

/**
 * What a claim's reports amount to, for its label and the weight of its highlights:
 * `differ` only when their figures or accounts differ; `agree` and `complement` where they do not;
 * `single` for one source; `breakdown` for a total and its parts from one source; `several` for statements
 * whose relation no editor has recorded.
 */
export const CLAIM_FINDINGS = ['differ', 'agree', 'complement', 'single', 'breakdown', 'several'] as const;
export type ClaimFinding = (typeof CLAIM_FINDINGS)[number];

/** Each claim's finding, by claim id. */
export type ClaimFindings = ReadonlyMap<string, ClaimFinding>;

/** Each source that speaks to the claim, once, in the order the reports name them. */
export function claimSourceIds(claim: Claim): string[] {
  return [...new Set(claim.reports.flatMap((report) => report.sourceIds))];
}

/**
 * "3 sources differ", "2 sources agree", "one source", "a total and its parts". Tally never calls a report false.
 */
export function sourcingLabel(claim: Claim, finding: ClaimFinding): string {
  const sources = claimSourceIds(claim).length;
  const reports = claim.reports.length;
  switch (finding) {
    case 'differ':
      return `${sources} sources differ`;
    case 'agree':
      return `${sources} sources agree`;
    case 'complement':
      return `${sources} sources complement each other`;
    case 'breakdown':
      return sources === 1 ? 'a total and its parts, one source' : `a total and its parts, from ${sources} sources jointly`;
    case 'single':
      if (sources > 1) return `${sources} sources jointly, one report`;
      return reports === 1 ? 'one source' : `one source, ${reports} reports`;
    case 'several':
      return `${sources} sources`;
  }
}

/** What every highlight of a claim says about it: its accessible name, and its weight. */
export interface ClaimLook {
  /** "Death toll in Aleppo: 4 sources differ". */
  label: string;
  /** Strong where its sources differ; quiet otherwise. */
  weight: 'strong' | 'quiet';
}

export function claimLook(claim: Claim, finding: ClaimFinding): ClaimLook {
  return { label: `${claim.title}: ${sourcingLabel(claim, finding)}`, weight: finding === 'differ' ? 'strong' : 'quiet' };
}

/** An article as the reader draws it: with each of its claims' findings. */
export type ReaderArticle = ReadableArticle & { findings: ClaimFindings };

/** Findings as a page carries them, one for each claim in the article's order: used only if one for each. */
export const CarriedFindingsSchema = v.array(v.picklist(CLAIM_FINDINGS));
