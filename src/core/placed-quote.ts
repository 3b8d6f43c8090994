// Where each report's quote sits in the article's text, in code points, and the quote selector exports
// carry: one owner for what the annotation, Hypothesis and table exports say about a quote's place.
import { codePointPositions } from './code-points.ts';
import { reportKey, type ReadableArticle } from './readable-article.ts';
import type { Report, TextQuoteSelector } from './schema.ts';

/** How much text around a quote the exported TextQuoteSelector carries, in code points (as Hypothesis does). */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface PlacedQuote {
  /** For a placed quote, the exact words with the text just around them; for an orphan, the data's selector. */
  selector: TextQuoteSelector;
  /** Code points from the start of the article's text; `end` exclusive. Absent for an orphan. */
  position?: { start: number; end: number };
}

/** A function placing any report of the article; the text is indexed once. */
export function quotePlacer(readable: ReadableArticle): (claimId: string, report: Report) => PlacedQuote {
  const toCodePoint = codePointPositions(readable.body.text);
  const chars = Array.from(readable.body.text);
  return (claimId, report) => {
    const range = readable.ranges.get(reportKey(claimId, report.id));
    if (!range) return { selector: report.quote };
    const start = toCodePoint(range.start);
    const end = toCodePoint(range.end);
    return {
      // A placed quote carries the text around it, so tools find it again even where the data needed none.
      selector: {
        type: 'TextQuoteSelector',
        exact: report.quote.exact,
        prefix: chars.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start).join(''),
        suffix: chars.slice(end, end + QUOTE_CONTEXT_LENGTH).join(''),
      },
      position: { start, end },
    };
  };
}
