// Reader-facing words about a claim as a whole: who speaks to it and whether they differ.
import { clipText } from './clip-text.ts';
import type { Claim, Report, Source } from './schema.ts';

/** Each source that speaks to the claim, once, in the order the reports name them. */
export function claimSourceIds(claim: Claim): string[] {
  return [...new Set(claim.reports.flatMap((report) => report.sourceIds))];
}

/**
 * "3 sources differ", "1 source", "2 sources, one report". Several reports from different sources are
 * said to differ: that is what a comparison is for. Tally never calls a report false.
 */
export function sourcingLabel(claim: Claim): string {
  const sources = claimSourceIds(claim).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (claim.reports.length === 1) return sources === 1 ? '1 source' : `${sources} sources, one report`;
  const sameSources = new Set(claim.reports.map((r) => [...r.sourceIds].sort().join(' '))).size === 1;
  if (sameSources) return `${plural(sources, 'source')}, ${claim.reports.length} reports`;
  return `${sources} sources differ`;
}

/** The accessible name of a claim's highlights: "Death toll in Aleppo: 3 sources differ". */
export function claimLabel(claim: Claim): string {
  return `${claim.title}: ${sourcingLabel(claim)}`;
}

/** "SOHR", or "Abu Jaafar and SOHR" for a joint report. */
export function sourceNames(sourceIds: readonly string[], sourcesById: ReadonlyMap<string, Source>, key: 'name' | 'shortName' = 'shortName'): string {
  const names = sourceIds.map((id) => sourcesById.get(id)?.[key] ?? id);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What one report says, in a few words: its figure, or the start of its quote. */
export function reportGist(report: Report, maxQuote = 60): string {
  if (report.figure) return `${report.figure.words} ${report.figure.counts}`;
  const quote = report.quote.exact;
  return `“${clipText(quote, maxQuote)}”`;
}

/** "SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed". */
export function claimFiguresLine(reports: readonly Report[], sourcesById: ReadonlyMap<string, Source>): string {
  return reports.map((report) => `${sourceNames(report.sourceIds, sourcesById)}: ${reportGist(report)}`).join(' · ');
}

/** Every report a source makes in the article, alone or jointly, in claim order. */
export function reportsOfSource(claims: readonly Claim[], sourceId: string): { claim: Claim; report: Report }[] {
  return claims.flatMap((claim) =>
    claim.reports.filter((report) => report.sourceIds.includes(sourceId)).map((report) => ({ claim, report })),
  );
}

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  officials: 'Officials',
  media: 'Media',
  unnamed: 'Unnamed source',
  outlet: 'The article itself, unattributed',
};
