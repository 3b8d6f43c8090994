// Every URL the site answers, so the build can write one HTML file per URL for plain static hosts.
import type { Claim, Source } from './schema.ts';
import type { ReaderRoute } from './url-state.ts';

/**
 * The library, then per article: the article, each claim, each report within a claim, and each source;
 * then each source shared across articles.
 */
export function sitePages(
  articles: readonly { id: string; claims: readonly Claim[]; sources: readonly Source[] }[],
  sharedSourceIds: readonly string[] = [],
): ReaderRoute[] {
  const pages: ReaderRoute[] = [{}];
  for (const { id: articleId, claims, sources } of articles) {
    pages.push({ articleId });
    for (const source of sources) pages.push({ articleId, sourceId: source.id });
    for (const claim of claims) {
      pages.push({ articleId, claimId: claim.id });
      for (const report of claim.reports) pages.push({ articleId, claimId: claim.id, reportId: report.id });
    }
  }
  for (const sharedSourceId of sharedSourceIds) pages.push({ sharedSourceId });
  return pages;
}
