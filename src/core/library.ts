// The library: every published article in a line each, and each shared source across articles. Computed
// once at build time from the checked packs and written as small data files; the app reads them back here.
import * as v from 'valibot';
import { clipText } from './clip-text.ts';
import { claimFinding, claimSourceIds, reportGist } from './describe-claim.ts';
import { previewImagePath, type PageMeta } from './page-meta.ts';
import { placedReports, type ReadableArticle } from './readable-article.ts';
import { SlugSchema, SourceSchema, type Claim } from './schema.ts';
import { formatRoute } from './url-state.ts';

/**
 * The library's first screen lists this many articles, as does a shared source's page; the rest, and
 * searching them all, load on demand. A phone shows fewer; a page that holds more hydrates slower.
 */
export const FIRST_SCREEN_ARTICLES = 20;

/**
 * After the first screen, the index is split into files of this many articles: a search loads them side by
 * side and shows matches as each arrives, and no file grows with the library.
 */
export const LIBRARY_PAGE_ARTICLES = 250;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One article's line in the library. */
export const LibraryEntrySchema = v.object({
  id: SlugSchema,
  title: v.string(),
  outlet: v.string(),
  published: v.pipe(v.string(), v.isoDate()),
  claims: Count,
  /** How many of its claims have sources that differ (the reader's own finding: {@link claimFinding}). */
  claimsDiffering: Count,
  /** Its sources' names, for searching. */
  sources: v.array(v.string()),
});

/** One file of the library's index, newest first: page 1 is the first screen. `total` counts every article. */
export const LibraryIndexSchema = v.object({
  total: Count,
  page: v.pipe(Count, v.minValue(1)),
  pages: v.pipe(Count, v.minValue(1)),
  articles: v.array(LibraryEntrySchema),
});

export type LibraryEntry = v.InferOutput<typeof LibraryEntrySchema>;
export type LibraryIndex = v.InferOutput<typeof LibraryIndexSchema>;

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

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const queryWords = (query: string) => fold(query).split(/\s+/).filter(Boolean);
const searchText = (entry: LibraryEntry) => fold([entry.title, entry.outlet, ...entry.sources].join('\n'));

/**
 * A search over the given entries, in their order: an entry matches when every word of the query is in its
 * title, outlet or a source's name, in any case and with or without accents. Each entry's text is folded once
 * here, so that a keystroke costs one `includes` per word and entry.
 */
export function librarySearch(entries: readonly LibraryEntry[]): (query: string) => LibraryEntry[] {
  const texts = entries.map(searchText);
  return (query) => {
    const words = queryWords(query);
    if (words.length === 0) return [...entries];
    return entries.filter((_, i) => words.every((word) => texts[i]!.includes(word)));
  };
}

/** One report of a shared source, with what a reader needs to find it in its article. */
export const SharedSourceReportSchema = v.object({
  claimId: SlugSchema,
  claimTitle: v.string(),
  reportId: SlugSchema,
  /** The figure's words and what it counts, or the start of the quote. */
  gist: v.string(),
  /** The other sources of a joint report, by name. */
  with: v.array(v.string()),
});

export const SharedSourceArticleSchema = v.object({
  id: SlugSchema,
  title: v.string(),
  outlet: v.string(),
  published: v.pipe(v.string(), v.isoDate()),
  /** The source's id within that article, for its source card. */
  sourceId: SlugSchema,
  /** Who the source is, in that article's words. */
  description: v.optional(v.string()),
  reports: v.array(SharedSourceReportSchema),
});

/**
 * What one shared source says across the library, newest article first, one file of it: page 1 holds the
 * first screen, later pages the rest. `total` and `reports` count every article and report.
 */
export const SharedSourcePageSchema = v.object({
  sharedId: SlugSchema,
  name: v.string(),
  kind: SourceSchema.entries.kind,
  wikidata: v.optional(v.string()),
  total: Count,
  reports: Count,
  page: v.pipe(Count, v.minValue(1)),
  pages: v.pipe(Count, v.minValue(1)),
  articles: v.array(SharedSourceArticleSchema),
});

export type SharedSourcePage = v.InferOutput<typeof SharedSourcePageSchema>;

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

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** The library page's title and description for link previews. */
export function libraryPageMeta(index: LibraryIndex, base = '/'): PageMeta {
  const newest = index.articles[0];
  return {
    title: 'Tally · Where sources disagree, side by side',
    description: clipText(
      `${plural(index.total, 'article')} in which sources disagree, newest first${newest ? `: ${index.articles.map((a) => a.title).join(' · ')}` : ''}.`,
      300,
    ),
    path: formatRoute({}, base),
    imagePath: newest ? previewImagePath(newest.id, undefined, base) : '',
    imageAlt: newest ? `${newest.title} (${newest.outlet}), with the claims on which its sources differ.` : 'Tally',
  };
}

/** A shared source's page: its title and description for link previews. */
export function sharedSourcePageMeta(page: SharedSourcePage, base = '/'): PageMeta {
  const { reports } = page;
  const newest = page.articles[0];
  return {
    title: `${page.name} across Tally's articles · Tally`,
    description: clipText(
      `What ${page.name} said in ${plural(page.total, 'article')} (${plural(reports, 'report')}): ${page.articles
        .flatMap((a) => a.reports.map((r) => `${r.claimTitle}: ${r.gist}`))
        .join(' · ')}`,
      300,
    ),
    path: formatRoute({ sharedSourceId: page.sharedId }, base),
    imagePath: newest ? previewImagePath(newest.id, undefined, base) : '',
    imageAlt: newest ? `${newest.title} (${newest.outlet}), one of the articles quoting ${page.name}.` : page.name,
  };
}
