import type { Claim, Report, Source } from '../../core/schema.ts';
import { sourceNames } from '../../core/describe-claim.ts';

interface ReportColumnProps {
  claim: Claim;
  report: Report;
  sourcesById: ReadonlyMap<string, Source>;
  onShowQuote: (reportId: string) => void;
}

function NotStated() {
  return <span className="not-stated">not stated</span>;
}

/** One source's account: who, the figure as they gave it, over which hours and where, and their words. */
export function ReportColumn({ claim, report, sourcesById, onShowQuote }: ReportColumnProps) {
  const headingId = `report-${claim.id}-${report.id}`;
  const sources = report.sourceIds.flatMap((id) => sourcesById.get(id) ?? []);
  return (
    <article className="report" aria-labelledby={headingId}>
      <h3 id={headingId} className="report-source">
        {sourceNames(report.sourceIds, sourcesById)}
      </h3>
      <ul className="report-who">
        {sources.map((source) => (
          <li key={source.id}>
            <span className="report-who-name">{source.name}</span>
            {source.description ? <span className="report-who-role">{source.description}</span> : <NotStated />}
          </li>
        ))}
      </ul>
      {report.figure && (
        <p className="report-figure">
          <span className="report-figure-words">{report.figure.words}</span>{' '}
          <span className="report-figure-counts">{report.figure.counts}</span>
        </p>
      )}
      <dl className="report-facts">
        <div>
          <dt>When</dt>
          <dd>{report.window ? report.window.label : <NotStated />}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{report.place ? report.place.words : <NotStated />}</dd>
        </div>
      </dl>
      <figure className="report-quote">
        <blockquote>
          <p>{report.quote.exact}</p>
        </blockquote>
        <figcaption>
          <button type="button" className="link-button" onClick={() => onShowQuote(report.id)}>
            Show in text
          </button>
        </figcaption>
      </figure>
    </article>
  );
}
