// What the build writes for the library: each article's line, the index in pages, and each shared source's
// page, computed from the checked packs with the reader's own findings. Build-time only: the library page loads
// library.ts, not this.
import { claimFinding, claimSourceIds, reportGist } from './describe-claim.ts';
import {
  FIRST_SCREEN_ARTICLES,
  LIBRARY_PAGE_ARTICLES,
  type LibraryEntry,
  type LibraryIndex,
  type SharedSourcePage,
} from './library.ts';
import { placedReports, type ReadableArticle } from './readable-article.ts';
import type { Claim } from './schema.ts';

export function libraryEntry(readable: ReadableArticle): LibraryEntry {
  const { article } = readable;
  const sourceIds = new Set(readable.claims.flatMap((claim: Claim) => claimSourceIds(claim)));
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet.name,
    published: article.published,
    claims: readable.claims.length,
    claimsDiffering: readable.claims.filter((claim) => claimFinding(claim, readable.placesById) === 'differ').length,
    sources: [...sourceIds].map((id) => readable.sourcesById.get(id)?.name ?? id),
  };
}

/** Newest first; on the same day, by title, so the order never depends on the order files were read in. */
export function sortLibrary(entries: readonly LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

/**
 * The library's index as the files a reader loads, newest first: the first screen (page 1), then pages of
 * `pageSize`. There is always a page 1, empty in an empty library.
 */
export function libraryPages(entries: readonly LibraryEntry[], firstScreen = FIRST_SCREEN_ARTICLES, pageSize = LIBRARY_PAGE_ARTICLES): LibraryIndex[] {
  const sorted = sortLibrary(entries);
  const chunks = splitPages(sorted, firstScreen, pageSize);
  return chunks.map((articles, i) => ({ total: sorted.length, page: i + 1, pages: chunks.length, articles }));
}

/** A list as pages: the first of `firstScreen` items, then of `pageSize` each; always at least one page. */
function splitPages<T>(items: readonly T[], firstScreen: number, pageSize: number): T[][] {
  if (!Number.isInteger(firstScreen) || firstScreen < 1 || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`Pages need whole, positive sizes (got ${firstScreen} and ${pageSize})`);
  }
  const chunks = [items.slice(0, firstScreen)];
  for (let start = firstScreen; start < items.length; start += pageSize) chunks.push(items.slice(start, start + pageSize));
  return chunks;
}

/** One shared source's whole page as the files a reader loads: the first screen, then pages of `pageSize` articles. */
export function sharedSourceFiles(whole: SharedSourcePage, firstScreen = FIRST_SCREEN_ARTICLES, pageSize = LIBRARY_PAGE_ARTICLES): SharedSourcePage[] {
  const chunks = splitPages(whole.articles, firstScreen, pageSize);
  return chunks.map((articles, i) => ({ ...whole, page: i + 1, pages: chunks.length, articles }));
}

/** Every shared source of the given articles (newest first), each whole, in one page, with its reports, figure by figure. */
export function sharedSourcePages(readables: readonly ReadableArticle[]): SharedSourcePage[] {
  const pages = new Map<string, SharedSourcePage>();
  const newestFirst = [...readables].sort(
    (a, b) => b.article.published.localeCompare(a.article.published) || a.article.title.localeCompare(b.article.title),
  );
  for (const readable of newestFirst) {
    const { article } = readable;
    for (const source of readable.sourcesById.values()) {
      if (!source.sharedId) continue;
      let page = pages.get(source.sharedId);
      if (!page) {
        page = {
          sharedId: source.sharedId,
          name: source.name,
          kind: source.kind,
          ...(source.wikidata && { wikidata: source.wikidata }),
          total: 0,
          reports: 0,
          page: 1,
          pages: 1,
          articles: [],
        };
        pages.set(source.sharedId, page);
      }
      const reports = readable.claims.flatMap((claim) =>
        placedReports(readable, claim)
          .filter((report) => report.sourceIds.includes(source.id))
          .map((report) => ({
            claimId: claim.id,
            claimTitle: claim.title,
            reportId: report.id,
            gist: reportGist(report),
            with: report.sourceIds.filter((id) => id !== source.id).map((id) => readable.sourcesById.get(id)?.name ?? id),
          })),
      );
      page.articles.push({
        id: article.id,
        title: article.title,
        outlet: article.outlet.name,
        published: article.published,
        sourceId: source.id,
        ...(source.description && { description: source.description }),
        reports,
      });
      page.total++;
      page.reports += reports.length;
    }
  }
  return [...pages.values()];
}

