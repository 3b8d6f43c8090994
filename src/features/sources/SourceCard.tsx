import { reportGist, reportsOfSource, SOURCE_KIND_LABELS } from '../../core/describe-claim.ts';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { reportKey } from '../../core/readable-article.ts';
import type { Source } from '../../core/schema.ts';
import type { ReactNode } from 'react';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { panelOpenerAttributes } from '../../lib/page-contract.ts';
import { Panel } from '../../ui/Panel.tsx';
import './sources.css';

export const SOURCE_TITLE_ID = 'source-title';

/** Who a source is, as the article says, and every report it makes in the article. */
export function SourceCard(props: { readable: ReadableArticle; source: Source; onClose: () => void; actions?: ReactNode }) {
  const { readable, source, onClose } = props;
  const linkClick = useLinkClick();
  const reports = reportsOfSource(readable.claims, source.id);
  const articleId = readable.article.id;
  return (
    <Panel titleId={SOURCE_TITLE_ID} contentKey={`source:${source.id}`} closeLabel="Close source" closeHref={formatRoute({ articleId }, BASE_PATH)} onClose={onClose}>
      <header className="panel-header">
        <p className="panel-kicker">Source · {SOURCE_KIND_LABELS[source.kind]}</p>
        <h2 id={SOURCE_TITLE_ID} tabIndex={-1}>
          {source.name}
        </h2>
      </header>
      {props.actions}
      <dl className="source-facts">
        <div>
          <dt>Who they are, per the article</dt>
          <dd>{source.description ?? <span className="not-stated">not stated</span>}</dd>
        </div>
        {source.aliases?.length ? (
          <div>
            <dt>Also written as</dt>
            <dd>{source.aliases.map((alias) => `“${alias}”`).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <h3 id="source-reports-title">
        {reports.length === 1 ? 'Its one report in this article' : `Its ${reports.length} reports in this article`}
      </h3>
      <p className="chart-note">Its words are marked in the text; other highlights are dimmed.</p>
      <ul className="source-reports" aria-labelledby="source-reports-title">
        {reports.map(({ claim, report }) => {
          const placed = readable.ranges.has(reportKey(claim.id, report.id));
          const joint = report.sourceIds.length > 1;
          return (
            <li key={reportKey(claim.id, report.id)}>
              <a
                href={formatRoute({ articleId, claimId: claim.id, reportId: report.id }, BASE_PATH)}
                onClick={linkClick}
                {...panelOpenerAttributes}
              >
                {claim.title}
              </a>
              <p className="source-report-gist">
                {reportGist(report)}
                {joint && <span className="source-report-joint"> (jointly with {report.sourceIds.filter((id) => id !== source.id).map((id) => readable.sourcesById.get(id)?.shortName ?? id).join(', ')})</span>}
              </p>
              {!placed && <p className="claims-list-problem">Its quote could not be found in the text.</p>}
            </li>
          );
        })}
      </ul>
      {source.sharedId && (
        <p className="source-elsewhere">
          <a href={formatRoute({ sharedSourceId: source.sharedId }, BASE_PATH)} onClick={linkClick}>
            What {source.shortName} said in every article
          </a>
        </p>
      )}
    </Panel>
  );
}
