// Where Tally's data files live, relative to the site's root: the packs, and the files the build derives
// from them (the library's index and each shared source). The one owner of these paths, for the app's
// fetches, the data a page carries, the build and the command line.

/** The folder of packs, one `{id}.json` per article; the build lists it (there is no hand-kept index). */
export const ARTICLES_DIR = 'data/articles';

/** Every published article, newest first, as the library lists them: written by the build. */
export const ARTICLE_INDEX_FILE = 'data/articles.json';

/** The library's first screen: the newest articles and how many there are in all. Written by the build. */
export const LIBRARY_FILE = 'data/library.json';

/** Everything one source shared across articles said, by its shared id. Written by the build. */
export function sharedSourceFile(sharedId: string): string {
  return `data/sources/${sharedId}.json`;
}

const SHARED_SOURCE_FILE = /^data\/sources\/([a-z0-9-]+)\.json$/;

/** The shared source a data file holds, or undefined if `file` is not a shared source's file. */
export function sharedSourceIdOfFile(file: string): string | undefined {
  return SHARED_SOURCE_FILE.exec(file)?.[1];
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
