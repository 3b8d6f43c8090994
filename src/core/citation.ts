// A ready citation of a comparison, for journalists and fact-checkers to paste: the claim, each source's
// figure, the article, its date, and the link.
import { claimFiguresLine } from './describe-claim.ts';
import { formatLongDate } from './format-date.ts';
import { placedReports, type ReadableArticle } from './readable-article.ts';
import type { Claim } from './schema.ts';

export function citeComparison(readable: ReadableArticle, claim: Claim, url: string, accessed: Date): string {
  const { article } = readable;
  const day = accessed.toISOString().slice(0, 10);
  const figures = claimFiguresLine(placedReports(readable, claim), readable.sourcesById).replaceAll(' · ', '; ');
  return (
    `“${claim.question}” ${figures}. ` +
    `As reported in “${article.title}”, ${article.outlet.name}, ${formatLongDate(article.published)}. ` +
    `Compared in Tally: ${url} (accessed ${formatLongDate(day)}).`
  );
}
