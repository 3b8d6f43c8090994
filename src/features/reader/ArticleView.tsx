import { memo, Suspense, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { claimLook, type ClaimLook, type ReaderArticle } from '../../core/claim-look.ts';
import { formatLongDate } from '../../core/format-date.ts';
import type { Claim } from '../../core/schema.ts';
import { segmentBlocks, type ReadableArticle, type ReportMark } from '../../core/readable-article.ts';
import type { TextRange } from '../../core/anchor-quote.ts';
import { segmentText, type Segment } from '../../core/segment-text.ts';
import { studioAddress } from '../../core/studio-address.ts';
import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { isPlainClick } from '../../lib/link-click.ts';
import { useLocationStore } from '../../lib/location.ts';
import { ARTICLE_ID, blockAttributes, highlightAttributes, highlightOf, passageMarkAttributes, runAttributes } from '../../lib/page-contract.ts';
import { useClaimKeys } from './use-claim-keys.ts';
import { useHighlightStates, type StateOf } from './use-highlight-state.ts';
import { releaseRun, useHydrationHold, useLateRuns } from './use-late-runs.ts';
import './reader.css';

/**
 * Blocks are drawn in runs of 64. The browser skips the layout and paint of runs out of view (see
 * reader.css), and a linked passage redraws only the run it falls in.
 */
const CHUNK = 64;

/** The mark for a passage a reader linked to; it never opens anything. */
const PASSAGE_KEY = '#passage';

const looksByArticle = new WeakMap<ReadableArticle, { claims: Map<string, Claim>; looks: Map<string, ClaimLook> }>();

/**
 * A claim's look, worked out when a run of blocks holding its words is first drawn: the runs out of view
 * are hydrated later (see ArticleView), and their claims' labels with them.
 */
function lookOf(readable: ReaderArticle, claimId: string): ClaimLook {
  let known = looksByArticle.get(readable);
  if (!known) {
    known = { claims: new Map(readable.claims.map((claim) => [claim.id, claim])), looks: new Map<string, ClaimLook>() };
    looksByArticle.set(readable, known);
  }
  let look = known.looks.get(claimId);
  if (!look) {
    const claim = known.claims.get(claimId);
    const finding = readable.findings.get(claimId);
    look = claim && finding ? claimLook(claim, finding) : { label: '', weight: 'quiet' };
    known.looks.set(claimId, look);
  }
  return look;
}

/** A block's runs, re-cut around a linked passage where it falls in this block. */
function withPassage(readable: ReadableArticle, b: number, segments: Segment<ReportMark>[], passage: TextRange | undefined): Segment<ReportMark>[] {
  const block = readable.body.blocks[b]!;
  if (!passage || passage.end <= block.start || passage.start >= block.end) return segments;
  const marks = [...new Set(segments.flatMap((s) => s.marks))];
  const passageMark: ReportMark = { ...passage, key: PASSAGE_KEY, claimId: '', reportId: '', sourceIds: [] };
  return segmentText(readable.body.text, block, [...marks, passageMark]);
}

interface ChunkProps {
  readable: ReaderArticle;
  /** The first block of the run, and the one after its last. */
  from: number;
  to: number;
  /** The linked passage, where it falls in this run. */
  passage: TextRange | undefined;
  stateOf: StateOf;
}

/**
 * A run of blocks. A highlight is a plain link drawn here, with no component and no listener of its own:
 * a thousand claims cost the page little more than their words. One listener on the article opens them
 * (useHighlightClicks), and their states change in place (useHighlightStates).
 */
const ArticleChunk = memo(function ArticleChunk({ readable, from, to, passage, stateOf }: ChunkProps) {
  const { article, body } = readable;
  // The runs are worked out as the blocks are drawn and not kept: the page holds the words once.
  const segments = segmentBlocks(readable.body, readable.marks, from, to);
  // A quote's first run is the first it is the innermost of (the one a click on it opens); a quote begun
  // in an earlier run of blocks had it there.
  const seen = new Set<string>();

  function run(segment: Segment<ReportMark>, index: number) {
    const marked = segment.marks.some((m) => m.key === PASSAGE_KEY);
    const mark = segment.marks.find((m) => m.key !== PASSAGE_KEY);
    if (!mark) return marked ? <mark key={index} {...passageMarkAttributes}>{segment.text}</mark> : segment.text;
    // The first run of a quote carries its id, so that the comparison can jump to it.
    const first = !seen.has(mark.key) && (from === 0 || mark.start >= body.blocks[from - 1]!.end);
    seen.add(mark.key);
    const look = lookOf(readable, mark.claimId);
    const layers = segment.marks.length - (marked ? 1 : 0);
    return (
      <a
        key={index}
        {...highlightAttributes(mark.claimId, mark.reportId, stateOf(mark.claimId, mark.reportId), layers, first, look.weight)}
        href={formatRoute({ articleId: article.id, claimId: mark.claimId, reportId: mark.reportId }, BASE_PATH)}
        aria-label={`${segment.text} — ${look.label}`}
      >
        {marked ? <mark {...passageMarkAttributes}>{segment.text}</mark> : segment.text}
      </a>
    );
  }

  const blocks: ReactNode[] = [];
  for (let b = from; b < to; b++) {
    const { block } = body.blocks[b]!;
    const runs = withPassage(readable, b, segments[b - from]!, passage).map(run);
    blocks.push(
      block.kind === 'video-caption' ? (
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
      ),
    );
  }
  return (
    <div className="article-chunk" {...runAttributes(from)}>
      {blocks}
    </div>
  );
});

/** Holds a prerendered run's hydration until it is needed (use-late-runs.ts). */
function HydrationHold({ readable, from }: { readable: ReadableArticle; from: number }) {
  useHydrationHold(readable, from);
  return null;
}

/**
 * A run of blocks after the first: a Suspense boundary, which React hydrates only once the run is
 * released, as it nears the viewport or the reader reaches into it. Memoised, so that nothing reaches a
 * run still waiting but the passage a link marks in it (which releases it first).
 */
const LateRun = memo(function LateRun(props: ChunkProps) {
  return (
    <Suspense fallback={null}>
      <HydrationHold readable={props.readable} from={props.from} />
      <ArticleChunk {...props} />
    </Suspense>
  );
});

/**
 * One listener for every highlight: a plain click opens the comparison without a page load (the
 * highlight's href is that comparison's URL); clicks with a modifier are the browser's.
 */
function useHighlightClicks(article: RefObject<HTMLElement | null>): void {
  const store = useLocationStore();
  useEffect(() => {
    const root = article.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const highlight = highlightOf(event.target);
      if (!(highlight instanceof HTMLAnchorElement) || event.defaultPrevented || !isPlainClick(event)) return;
      event.preventDefault();
      store.navigate(highlight.pathname + highlight.search);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [article, store]);
}

/**
 * The article as published: headline, outlet and date, body with highlights, credit line; and, where a
 * link quotes a passage, that passage marked.
 */
export const ArticleView = memo(function ArticleView({ readable, passage }: { readable: ReaderArticle; passage?: TextRange }) {
  const { article, body } = readable;
  const ref = useRef<HTMLElement>(null);
  const stateOf = useHighlightStates(readable, ref, passage);
  useHighlightClicks(ref);
  useLateRuns(readable, ref);
  useClaimKeys();

  const chunks: ReactNode[] = [];
  for (let from = 0; from < body.blocks.length; from += CHUNK) {
    const to = Math.min(from + CHUNK, body.blocks.length);
    const inChunk = passage && passage.start < body.blocks[to - 1]!.end && passage.end > body.blocks[from]!.start;
    const props = { readable, from, to, passage: inChunk ? passage : undefined, stateOf };
    // NOTE: a run a passage is newly marked in is released while the article is drawn, before React
    // reaches it: React hydrates a waiting run (as prerendered) before it applies a change to it.
    if (inChunk && from > 0) releaseRun(readable, from);
    // Each run after the first hydrates after the page has come alive, once it is needed (LateRun). Until
    // then its highlights work all the same: the article's one listener opens them and their states are
    // shown in place.
    chunks.push(from === 0 ? <ArticleChunk key={from} {...props} /> : <LateRun key={from} {...props} />);
  }

  return (
    <article ref={ref} id={ARTICLE_ID} className="article" aria-labelledby="article-title" lang="en" tabIndex={-1}>
      <header className="article-header">
        <p className="article-meta">
          <span className="article-outlet" title={article.outlet.fullName}>
            {article.outlet.name}
          </span>{' '}
          · <time dateTime={article.published}>{formatLongDate(article.published)}</time>
        </p>
        <h1 id="article-title">{article.title}</h1>
      </header>
      <div className="article-body">{chunks}</div>
      {article.credit && <p className="article-credit">{article.credit}</p>}
      {/* For editors: a plain link to the Studio, a page of its own; none of its code loads here. */}
      <p className="article-edit">
        <a href={studioAddress({ articleId: article.id }, BASE_PATH)}>Edit in Studio</a>
      </p>
    </article>
  );
});
