import { quoteForDisplay, sourceNames } from '../../core/describe-claim.ts';
import { takesOf } from '../../core/figure-bounds.ts';
import type { Claim, Report, Source } from '../../core/schema.ts';
import { highlightId } from '../../lib/page-contract.ts';

interface ReportColumnProps {
  claim: Claim;
  report: Report;
  sourcesById: ReadonlyMap<string, Source>;
  /** The outlet that published the article: the last link of every chain. */
  outlet: string;
  onShowQuote: (reportId: string) => void;
}

/** A link to a report's words in the article; a plain link to the highlight before scripts run. */
export function ShowInText({ claimId, reportId, onShowQuote }: { claimId: string; reportId: string; onShowQuote: (reportId: string) => void }) {
  return (
    <a
      href={`#${highlightId(claimId, reportId)}`}
      onClick={(event) => {
        event.preventDefault();
        onShowQuote(reportId);
      }}
    >
      Show in text
    </a>
  );
}

function NotStated() {
  return <span className="not-stated">not stated</span>;
}

/** One source's account: who, the figure as they gave it, over which hours and where, how it reached the article, and their words. */
export function ReportColumn({ claim, report, sourcesById, outlet, onShowQuote }: ReportColumnProps) {
  const headingId = `report-${claim.id}-${report.id}`;
  const sources = report.sourceIds.flatMap((id) => sourcesById.get(id) ?? []);
  const speaker = sourceNames(report.sourceIds, sourcesById);
  // The article's own voice reaches the reader through no one: it is the article itself, not an unstated chain.
  const ownVoice = sources.length > 0 && sources.every((source) => source.kind === 'outlet');
  return (
    <article className="report" aria-labelledby={headingId}>
      <h3 id={headingId} className="report-source">
        {speaker}
      </h3>
      <ul className="report-who">
        {sources.map((source) => (
          <li key={source.id}>
            <span className="report-who-name">{source.name}</span>
            {/* Alone under the name, "not stated" would read as if the source itself were not stated. */}
            <span className="report-who-role">
              {source.description ?? (
                <>
                  Who they are, per the article: <NotStated />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {report.figure && (
        <p className="report-figure">
          <span className="report-figure-words">{report.figure.words}</span>
          {takesOf(report.figure) ? ' of ' : ' '}
          <span className="report-figure-counts">{report.figure.counts}</span>
        </p>
      )}
      <dl className="report-facts">
        <div>
          <dt>{report.figure ? 'Hours covered' : 'When said'}</dt>
          <dd>{report.window ? report.window.label : <NotStated />}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{report.place ? report.place.words : <NotStated />}</dd>
        </div>
        <div>
          <dt>Via</dt>
          <dd>
            {ownVoice && !report.via?.length ? (
              <span>the article itself</span>
            ) : (
              <ol className="chain" aria-label={`How ${speaker}’s account reached the article`}>
                <li>{speaker}</li>
                {report.via?.length ? report.via.map((step, i) => <li key={i}>{step.words}</li>) : <li><NotStated /></li>}
                <li>{outlet}</li>
              </ol>
            )}
          </dd>
        </div>
      </dl>
      <figure className="report-quote">
        <blockquote>
          <p>{quoteForDisplay(report.quote.exact)}</p>
        </blockquote>
        <figcaption>
          <ShowInText claimId={claim.id} reportId={report.id} onShowQuote={onShowQuote} />
        </figcaption>
      </figure>
    </article>
  );
}
