// Where Tally's data files live, relative to the site's root: the packs, and the files the build derives
// from them (the library's index and each shared source). The one owner of these paths, for the app's
// fetches, the data a page carries, the build and the command line.

/** The folder of packs, one `{id}.json` per article; the build lists it (there is no hand-kept index). */
export const ARTICLES_DIR = 'data/articles';

/** The library's first screen: the newest articles and how many there are in all. Written by the build. */
export const LIBRARY_FILE = 'data/library.json';

/** One file of the library's index, newest first (core/library.ts): page 1 is the first screen. Written by the build. */
export function libraryPageFile(page: number): string {
  return page === 1 ? LIBRARY_FILE : `data/library/${page}.json`;
}

const LIBRARY_PAGE_FILE = /^data\/library\/([1-9][0-9]*)\.json$/;

/** The page of the library's index a data file holds, or undefined if `file` is not one. */
export function libraryPageOfFile(file: string): number | undefined {
  if (file === LIBRARY_FILE) return 1;
  const page = LIBRARY_PAGE_FILE.exec(file)?.[1];
  return page === undefined || page === '1' ? undefined : Number(page);
}

/** Everything one source shared across articles said, by its shared id, in pages: page 1 is its first screen. Written by the build. */
export function sharedSourceFile(sharedId: string, page = 1): string {
  return page === 1 ? `data/sources/${sharedId}.json` : `data/sources/${sharedId}/${page}.json`;
}

const SHARED_SOURCE_FILE = /^data\/sources\/([a-z0-9-]+)(?:\.json|\/([1-9][0-9]*)\.json)$/;

/** The shared source and page a data file holds, or undefined if `file` is not a shared source's file. */
export function sharedSourceOfFile(file: string): { sharedId: string; page: number } | undefined {
  const match = SHARED_SOURCE_FILE.exec(file);
  if (!match || match[2] === '1') return undefined;
  return { sharedId: match[1]!, page: match[2] === undefined ? 1 : Number(match[2]) };
}

/** One article's file: its text, sources and claims. */
export function articleFile(articleId: string): string {
  return `${ARTICLES_DIR}/${articleId}.json`;
}

const ARTICLE_FILE = /^data\/articles\/([a-z0-9-]+)\.json$/;

/** The article a data file holds, or undefined if `file` is not an article's file. */
export function articleIdOfFile(file: string): string | undefined {
  return ARTICLE_FILE.exec(file)?.[1];
}
