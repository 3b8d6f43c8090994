// Turns a validated data file into what the reader draws: the body text, every report anchored
// (or orphaned, with the reason), and each block cut into plain and highlighted runs when it is drawn.
import { anchorAtKnownStart, anchorQuotes, type Anchor, type AnchorFailure, type TextRange } from './anchor-quote.ts';
import { bodyText, type BodyText } from './article-text.ts';
import type { ArticleFile, RejectedClaim } from './parse-article-file.ts';
import type { Article, Claim, Place, Report, Source } from './schema.ts';
import { segmentText, type Mark, type Segment } from './segment-text.ts';

export interface ReportMark extends Mark {
  claimId: string;
  reportId: string;
  /** The report's sources (the report's own list, not a copy): a source's card marks their words. */
  sourceIds: readonly string[];
}

export interface OrphanReport {
  claimId: string;
  reportId: string;
  failure: AnchorFailure;
}

export interface ReadableArticle {
  article: Article;
  claims: Claim[];
  rejectedClaims: RejectedClaim[];
  sourcesById: ReadonlyMap<string, Source>;
  placesById: ReadonlyMap<string, Place>;
  body: BodyText;
  /**
   * Every anchored report's place in the text, in data order. Blocks are cut into runs from these only
   * as they are drawn ({@link segmentBlocks}): a long article keeps no runs in memory.
   */
  marks: ReportMark[];
  /** Where each anchored report sits, by {@link reportKey}. */
  ranges: ReadonlyMap<string, TextRange>;
  orphans: OrphanReport[];
}

export function reportKey(claimId: string, reportId: string): string {
  // Joined into one flat string: a key made by `+` is a pair of strings that a Map lookup flattens into a
  // third, and a long article keeps thousands of them.
  return [claimId, reportId].join('/');
}

/**
 * Anchors every report and cuts the body into runs. `knownStarts` (by {@link reportKey}) are where an
 * earlier anchoring of the same data placed each quote, as a prerendered page carries them: each is
 * checked by the same rule as a search (words, prefix and suffix), and only quotes without a good one are searched for.
 */
export function readableArticle(file: ArticleFile, knownStarts?: Readonly<Record<string, number>>): ReadableArticle {
  const body = bodyText(file.article.blocks);
  const marks: ReportMark[] = [];
  const ranges = new Map<string, TextRange>();
  const orphans: OrphanReport[] = [];

  const reports = file.claims.flatMap((claim) => claim.reports.map((report) => ({ claim, report, key: reportKey(claim.id, report.id) })));
  const verified = reports.map(({ report, key }): Anchor | undefined => {
    const start = knownStarts?.[key];
    return start === undefined ? undefined : anchorAtKnownStart(body.text, report.quote, start);
  });
  const unverified = reports.filter((_, i) => !verified[i]);
  const searched = anchorQuotes(body.text, unverified.map(({ report }) => report.quote));
  let next = 0;
  reports.forEach(({ claim, report }, i) => {
    const anchor = verified[i] ?? searched[next++]!;
    if (anchor.ok) {
      const key = reportKey(claim.id, report.id);
      const mark: ReportMark = { ...anchor.range, key, claimId: claim.id, reportId: report.id, sourceIds: report.sourceIds };
      ranges.set(key, mark);
      marks.push(mark);
    } else {
      const { ok: _ok, ...failure } = anchor;
      orphans.push({ claimId: claim.id, reportId: report.id, failure });
    }
  });

  return {
    article: file.article,
    claims: file.claims,
    rejectedClaims: file.rejectedClaims,
    sourcesById: new Map(file.sources.map((source) => [source.id, source])),
    placesById: new Map(file.places.map((place) => [place.id, place])),
    body,
    marks,
    ranges,
    orphans,
  };
}

/**
/**
 * The runs of blocks `from` to `to` (not included), one list per block. Each block is handed only the marks
 * that touch it, in the order given (segmentText breaks ties by that order: the first claim wins), so that long
 * articles stay linear rather than blocks × marks. Shared by the reader, which draws runs of blocks as they are
 * needed, and the Studio's text.
 */
export function segmentBlocks<M extends Mark>(body: BodyText, marks: readonly M[], from = 0, to = body.blocks.length): Segment<M>[][] {
  const blocks = body.blocks;
  if (from >= to) return [];
  const perBlock: M[][] = blocks.slice(from, to).map(() => []);
  const start = blocks[from]!.start;
  const end = blocks[to - 1]!.end;
  for (const mark of marks) {
    if (mark.end <= start || mark.start >= end) continue;
    // The first block that ends after the mark starts, by bisection; then forward while they overlap.
    let low = from;
    let high = to - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.end <= mark.start) low = middle + 1;
      else high = middle;
    }
    for (let b = low; b < to && blocks[b]!.start < mark.end; b++) perBlock[b - from]!.push(mark);
  }
  return perBlock.map((blockMarks, i) => segmentText(body.text, blocks[from + i]!, blockMarks));
}

/** Where each anchored quote starts, by report key: what a prerendered page carries to skip the search. */
export function anchorStarts(readable: ReadableArticle): Record<string, number> {
  return Object.fromEntries([...readable.ranges].map(([key, range]) => [key, range.start]));
}

/** The reports of a claim that are anchored in the text, in data order. */
export function placedReports(readable: ReadableArticle, claim: Claim): Report[] {
  return claim.reports.filter((report) => readable.ranges.has(reportKey(claim.id, report.id)));
}
