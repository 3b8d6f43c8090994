// The data a prerendered page was drawn from travels inside the page, so that the app starts with it
// in its query cache: the first render matches the HTML, and nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import type { EmbeddedData } from '../core/embedded-page-data.ts';
import { articleIdOfFile } from '../core/data-files.ts';

/**
 * Puts each embedded file in the query cache, validated exactly as a fetched file would be. A file that
 * does not validate is left out, so the app fetches it and reports the problem as usual.
 * NOTE: each kind of file's reader is imported when a page carries one, so that a library page does not
 * load the article's checks, nor an article page the library's (they ship with the page's own code).
 */
export async function seedQueryCache(queryClient: QueryClient, { files, anchorStarts, findings }: Pick<EmbeddedData, 'files' | 'anchorStarts' | 'findings'>): Promise<void> {
  const setData = (key: readonly unknown[], data: unknown) => queryClient.setQueryData(key, data);
  await Promise.all(
    Object.entries(files).map(async ([file, json]) => {
      try {
        const articleId = articleIdOfFile(file);
        if (articleId) {
          const { seedArticleFile } = await import('./article-queries.ts');
          await seedArticleFile(articleId, file, json, { anchorStarts: anchorStarts?.[file], findings: findings?.[file] }, setData);
        } else {
          const { seedLibraryFile } = await import('./library-queries.ts');
          seedLibraryFile(file, json, setData);
        }
      } catch {
        // Left to the normal fetch, which shows the error.
      }
    }),
  );
}
