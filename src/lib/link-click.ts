// In-app links: a plain click changes the URL without a page load; every other click is the browser's.
import { useCallback, type MouseEvent } from 'react';
import { useLocationStore } from './location.ts';

/** A plain left click: new-tab and new-window clicks (with a modifier or another button) are the browser's. */
export function isPlainClick(event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>): boolean {
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
