// Keeps the page's title and description what the build wrote for the same URL, as the reader moves:
// both come from pageMeta over what is open, so a page keeps the title it was built with.
import { useEffect } from 'react';
import type { OpenState } from '../core/open-state.ts';
import { pageMeta } from '../core/page-meta.ts';
import type { ReadableArticle } from '../core/readable-article.ts';
import type { ReaderRoute } from '../core/url-state.ts';
import { BASE_PATH } from '../lib/base-path.ts';

export function usePageHead(readable: ReadableArticle, route: ReaderRoute, open: OpenState): void {
  const { title, description } = pageMeta(readable, route, BASE_PATH, open);
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);
}
