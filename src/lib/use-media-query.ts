import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches. On the server and during hydration it answers `serverValue`, so
 * prerendered HTML and the first client render agree; React then re-renders with the real answer.
 */
export function useMediaQuery(query: string, serverValue: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}
