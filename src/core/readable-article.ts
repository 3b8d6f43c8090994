// Turns a validated data file into what the reader draws: the body text, every report anchored
// (or orphaned, with the reason) and each block cut into plain and highlighted runs.
import { anchorQuotes, type AnchorFailure, type TextRange } from './anchor-quote.ts';
import { bodyText, type BodyText } from './article-text.ts';
import type { ArticleFile, RejectedClaim } from './parse-article-file.ts';
import type { Article, Claim, Report, Source } from './schema.ts';
import { segmentText, type Mark, type Segment } from './segment-text.ts';

export interface ReportMark extends Mark {
  claimId: string;
  reportId: string;
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

export function readableArticle(file: ArticleFile): ReadableArticle {
  const body = bodyText(file.article.blocks);
  const marks: ReportMark[] = [];
  const ranges = new Map<string, TextRange>();
  const orphans: OrphanReport[] = [];

  const reports = file.claims.flatMap((claim) => claim.reports.map((report) => ({ claim, report })));
  const anchors = anchorQuotes(body.text, reports.map(({ report }) => report.quote));
  reports.forEach(({ claim, report }, i) => {
    const anchor = anchors[i]!;
    if (anchor.ok) {
      const key = reportKey(claim.id, report.id);
      ranges.set(key, anchor.range);
      marks.push({ ...anchor.range, key, claimId: claim.id, reportId: report.id });
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
  return body.blocks.map((block, b) =>
    segmentText(
      body.text,
      block,
      perBlock[b]!.sort((x, y) => dataOrder.get(x)! - dataOrder.get(y)!),
    ),
  );
}

/** The reports of a claim that are anchored in the text, in data order. */
export function placedReports(readable: ReadableArticle, claim: Claim): Report[] {
  return claim.reports.filter((report) => readable.ranges.has(reportKey(claim.id, report.id)));
}
