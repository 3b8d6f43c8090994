// Code that is a chunk of its own (a kind of page, the panels), fetched once and shared by everything
// that draws from it. A component from a chunk already here renders at once, with no fallback shown.
import { lazy, type ComponentType } from 'react';

export interface CodeChunk<M> {
  /** Fetches the chunk (once) and resolves with its module. */
  load: () => Promise<M>;
  /** Whether the chunk is here. */
  isLoaded: () => boolean;
  /**
   * A component of the chunk, for rendering inside a Suspense boundary: drawn at once if the chunk is
   * here, else once `until` (by default, `load`) resolves with it.
   */
  component: <P>(pick: (module: M) => ComponentType<P>, until?: () => Promise<M>) => ComponentType<P>;
}

export function codeChunk<M>(fetchChunk: () => Promise<M>): CodeChunk<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const load = () =>
    (pending ??= fetchChunk().then((module) => (loaded = module), (error: unknown) => {
      pending = undefined; // a failed fetch may be tried again
      throw error;
    }));
  return {
    load,
    isLoaded: () => loaded !== undefined,
    component: <P>(pick: (module: M) => ComponentType<P>, until = load) =>
      lazy(() => {
        // NOTE: a thenable that calls back at once lets React's lazy resolve in the same render, so a
        // chunk loaded ahead (boot.tsx loads the page's own before hydrating) never shows a fallback.
        const here = loaded;
        if (here !== undefined) {
          const now = { then: (resolve: (value: { default: ComponentType<P> }) => void) => resolve({ default: pick(here) }) };
          return now as unknown as Promise<{ default: ComponentType<P> }>;
        }
        return until().then((module) => ({ default: pick(module) }));
      }),
  };
}
