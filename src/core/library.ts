// The library: every published article in a line each, and each shared source across articles. Computed
// once at build time from the checked packs (library-files.ts) and written as small data files; the app reads
// them back with what is here, which is all the library page loads.
import * as v from 'valibot';
import { clipText } from './clip-text.ts';
import type { PageMeta } from './page-meta.ts';
import { previewImagePath } from './preview-path.ts';
import { SlugSchema, SourceKindSchema } from './slugs-and-kinds.ts';
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
  kind: SourceKindSchema,
  wikidata: v.optional(v.string()),
  total: Count,
  reports: Count,
  page: v.pipe(Count, v.minValue(1)),
  pages: v.pipe(Count, v.minValue(1)),
  articles: v.array(SharedSourceArticleSchema),
});

export type SharedSourcePage = v.InferOutput<typeof SharedSourcePageSchema>;

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
