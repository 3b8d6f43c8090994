// Each kind of page is a chunk of its own: the library's pages do not carry the reader, nor an article's
// pages the library. The page being opened has its chunk loaded before the app starts (boot.tsx).
import type { ParsedRoute } from '../core/url-state.ts';
import { codeChunk } from './code-chunk.ts';

const reader = codeChunk(() => import('./ReaderPage.tsx'));
const library = codeChunk(() => import('./LibraryPages.tsx'));

export const ReaderPage = reader.component((m) => m.ReaderPage);
export const LibraryPage = library.component((m) => m.LibraryPage);
export const SharedSourcePage = library.component((m) => m.SharedSourcePage);

/** Loads the code of the page a route shows (none for a path Tally has no page for). */
export function loadPageCode(route: ParsedRoute): Promise<unknown> {
  if (route.kind === 'not-found') return Promise.resolve();
  return route.articleId === undefined ? library.load() : reader.load();
}
