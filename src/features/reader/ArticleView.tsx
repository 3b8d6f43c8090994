import { memo, type ReactNode } from 'react';
import { claimLabel, claimWeight } from '../../core/describe-claim.ts';
import { formatLongDate } from '../../core/format-date.ts';
import { reportKey, type ReadableArticle, type ReportMark } from '../../core/readable-article.ts';
import type { TextRange } from '../../core/anchor-quote.ts';
import { segmentText, type Segment } from '../../core/segment-text.ts';
import { studioAddress } from '../../core/studio-address.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { useLinkClick } from '../../lib/link-click.ts';
import { ARTICLE_ID, blockAttributes, passageMarkAttributes } from '../../lib/page-contract.ts';
import { Highlight } from './Highlight.tsx';
import { useClaimKeys } from './use-claim-keys.ts';
import './reader.css';

/**
 * Groups blocks in runs of 64. When one highlight changes, React walks the children of each of its
 * ancestors, and the browser skips the layout and paint of runs out of view (see reader.css): a long
 * article costs little more per click than a short one.
 */
const CHUNK = 64;
function chunked(blocks: ReactNode[]): ReactNode[] {
  const chunks: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i += CHUNK) {
    chunks.push(
      <div key={i} className="article-chunk">
        {blocks.slice(i, i + CHUNK)}
      </div>,
    );
  }
  return chunks;
}

/** The mark for a passage a reader linked to; it never opens anything. */
const PASSAGE_KEY = '#passage';

/** The block's runs, re-cut around a linked passage where it falls in this block. */
function runsOf(readable: ReadableArticle, b: number, passage: TextRange | undefined): Segment<ReportMark>[] {
  const segments = readable.segments[b] ?? [];
  const block = readable.body.blocks[b]!;
  if (!passage || passage.end <= block.start || passage.start >= block.end) return segments;
  const marks = [...new Set(segments.flatMap((s) => s.marks))];
  const passageMark: ReportMark = { ...passage, key: PASSAGE_KEY, claimId: '', reportId: '' };
  return segmentText(readable.body.text, block, [...marks, passageMark]);
}

/**
 * The article as published: headline, outlet and date, body with highlights, credit line; and, where a
 * link quotes a passage, that passage marked.
 */
export const ArticleView = memo(function ArticleView({ readable, passage }: { readable: ReadableArticle; passage?: TextRange }) {
  const { article } = readable;
  const open = useLinkClick();
  useClaimKeys();
  const labels = new Map(readable.claims.map((claim) => [claim.id, claimLabel(claim, readable.placesById)]));
  const weights = new Map(readable.claims.map((claim) => [claim.id, claimWeight(claim, readable.placesById)]));
  const sourcesOf = new Map(
    readable.claims.flatMap((claim) => claim.reports.map((report) => [reportKey(claim.id, report.id), report.sourceIds.join(' ')])),
  );
  const seen = new Set<string>();

  function run(segment: Segment<ReportMark>, index: number) {
    const marked = segment.marks.some((m) => m.key === PASSAGE_KEY);
    const mark = segment.marks.find((m) => m.key !== PASSAGE_KEY);
    if (!mark) return marked ? <mark key={index} {...passageMarkAttributes}>{segment.text}</mark> : segment.text;
    const first = !seen.has(mark.key);
    seen.add(mark.key);
    return (
      <Highlight
        key={index}
        readable={readable}
        claimId={mark.claimId}
        reportId={mark.reportId}
        sourceIds={sourcesOf.get(mark.key) ?? ''}
        text={segment.text}
        first={first}
        claimLabel={labels.get(mark.claimId) ?? ''}
        weight={weights.get(mark.claimId) ?? 'quiet'}
        href={formatRoute({ articleId: article.id, claimId: mark.claimId, reportId: mark.reportId }, BASE_PATH)}
        layers={segment.marks.length - (marked ? 1 : 0)}
        marked={marked}
        onOpen={open}
      />
    );
  }

  return (
    <article id={ARTICLE_ID} className="article" aria-labelledby="article-title" lang="en" tabIndex={-1}>
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
        {chunked(readable.body.blocks.map(({ block }, b) => {
          const runs = runsOf(readable, b, passage).map(run);
          return block.kind === 'video-caption' ? (
            // The video is not part of this copy: its caption and Tally's note, and nothing drawn as a player.
            <figure key={b} className="missing-video">
              <figcaption>
                <span {...blockAttributes(b)}>{runs}</span>
                <span className="tally-aside"> (Tally: the video is not part of this copy)</span>
              </figcaption>
            </figure>
          ) : (
            <p key={b} {...blockAttributes(b)}>
              {runs}
            </p>
          );
        }))}
      </div>
      {article.credit && <p className="article-credit">{article.credit}</p>}
      {/* For editors: a plain link to the Studio, a page of its own; none of its code loads here. */}
      <p className="article-edit">
        <a href={studioAddress({ articleId: article.id }, BASE_PATH)}>Edit in Studio</a>
      </p>
    </article>
  );
});
