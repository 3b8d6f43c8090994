import { breakdowns } from '../../core/check-compatibility.ts';
import { sourceNames } from '../../core/describe-claim.ts';
import { figurePhrase } from '../../core/figure-bounds.ts';
import type { Claim, Report, Source } from '../../core/schema.ts';
import { ShowInText } from './ReportColumn.tsx';

interface BreakdownProps {
  claim: Claim;
  reports: readonly Report[];
  sourcesById: ReadonlyMap<string, Source>;
  onShowQuote: (reportId: string) => void;
}

/** A total and its parts from one source, shown once as a whole with its parts, the source named once. */
export function Breakdown({ claim, reports, sourcesById, onShowQuote }: BreakdownProps) {
  return (
    <>
      {breakdowns(reports).map(({ whole, parts }) => {
        const titleId = `breakdown-${claim.id}-${whole.id}`;
        const show = (report: Report) => <ShowInText claimId={claim.id} reportId={report.id} onShowQuote={onShowQuote} />;
        return (
          <div key={whole.id} role="group" className="breakdown" aria-labelledby={titleId}>
            <h3 id={titleId}>A total and its parts, from {sourceNames(whole.sourceIds, sourcesById)}</h3>
            <p className="breakdown-whole">
              <span className="report-figure-words">{figurePhrase(whole.figure)}</span>
              {whole.place && <span className="breakdown-place"> — {whole.place.words}</span>} {show(whole)}
            </p>
            <ul className="breakdown-parts" aria-label="Its parts">
              {parts.map((part) => (
                <li key={part.id}>
                  <span className="report-figure-words">{figurePhrase(part.figure)}</span>
                  {part.place && <span className="breakdown-place"> — {part.place.words}</span>} {show(part)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
