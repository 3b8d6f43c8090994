// What a panel shows once open, with its share bar: a claim's comparison or a source's card. Part of the
// panels' chunk, so that the reader's code does not carry them.
import { citeComparison } from '../core/citation.ts';
import type { ReadableArticle } from '../core/readable-article.ts';
import type { Claim, Source } from '../core/schema.ts';
import { ComparisonPanel } from '../features/comparison/ComparisonPanel.tsx';
import { ShareBar } from '../features/sharing/ShareBar.tsx';
import { SourceCard } from '../features/sources/SourceCard.tsx';

export interface OpenComparisonProps {
  readable: ReadableArticle;
  claim: Claim;
  currentReportId: string | undefined;
  onClose: () => void;
  onShowQuote: (reportId: string) => void;
  /** Only for a panel the reader opened: one on the page as loaded is drawn whole at once, as its HTML is. */
  deferExplanations: boolean;
}

export function OpenComparison(props: OpenComparisonProps) {
  const { readable, claim } = props;
  return <ComparisonPanel {...props} actions={<ShareBar cite={(url) => citeComparison(readable, claim, url, new Date())} />} />;
}

export function OpenSourceCard({ readable, source, onClose }: { readable: ReadableArticle; source: Source; onClose: () => void }) {
  const { article } = readable;
  return (
    <SourceCard
      readable={readable}
      source={source}
      onClose={onClose}
      actions={<ShareBar cite={(url) => `${source.name}, as cited in “${article.title}”, ${article.outlet.name}. Tally: ${url}`} />}
    />
  );
}
