// A ready citation of a comparison, for journalists and fact-checkers to paste: the claim, each source's
// figure, the article with its byline and original address where the pack states them, its date, and the link.
import { claimFiguresLine } from './describe-claim.ts';
import { formatLongDate } from './format-date.ts';
import { placedReports, type ReadableArticle } from './readable-article.ts';
import type { Claim } from './schema.ts';

/** The article's byline (`credit`) in its own words, closed as a sentence: "With reporting by Reuters and AP." */
const bylineSentence = (credit: string) => (/[.!?…]$/.test(credit) ? credit : `${credit}.`);

export function citeComparison(readable: ReadableArticle, claim: Claim, url: string, accessed: Date): string {
  const { article } = readable;
  const day = accessed.toISOString().slice(0, 10);
  const figures = claimFiguresLine(placedReports(readable, claim), readable.sourcesById).replaceAll(' · ', '; ');
  // Every pack states its origin (the schema requires it). NOTE: read from the typed pack, not article-origin.ts,
  // whose URL check would pull validation into the reader's first-load code.
  const { origin } = article;
  // As in a reference list: the work, its byline (only when stated), then where it was read and when.
  const credit = article.credit ? ` ${bylineSentence(article.credit)}` : '';
  const original = ` Original: ${origin.url} (retrieved ${formatLongDate(origin.retrieved)}).`;
  return (
    `“${claim.question}” ${figures}. ` +
    `As reported in “${article.title}”, ${article.outlet.name}, ${formatLongDate(article.published)}.${credit}${original} ` +
    `Compared in Tally: ${url} (accessed ${formatLongDate(day)}).`
  );
}
