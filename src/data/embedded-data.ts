// The data a prerendered page was drawn from travels inside the page, so that the app starts with it
// in its query cache: the first render matches the HTML, and nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import { parseArticleFile } from '../core/parse-article-file.ts';
import { readableArticle } from '../core/readable-article.ts';
import type { EmbeddedData } from '../core/embedded-page-data.ts';
import { articleIdOfFile } from '../core/data-files.ts';
import { articleQuery } from './article-queries.ts';
import { seedLibraryFile } from './library-queries.ts';

/**
 * Puts each embedded file in the query cache, validated exactly as a fetched file would be. A file that
 * does not validate is left out, so the app fetches it and reports the problem as usual.
 */
export function seedQueryCache(queryClient: QueryClient, { files, anchorStarts }: Pick<EmbeddedData, 'files' | 'anchorStarts'>): void {
  for (const [file, json] of Object.entries(files)) {
    try {
      if (seedLibraryFile(file, json, (key, data) => queryClient.setQueryData(key, data))) continue;
      const articleId = articleIdOfFile(file);
      if (articleId) {
        const readable = readableArticle(parseArticleFile(json, file), anchorStarts?.[file]);
        queryClient.setQueryData(articleQuery(articleId).queryKey, readable);
      }
    } catch {
      // Left to the normal fetch, which shows the error.
    }
  }
}
