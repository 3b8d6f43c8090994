// Where Tally's data files live, relative to the site's root: the list of articles, and one file per
// article. The one owner of these paths, for the app's fetches, the data a page carries and the build.

/** The list of published articles, in the order the library shows them (the first is the default). */
export const ARTICLE_INDEX_FILE = 'data/articles.json';

/** One article's file: its text, sources and claims. */
export function articleFile(articleId: string): string {
  return `data/articles/${articleId}.json`;
}

const ARTICLE_FILE = /^data\/articles\/([a-z0-9-]+)\.json$/;

/** The article a data file holds, or undefined if `file` is not an article's file. */
export function articleIdOfFile(file: string): string | undefined {
  return ARTICLE_FILE.exec(file)?.[1];
}
