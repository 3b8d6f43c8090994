// The state of each highlight, from what the URL has open (core/open-state.ts), with one subscription
// per claim so that a navigation re-renders only the highlights whose state may change.
import { useCallback, useSyncExternalStore } from 'react';
import { highlightState, openState, type HighlightState, type OpenState } from '../../core/open-state.ts';
import type { ReadableArticle } from '../../core/readable-article.ts';
import type { ParsedRoute } from '../../core/url-state.ts';
import { routeOf, useLocationStore, type LocationStore } from '../../lib/location.ts';

const CLOSED: OpenState = { notices: [] };
const openByArticle = new WeakMap<ReadableArticle, Map<string, OpenState>>();

/**
 * What is open at `path`, worked out once per article and path: every highlight asks on every
 * navigation (and, while hydrating, for the prerendered path too).
 */
function openAt(readable: ReadableArticle, path: string): OpenState {
  let byPath = openByArticle.get(readable);
  if (!byPath) openByArticle.set(readable, (byPath = new Map<string, OpenState>()));
  let open = byPath.get(path);
  if (!open) {
    const route = routeOf(path);
    open = route.kind === 'reader' ? openState(readable, route) : CLOSED;
    // A few recent paths are enough: the one shown and the one prerendered.
    if (byPath.size > 8) byPath.clear();
    byPath.set(path, open);
  }
  return open;
}

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
export function useHighlightState(readable: ReadableArticle, claimId: string, reportId: string, sourceIds: string): HighlightState {
  const store = useLocationStore();
  let subscribeClaim = subscriptionsByStore.get(store);
  if (!subscribeClaim) subscriptionsByStore.set(store, (subscribeClaim = claimSubscriptions(store)));
  const subscribe = useCallback((onChange: () => void) => subscribeClaim(claimId, onChange), [subscribeClaim, claimId]);
  const stateAt = (path: string) => highlightState(openAt(readable, path), claimId, reportId, sourceIds.split(' '));
  return useSyncExternalStore(
    subscribe,
    () => stateAt(store.getPath()),
    () => stateAt(store.getServerPath()),
  );
}
