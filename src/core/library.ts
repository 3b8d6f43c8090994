// The library: every published article in a line each, and each shared source across articles. Computed
// once at build time from the checked packs and written as small data files; the app reads them back here.
import * as v from 'valibot';
import { clipText } from './clip-text.ts';
import { claimFinding, claimSourceIds, reportGist } from './describe-claim.ts';
import { previewImagePath, type PageMeta } from './page-meta.ts';
import { placedReports, type ReadableArticle } from './readable-article.ts';
import { SlugSchema, SourceSchema, type Claim } from './schema.ts';
import { formatRoute } from './url-state.ts';

/** The library's first screen lists this many articles; the rest, and searching them all, load on demand. */
export const FIRST_SCREEN_ARTICLES = 50;

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

/** The library's list, newest first. `total` counts every article, when `articles` holds only the first screen. */
export const LibraryIndexSchema = v.object({
  total: Count,
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
export function libraryIndex(entries: readonly LibraryEntry[], limit = Number.POSITIVE_INFINITY): LibraryIndex {
  const sorted = [...entries].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  return { total: sorted.length, articles: sorted.slice(0, limit) };
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether every word of the query is in the article's title, outlet or a source's name (any case, any accents). */
export function matchesQuery(entry: LibraryEntry, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([entry.title, entry.outlet, ...entry.sources].join('\n'));
  return words.every((word) => haystack.includes(word));
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

/** Everything one shared source says across the library, newest article first. */
export const SharedSourcePageSchema = v.object({
  sharedId: SlugSchema,
  name: v.string(),
  kind: SourceSchema.entries.kind,
  wikidata: v.optional(v.string()),
  articles: v.array(SharedSourceArticleSchema),
});

export type SharedSourcePage = v.InferOutput<typeof SharedSourcePageSchema>;

/** Every shared source of the given articles (newest first), each with its reports, figure by figure. */
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
        page = { sharedId: source.sharedId, name: source.name, kind: source.kind, ...(source.wikidata && { wikidata: source.wikidata }), articles: [] };
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
  const reports = page.articles.reduce((n, a) => n + a.reports.length, 0);
  const newest = page.articles[0];
  return {
    title: `${page.name} across Tally's articles · Tally`,
    description: clipText(
      `What ${page.name} said in ${plural(page.articles.length, 'article')} (${plural(reports, 'report')}): ${page.articles
        .flatMap((a) => a.reports.map((r) => `${r.claimTitle}: ${r.gist}`))
        .join(' · ')}`,
      300,
    ),
    path: formatRoute({ sharedSourceId: page.sharedId }, base),
    imagePath: newest ? previewImagePath(newest.id, undefined, base) : '',
    imageAlt: newest ? `${newest.title} (${newest.outlet}), one of the articles quoting ${page.name}.` : page.name,
  };
}
