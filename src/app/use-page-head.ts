// Keeps the page's title and description what the build wrote for the same URL, as the reader moves:
// both come from pageMeta over what is open, so a page keeps the title it was built with.
import { useEffect } from 'react';
import type { OpenState } from '../core/open-state.ts';
import { pageMeta } from '../core/page-meta.ts';
import type { ReadableArticle } from '../core/readable-article.ts';
import type { ReaderRoute } from '../core/url-state.ts';
import { afterPaint } from '../lib/after-paint.ts';
import { BASE_PATH } from '../lib/base-path.ts';

export function usePageHead(readable: ReadableArticle, route: ReaderRoute, open: OpenState): void {
  const { title, description } = pageMeta(readable, route, BASE_PATH, open);
  // After the paint: what the reader opened is drawn first (a new title costs the browser a few milliseconds).
  useEffect(
    () =>
      afterPaint(() => {
        document.title = title;
        document.querySelector('meta[name="description"]')?.setAttribute('content', description);
      }),
    [title, description],
  );
}

/**
 * The page's head as a part drawn with the panels' code (panels.ts): a page arrives with its own title,
 * which changes only once the reader moves, and moving brings that code.
 */
export function PageHead({ readable, route, open }: { readable: ReadableArticle; route: ReaderRoute; open: OpenState }): null {
  usePageHead(readable, route, open);
  return null;
}
