// One queryOptions factory per data file, beside its fetcher. Validation happens here, at the boundary.
import { queryOptions } from '@tanstack/react-query';
import { parseArticleFile, parseArticleIndex } from '../core/parse-article-file.ts';
import { readableArticle } from '../core/readable-article.ts';
import { ARTICLE_INDEX_FILE, articleFile } from '../core/data-files.ts';
import { fetchDataFile } from './fetch-data-file.ts';

export function articleIndexQuery() {
  return queryOptions({
    queryKey: ['article-index'],
    queryFn: async ({ signal }) => parseArticleIndex(await fetchDataFile(ARTICLE_INDEX_FILE, signal), ARTICLE_INDEX_FILE),
  });
}

export function articleQuery(articleId: string) {
  const file = articleFile(articleId);
  return queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ signal }) => readableArticle(parseArticleFile(await fetchDataFile(file, signal), file)),
    // The result holds Maps; there is nothing to share structurally between two versions of a static file.
    structuralSharing: false,
  });
}
