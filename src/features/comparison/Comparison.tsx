import type { CSSProperties } from 'react';
import { describeAnchorFailure } from '../../core/anchor-quote.ts';
import { sourcingLabel } from '../../core/describe-claim.ts';
import { placedReports, type ReadableArticle } from '../../core/readable-article.ts';
import type { Claim } from '../../core/schema.ts';
import { ReportColumn } from './ReportColumn.tsx';

export interface ComparisonProps {
  readable: ReadableArticle;
  claim: Claim;
  /** The report whose highlight was clicked: its column stands out. */
  currentReportId: string | undefined;
  onClose: () => void;
  onShowQuote: (reportId: string) => void;
}

export const COMPARISON_TITLE_ID = 'comparison-title';

/** A claim as a question, and one column per report, side by side. */
export function Comparison({ readable, claim, currentReportId, onClose, onShowQuote }: ComparisonProps) {
  const reports = placedReports(readable, claim);
  const orphans = readable.orphans.filter((orphan) => orphan.claimId === claim.id);
  return (
    <>
      <header className="comparison-header">
        <p className="comparison-kicker">
          {claim.title} · {sourcingLabel(claim)}
        </p>
        <h2 id={COMPARISON_TITLE_ID} tabIndex={-1}>
          {claim.question}
        </h2>
        <button type="button" className="comparison-close" onClick={onClose} aria-label="Close comparison">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {reports.length > 0 ? (
        <ol className="report-columns" style={{ '--columns': reports.length } as CSSProperties}>
          {reports.map((report) => (
            <li key={report.id} aria-current={report.id === currentReportId ? 'true' : undefined}>
              <ReportColumn claim={claim} report={report} sourcesById={readable.sourcesById} onShowQuote={onShowQuote} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="comparison-empty">None of this claim’s quotes could be found in the article, so Tally shows no figures for it.</p>
      )}
      {reports.length === 1 && claim.reports.length === 1 && (
        <p className="comparison-single">Only one source in the article speaks to this.</p>
      )}
      {orphans.length > 0 && (
        <section className="comparison-orphans" aria-labelledby="comparison-orphans-title">
          <h3 id="comparison-orphans-title">Not shown</h3>
          <ul>
            {orphans.map((orphan) => (
              <li key={orphan.reportId}>
                Report “{orphan.reportId}”: {describeAnchorFailure(orphan.failure)}.
              </li>
            ))}
          </ul>
        </section>
      )}
      {claim.note && (
        <aside className="tally-note" aria-label="Tally’s note">
          <p>
            <strong>Tally’s note:</strong> {claim.note}
          </p>
        </aside>
      )}
    </>
  );
}
