// One queryOptions factory per data file, beside its fetcher. Validation happens here, at the boundary.
import { queryOptions } from '@tanstack/react-query';
import { parseArticleFile } from '../core/parse-article-file.ts';
import { readableArticle } from '../core/readable-article.ts';
import { articleFile } from '../core/data-files.ts';
import { fetchDataFile } from './fetch-data-file.ts';

export function articleQuery(articleId: string) {
  const file = articleFile(articleId);
  return queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ signal }) => readableArticle(parseArticleFile(await fetchDataFile(file, signal), file)),
    // The result holds Maps; there is nothing to share structurally between two versions of a static file.
    structuralSharing: false,
  });
}

/**
 * An article's file carried in a prerendered page, put in the query cache under its query's key: validated
 * as a fetched file is, its quotes checked word for word at the positions the build found them.
 */
export function seedArticleFile(
  articleId: string,
  file: string,
  json: unknown,
  anchorStarts: Record<string, number> | undefined,
  setData: (key: readonly unknown[], data: unknown) => void,
): void {
  setData(articleQuery(articleId).queryKey, readableArticle(parseArticleFile(json, file), anchorStarts));
}
