// What a panel shows once open, with its share bar: a claim's comparison or a source's card. Part of the
// panels' chunk, so that the reader's code does not carry them.
import { citeComparison } from '../core/citation.ts';
import type { ReadableArticle } from '../core/readable-article.ts';
import type { Claim, Source } from '../core/schema.ts';
import { ComparisonPanel } from '../features/comparison/ComparisonPanel.tsx';
import { ShareBar } from '../features/sharing/ShareBar.tsx';
import { SourceCard } from '../features/sources/SourceCard.tsx';
import { usePanelLive } from './panel-live.ts';
import { useClosePanel } from './use-close-panel.ts';

export interface OpenPanelProps {
  readable: ReadableArticle;
  /** The report whose highlight was chosen, if any: its column stands out. */
  reportId: string | undefined;
  /** Where closing the panel leads: the article. */
  articlePath: string;
  /** Only for a panel the reader opened: one on the page as loaded is drawn whole at once, as its HTML is. */
  deferExplanations: boolean;
}

export function OpenComparison({ claim, ...props }: OpenPanelProps & { claim: Claim }) {
  const { readable, reportId, articlePath, deferExplanations } = props;
  const { close, showQuote } = useClosePanel({ claimId: claim.id, reportId }, articlePath);
  usePanelLive();
  return (
    <ComparisonPanel
      readable={readable}
      claim={claim}
      currentReportId={reportId}
      onClose={close}
      onShowQuote={showQuote}
      deferExplanations={deferExplanations}
      // Keyed by what is open: the panel is drawn again in place when another claim or report opens, and a
      // citation (with its address) or a confirmation shown for the last one must not stay under this one.
      actions={<ShareBar key={`${claim.id}/${reportId ?? ''}`} cite={(url) => citeComparison(readable, claim, url, new Date())} />}
    />
  );
}

export function OpenSourceCard({ source, ...props }: OpenPanelProps & { source: Source }) {
  const { readable, articlePath } = props;
  const { close } = useClosePanel({ sourceId: source.id }, articlePath);
  usePanelLive();
  const { article } = readable;
  return (
    <SourceCard
      readable={readable}
      source={source}
      onClose={close}
      actions={<ShareBar key={source.id} cite={(url) => `${source.name}, as cited in “${article.title}”, ${article.outlet.name}. Tally: ${url}`} />}
    />
  );
}
