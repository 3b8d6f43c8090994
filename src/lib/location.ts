// The only place that touches window.location and history. Components read the path through
// usePath/useRoute, so the same components render in Node (a memory location) and in the browser.
// What the route opens is core/open-state.ts; in-app link clicks are link-click.ts.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { parseRoute, type ParsedRoute } from '../core/url-state.ts';
import { afterPaint } from './after-paint.ts';
import { BASE_PATH } from './base-path.ts';

export interface LocationStore {
  /** The path and query string: "/aleppo-2016-09-23/death-toll/?q=…". */
  getPath: () => string;
  /**
   * The path the page was prerendered for. Hydration renders that first, so the markup matches the HTML;
   * React then re-renders for the real path if it differs (a quoted passage in the query, say).
   */
  getServerPath: () => string;
  subscribe: (onChange: () => void) => () => void;
  /** Goes to `path`; going to the path already shown adds no history entry. */
  navigate: (path: string) => void;
  /** Whether the reader has moved since the page loaded (a link, Back or Forward): not at first render. */
  hasNavigated: () => boolean;
}

/**
 * The browser's location. Scroll positions are kept per history entry and restored on Back and Forward
 * before the app redraws, so that the reader returns to where they were; the reader then makes sure the
 * open claim's words are in view.
 */
export function browserLocation(prerenderedPath?: string): LocationStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const positions = new Map<string, number>();
  const newKey = () => Math.random().toString(36).slice(2);
  const keyOf = (state: unknown) =>
    typeof state === 'object' && state !== null && 'key' in state && typeof state.key === 'string' ? state.key : undefined;

  let key = keyOf(window.history.state) ?? newKey();
  let navigated = false;
  window.history.replaceState({ key }, '');
  window.history.scrollRestoration = 'manual';

  // Moves not yet in the browser's history: each is pushed after the frame that draws it (see navigate).
  const unpushed: { key: string; path: string }[] = [];
  const pushMoves = () => {
    for (const move of unpushed.splice(0)) window.history.pushState({ key: move.key }, '', move.path);
  };

  window.addEventListener('popstate', (event) => {
    // Back or Forward within the frame of a move: that move never reached the history.
    unpushed.length = 0;
    navigated = true;
    positions.set(key, window.scrollY);
    key = keyOf(event.state) ?? newKey();
    const y = positions.get(key);
    if (y !== undefined) window.scrollTo(0, y);
    notify();
  });
  const getPath = () => unpushed.at(-1)?.path ?? window.location.pathname + window.location.search;
  return {
    getPath,
    getServerPath: () => prerenderedPath ?? getPath(),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    navigate(path) {
      if (path === getPath()) return;
      navigated = true;
      positions.set(key, window.scrollY);
      key = newKey();
      unpushed.push({ key, path });
      notify();
      // The history entry is added once the frame showing the move is painted: pushing one costs the browser
      // several milliseconds that the reader's click should not wait for. The app reads the path from here.
      if (unpushed.length === 1) afterPaint(pushMoves);
    },
    hasNavigated: () => navigated,
  };
}

/** A location held in memory: for tests and for rendering pages at build time. */
export function memoryLocation(initialPath: string): LocationStore & { history: string[] } {
  const listeners = new Set<() => void>();
  const history = [initialPath];
  return {
    history,
    getPath: () => history.at(-1)!,
    getServerPath: () => history[0]!,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    navigate(path) {
      if (path === history.at(-1)) return;
      history.push(path);
      listeners.forEach((listener) => listener());
    },
    hasNavigated: () => history.length > 1,
  };
}

export const LocationContext = createContext<LocationStore | null>(null);

export function useLocationStore(): LocationStore {
  const store = useContext(LocationContext);
  if (!store) throw new Error('useLocationStore needs a <LocationContext.Provider>');
  return store;
}

export function usePath(): string {
  const store = useLocationStore();
  return useSyncExternalStore(store.subscribe, store.getPath, store.getServerPath);
}

let lastParsed: { path: string; route: ParsedRoute } | undefined;

/**
 * The route for a path, parsed once per path: every highlight asks on every navigation, and with a
 * thousand claims that is thousands of asks for the same answer.
 */
export function routeOf(path: string): ParsedRoute {
  if (lastParsed?.path !== path) lastParsed = { path, route: parseRoute(path, BASE_PATH) };
  return lastParsed.route;
}

export function useRoute(): ParsedRoute {
  return routeOf(usePath());
}
