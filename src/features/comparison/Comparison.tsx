import { useDeferredValue, type ReactNode } from 'react';
import { describeAnchorFailure } from '../../core/anchor-quote.ts';
import { claimFinding, sourceNames, sourcingLabel } from '../../core/describe-claim.ts';
import { placedReports, type ReadableArticle } from '../../core/readable-article.ts';
import type { Claim, Report } from '../../core/schema.ts';
import { Breakdown } from './Breakdown.tsx';
import { CompatibilityCheck } from './CompatibilityCheck.tsx';
import { CountingRules } from './CountingRules.tsx';
import { FigureAxisChart } from './FigureAxisChart.tsx';
import { ReportColumn } from './ReportColumn.tsx';
import { TimeWindowStrip } from './TimeWindowStrip.tsx';
import { WhatDiffers } from './WhatDiffers.tsx';

export interface ComparisonProps {
  readable: ReadableArticle;
  claim: Claim;
  /** The report whose highlight was clicked: its column stands out. */
  currentReportId: string | undefined;
  onShowQuote: (reportId: string) => void;
  /** Controls the app puts under the heading, such as sharing. */
  actions?: ReactNode;
  /**
   * Draw the checks and charts a moment after the columns, so that they do not hold up the paint after a
   * click. Off for a page being built or hydrated, which must draw everything at once to match its HTML.
   */
  deferExplanations?: boolean;
}

export const COMPARISON_TITLE_ID = 'comparison-title';

/** Most columns side by side in one row; more wrap onto the next. */
const MAX_COLUMNS = 4;

/**
 * A claim as a question; one column per report, side by side; then why they differ. Only reports
 * whose quote is anchored in the text are shown or counted.
 */
export function Comparison({ readable, claim, currentReportId, onShowQuote, actions, deferExplanations = false }: ComparisonProps) {
  const reports = placedReports(readable, claim);
  const orphans = readable.orphans.filter((orphan) => orphan.claimId === claim.id);
  const nameOf = (report: Report) => sourceNames(report.sourceIds, readable.sourcesById);
  const explained = useDeferredValue(claim, deferExplanations ? null : claim);
  const explainedReports = explained === claim ? reports : [];
  // A total and its parts from one source is one breakdown, not columns of sources that differ.
  const breakdown = claimFinding(claim, readable.placesById) === 'breakdown';
  const charted = breakdown ? [] : explainedReports;
  return (
    <>
      <header className="panel-header">
        <p className="panel-kicker">
          {claim.title} · {sourcingLabel(claim, readable.placesById)}
        </p>
        <h2 id={COMPARISON_TITLE_ID} tabIndex={-1}>
          {claim.question}
        </h2>
      </header>
      {actions}
      {breakdown ? (
        <Breakdown claim={claim} reports={reports} sourcesById={readable.sourcesById} onShowQuote={onShowQuote} />
      ) : (
        <WhatDiffers reports={reports} context={readable} nameOf={nameOf} />
      )}
      {breakdown ? null : reports.length > 0 ? (
        <ol className="report-columns" data-columns={Math.min(reports.length, MAX_COLUMNS)}>
          {reports.map((report) => (
            <li key={report.id} aria-current={report.id === currentReportId ? 'true' : undefined}>
              <ReportColumn
                claim={claim}
                report={report}
                sourcesById={readable.sourcesById}
                outlet={readable.article.outlet.name}
                onShowQuote={onShowQuote}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="comparison-note">None of this claim’s quotes could be found in the article, so Tally shows no figures for it.</p>
      )}
      {!breakdown && new Set(reports.flatMap((r) => r.sourceIds)).size === 1 && (
        <p className="comparison-note">Only one source in the article speaks to this.</p>
      )}
      {orphans.length > 0 && (
        <div role="group" className="comparison-orphans" aria-labelledby="comparison-orphans-title">
          <h3 id="comparison-orphans-title">Not shown</h3>
          <ul>
            {orphans.map((orphan) => (
              <li key={orphan.reportId}>
                Report “{orphan.reportId}”: {describeAnchorFailure(orphan.failure)}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <CompatibilityCheck reports={explainedReports} places={readable.placesById} />
      <FigureAxisChart reports={charted} nameOf={nameOf} />
      <TimeWindowStrip reports={charted} published={readable.article.published} nameOf={nameOf} />
      <CountingRules reports={explainedReports} places={readable.placesById} nameOf={nameOf} />
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
