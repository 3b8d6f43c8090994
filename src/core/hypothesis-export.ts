// The article's reports in the file format Hypothesis imports (its sidebar's "Import" reads a JSON
// object with an `annotations` array of its API's annotation records), so a Hypothesis user can lay
// Tally's claims over the live article. Hypothesis keeps each record's target, text, tags and document
// and takes the address of the page it is open on.
import { annotatedAddress } from './article-origin.ts';
import { sourceNames } from './describe-claim.ts';
import { pageUrl, type ExportSite } from './export-addresses.ts';
import { quotePlacer } from './placed-quote.ts';
import type { ReadableArticle } from './readable-article.ts';
import { reportInWords } from './web-annotation.ts';

/**
 * Only a TextQuoteSelector: Hypothesis counts positions in the live page's text, which holds more than the
 * article's paragraphs, so Tally's positions would point at the wrong words there; the quote with its
 * context is what Hypothesis anchors by.
 */
export function hypothesisFile(readable: ReadableArticle, site: ExportSite) {
  const { article } = readable;
  const uri = annotatedAddress(article, pageUrl(site, { articleId: article.id })).url;
  const place = quotePlacer(readable);
  const annotations = readable.claims.flatMap((claim) =>
    claim.reports.map((report) => {
      const { selector } = place(claim.id, report);
      const link = pageUrl(site, { articleId: article.id, claimId: claim.id, reportId: report.id });
      return {
        uri,
        document: { title: [article.title] },
        text: `${reportInWords(readable, claim, report)}\n\nCompared on Tally: ${link}`,
        tags: ['Tally', claim.title, ...report.sourceIds.map((id) => sourceNames([id], readable.sourcesById, 'name'))],
        target: [
          {
            source: uri,
            selector: [selector],
          },
        ],
      };
    }),
  );
  return { annotations };
}
