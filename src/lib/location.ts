// The only place that touches window.location and history. Components read the path through
// usePath/useRoute, so the same components render in Node (a memory location) and in the browser.
import { createContext, useCallback, useContext, useSyncExternalStore, type MouseEvent } from 'react';
import { parseRoute, type ParsedRoute } from '../core/url-state.ts';

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

/** The app's base path, e.g. "/" or "/tally/", as the build was configured. */
export const BASE_PATH: string = import.meta.env.BASE_URL;

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

  window.addEventListener('popstate', (event) => {
    navigated = true;
    positions.set(key, window.scrollY);
    key = keyOf(event.state) ?? newKey();
    const y = positions.get(key);
    if (y !== undefined) window.scrollTo(0, y);
    notify();
  });
  const getPath = () => window.location.pathname + window.location.search;
  return {
    getPath,
    getServerPath: () => prerenderedPath ?? getPath(),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    navigate(path) {
      if (path === window.location.pathname + window.location.search) return;
      navigated = true;
      positions.set(key, window.scrollY);
      key = newKey();
      window.history.pushState({ key }, '', path);
      notify();
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

/**
 * A highlight's state: its claim closed, open, or open on this very report; or, while a source's card
 * is open, marked as that source's words or dimmed.
 */
export type HighlightState = 'closed' | 'open' | 'current' | 'source' | 'dimmed';

/**
 * Highlight listeners grouped by claim: a navigation wakes only the highlights of the claims it opens
 * or closes (and, when a source card opens or closes, all of them), not every highlight of the article.
 */
function claimSubscriptions(store: LocationStore) {
  const byClaim = new Map<string, Set<() => void>>();
  let route = routeOf(store.getPath());
  store.subscribe(() => {
    const previous = route;
    route = routeOf(store.getPath());
    if (previous === route) return;
    const wake = (claimId: string | undefined) => claimId !== undefined && byClaim.get(claimId)?.forEach((listener) => listener());
    const sourceOf = (r: ParsedRoute) => (r.kind === 'reader' ? r.sourceId : undefined);
    const claimOf = (r: ParsedRoute) => (r.kind === 'reader' ? r.claimId : undefined);
    if (sourceOf(previous) !== sourceOf(route)) {
      byClaim.forEach((listeners) => listeners.forEach((listener) => listener()));
      return;
    }
    wake(claimOf(previous));
    if (claimOf(route) !== claimOf(previous)) wake(claimOf(route));
  });
  return (claimId: string, onChange: () => void) => {
    let listeners = byClaim.get(claimId);
    if (!listeners) byClaim.set(claimId, (listeners = new Set()));
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  };
}

const subscriptionsByStore = new WeakMap<LocationStore, ReturnType<typeof claimSubscriptions>>();

/**
 * The state of one report's highlight. Each highlight subscribes on its own, so opening a claim
 * re-renders only the highlights whose state changed, not the whole article.
 * `sourceIds` is the report's sources joined by spaces (a string keeps the subscription stable).
 */
export function useHighlightState(claimId: string, reportId: string, sourceIds: string): HighlightState {
  const store = useLocationStore();
  let subscribeClaim = subscriptionsByStore.get(store);
  if (!subscribeClaim) subscriptionsByStore.set(store, (subscribeClaim = claimSubscriptions(store)));
  const subscribe = useCallback((onChange: () => void) => subscribeClaim(claimId, onChange), [subscribeClaim, claimId]);
  const stateAt = (path: string): HighlightState => {
    const route = routeOf(path);
    if (route.kind !== 'reader') return 'closed';
    if (route.sourceId !== undefined) return sourceIds.split(' ').includes(route.sourceId) ? 'source' : 'dimmed';
    if (route.claimId !== claimId) return 'closed';
    return route.reportId === reportId ? 'current' : 'open';
  };
  return useSyncExternalStore(
    subscribe,
    () => stateAt(store.getPath()),
    () => stateAt(store.getServerPath()),
  );
}

/** A plain left click: new-tab and new-window clicks (with a modifier or another button) are the browser's. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * A click handler for in-app links: the URL changes without a page load, while new-tab and
 * new-window clicks are left to the browser.
 */
export function useLinkClick(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const store = useLocationStore();
  return useCallback(
    (event) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      store.navigate(event.currentTarget.pathname + event.currentTarget.search);
    },
    [store],
  );
}
