// What a URL has open in an article: the claim, the report that stands out, the source's card, the
// marked passage, and a notice for each part of the URL that names nothing. The one answer that the
// reader, the page's head (built and live) and the highlights all read: docs/decisions/0009-what-is-open.md.
import { anchorQuote, type AnchorFailure, type TextRange } from './anchor-quote.ts';
import { clipText } from './clip-text.ts';
import type { ReadableArticle } from './readable-article.ts';
import type { Claim, Report, Source } from './schema.ts';
import type { ReaderRoute } from './url-state.ts';

export interface OpenState {
  /** The source whose card is open. A source card and a claim are never open together. */
  source?: Source;
  /** The claim whose comparison is open. */
  claim?: Claim;
  /** The report of the open claim that stands out; only ever one of `claim.reports`. */
  report?: Report;
  /** The linked passage, where it still matches the text word for word with its context. */
  passage?: TextRange;
  /** Plain words for each part of the URL that names nothing here, in the order of the URL. */
  notices: string[];
}

/** A highlight's state: its claim closed, open, or open on this very report; or, while a source's card
 * is open, marked as that source's words or dimmed. */
export type HighlightState = 'closed' | 'open' | 'current' | 'source' | 'dimmed';

const PASSAGE_FAILURES: Record<AnchorFailure['reason'], string> = {
  'not-found': 'is no longer in the article word for word',
  'context-mismatch': 'is no longer in the article with the words around it',
  ambiguous: 'now matches more than one place',
};

/**
 * What `route` opens in `readable`. Unknown parts open nothing and each gets a notice; a known claim with
 * an unknown report opens the claim (the whole comparison) and says the report is unknown.
 */
export function openState(readable: ReadableArticle, route: ReaderRoute): OpenState {
  const notices: string[] = [];
  let source: Source | undefined;
  let claim: Claim | undefined;
  let report: Report | undefined;

  if (route.sourceId !== undefined) {
    source = readable.sourcesById.get(route.sourceId);
    if (!source) notices.push(`No source called “${route.sourceId}” in this article.`);
  } else if (route.claimId !== undefined) {
    claim = readable.claims.find((c) => c.id === route.claimId);
    if (!claim) notices.push(`No claim called “${route.claimId}” in this article.`);
    else if (route.reportId !== undefined) {
      report = claim.reports.find((r) => r.id === route.reportId);
      if (!report) notices.push(`No report called “${route.reportId}” in this claim; the whole comparison is shown.`);
    }
  }

  let passage: TextRange | undefined;
  if (route.passage) {
    const { exact, prefix, suffix } = route.passage;
    const anchor = anchorQuote(readable.body.text, { type: 'TextQuoteSelector', exact, prefix, suffix });
    if (anchor.ok) passage = anchor.range;
    else notices.push(`The passage this link quotes (“${clipText(exact, 80)}”) ${PASSAGE_FAILURES[anchor.reason]}, so nothing is marked.`);
  }

  return { ...(source && { source }), ...(claim && { claim }), ...(report && { report }), ...(passage && { passage }), notices };
}

/**
 * The state of one report's highlight under `open`. `sourceIds` are the report's sources. A source that
 * names nothing opens no card, so it dims nothing.
 */
export function highlightState(open: OpenState, claimId: string, reportId: string, sourceIds: readonly string[]): HighlightState {
  if (open.source) return sourceIds.includes(open.source.id) ? 'source' : 'dimmed';
  if (open.claim?.id !== claimId) return 'closed';
  return open.report?.id === reportId ? 'current' : 'open';
}
