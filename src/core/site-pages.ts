// Every URL the site answers, so the build can write one HTML file per URL for plain static hosts.
import type { Claim } from './schema.ts';
import type { ReaderRoute } from './url-state.ts';

/** The root, then per article: the article, each claim, and each report within a claim. */
export function sitePages(articles: readonly { id: string; claims: readonly Claim[] }[]): ReaderRoute[] {
  const pages: ReaderRoute[] = [{}];
  for (const { id: articleId, claims } of articles) {
    pages.push({ articleId });
    for (const claim of claims) {
      pages.push({ articleId, claimId: claim.id });
      for (const report of claim.reports) pages.push({ articleId, claimId: claim.id, reportId: report.id });
    }
  }
  return pages;
}
