// Turns a validated data file into what the reader draws: the body text, every report anchored
// (or orphaned, with the reason) and each block cut into plain and highlighted runs.
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
  /** One list of runs per block of the body, in order. */
  segments: Segment<ReportMark>[][];
  /** Where each anchored report sits, by {@link reportKey}. */
  ranges: ReadonlyMap<string, TextRange>;
  orphans: OrphanReport[];
}

export function reportKey(claimId: string, reportId: string): string {
  return `${claimId}/${reportId}`;
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
      ranges.set(key, anchor.range);
      marks.push({ ...anchor.range, key, claimId: claim.id, reportId: report.id, sourceIds: report.sourceIds });
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
    segments: segmentBlocks(body, marks),
    ranges,
    orphans,
  };
}

/** Hands each block only the marks that touch it, so long articles stay linear rather than blocks × marks. */
function segmentBlocks(body: BodyText, marks: ReportMark[]): Segment<ReportMark>[][] {
  const byStart = marks
    .map((mark, order) => ({ mark, order }))
    .sort((a, b) => a.mark.start - b.mark.start || a.order - b.order);
  const perBlock: ReportMark[][] = body.blocks.map(() => []);
  let first = 0;
  for (const { mark } of byStart) {
    // Blocks are in text order: skip those that end before this mark starts, then walk forward while they overlap.
    while (first < body.blocks.length && body.blocks[first]!.end <= mark.start) first++;
    for (let b = first; b < body.blocks.length && body.blocks[b]!.start < mark.end; b++) perBlock[b]!.push(mark);
  }
  // segmentText breaks ties by the order it is given: restore data order so the first claim wins.
  const dataOrder = new Map(marks.map((mark, i) => [mark, i]));
  return body.blocks.map((block, b) => {
    const blockMarks = perBlock[b]!;
    if (blockMarks.length > 1) blockMarks.sort((x, y) => dataOrder.get(x)! - dataOrder.get(y)!);
    return segmentText(body.text, block, blockMarks);
  });
}

/** Where each anchored quote starts, by report key: what a prerendered page carries to skip the search. */
export function anchorStarts(readable: ReadableArticle): Record<string, number> {
  return Object.fromEntries([...readable.ranges].map(([key, range]) => [key, range.start]));
}

/** The reports of a claim that are anchored in the text, in data order. */
export function placedReports(readable: ReadableArticle, claim: Claim): Report[] {
  return claim.reports.filter((report) => readable.ranges.has(reportKey(claim.id, report.id)));
}
