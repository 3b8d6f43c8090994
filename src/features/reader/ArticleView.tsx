import { memo } from 'react';
import { claimLabel } from '../../core/describe-claim.ts';
import { formatLongDate } from '../../core/format-date.ts';
import { reportKey, type ReadableArticle, type ReportMark } from '../../core/readable-article.ts';
import type { Segment } from '../../core/segment-text.ts';
import { formatRoute } from '../../core/url-state.ts';
import { highlightId } from '../../lib/highlight-dom.ts';
import { BASE_PATH } from '../../lib/location.ts';
import { Highlight } from './Highlight.tsx';
import './reader.css';

/** The article as published: headline, outlet and date, body with highlights, credit line. */
export const ArticleView = memo(function ArticleView({ readable }: { readable: ReadableArticle }) {
  const { article } = readable;
  const labels = new Map(readable.claims.map((claim) => [claim.id, claimLabel(claim)]));
  const sourcesOf = new Map(
    readable.claims.flatMap((claim) => claim.reports.map((report) => [reportKey(claim.id, report.id), report.sourceIds.join(' ')])),
  );
  const seen = new Set<string>();

  function run(segment: Segment<ReportMark>, index: number) {
    const mark = segment.marks[0];
    if (!mark) return segment.text;
    const first = !seen.has(mark.key);
    seen.add(mark.key);
    return (
      <Highlight
        key={index}
        claimId={mark.claimId}
        reportId={mark.reportId}
        sourceIds={sourcesOf.get(mark.key) ?? ''}
        text={segment.text}
        elementId={first ? highlightId(mark.claimId, mark.reportId) : undefined}
        claimLabel={labels.get(mark.claimId) ?? ''}
        href={formatRoute({ articleId: article.id, claimId: mark.claimId, reportId: mark.reportId }, BASE_PATH)}
        layers={segment.marks.length}
      />
    );
  }

  return (
    <article id="article" className="article" aria-labelledby="article-title" lang="en" tabIndex={-1}>
      <header className="article-header">
        <p className="article-meta">
          <span className="article-outlet" title={article.outlet.fullName}>
            {article.outlet.name}
          </span>{' '}
          · <time dateTime={article.published}>{formatLongDate(article.published)}</time>
        </p>
        <h1 id="article-title">{article.title}</h1>
      </header>
      <div className="article-body">
        {readable.body.blocks.map(({ block }, b) => {
          const runs = (readable.segments[b] ?? []).map(run);
          return block.kind === 'video-caption' ? (
            <figure key={b} className="missing-video">
              <div className="missing-video-frame" aria-hidden="true">
                ▶
              </div>
              <figcaption>
                <span data-block={b}>{runs}</span>
                <span className="tally-aside"> (Tally: the video is not part of this copy)</span>
              </figcaption>
            </figure>
          ) : (
            <p key={b} data-block={b}>
              {runs}
            </p>
          );
        })}
      </div>
      {article.credit && <p className="article-credit">{article.credit}</p>}
    </article>
  );
});
