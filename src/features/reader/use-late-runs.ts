// A prerendered article's runs of blocks after the first are hydrated only as they near the viewport, or
// as soon as the reader reaches into one (a click, a key, focus, the pointer): a long article read from
// its top costs the page little more than the run on screen. A run not yet hydrated is the prerendered
// HTML, whole: it reads, its links work as plain links, find-in-page and links to its words reach it.
import { use, useEffect, useSyncExternalStore, type RefObject } from 'react';
import type { ReadableArticle } from '../../core/readable-article.ts';
import { articleRuns, runOf } from '../../lib/page-contract.ts';

/** How far ahead of the viewport a run is hydrated: a screen's height above and below. */
const AHEAD = '100% 0px';

/**
 * Every event React would hold back from a part of the page it has not hydrated (discrete ones, which it
 * tries to hydrate the part for at once, and continuous ones, which it delays). Seen first, on the
 * document's capture phase, they let the run go, so that React's attempt succeeds and nothing is lost.
 */
const REACHING_IN = [
  'pointerdown',
  'mousedown',
  'touchstart',
  'keydown',
  'focusin',
  'pointerover',
  'mouseover',
  'dragstart',
  'dragenter',
  'contextmenu',
  'copy',
  'cut',
  'paste',
  'input',
  'click',
] as const;

/** A promise React reads with `use`, and whether it has been let go. */
interface Release {
  promise: Promise<void>;
  resolve: () => void;
  released: boolean;
}

const releases = new WeakMap<ReadableArticle, Map<number, Release>>();

function releaseOf(readable: ReadableArticle, from: number) {
  let byRun = releases.get(readable);
  if (!byRun) {
    byRun = new Map();
    releases.set(readable, byRun);
  }
  let release = byRun.get(from);
  if (!release) {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    release = { promise, resolve, released: false };
    byRun.set(from, release);
  }
  return release;
}

/** Lets the run that begins at block `from` be hydrated (at once, if React is trying to). */
export function releaseRun(readable: ReadableArticle, from: number): void {
  const release = releaseOf(readable, from);
  if (release.released) return;
  release.released = true;
  // The status React itself would set once the promise settles, set now: a run React is hydrating at
  // once, for an event in it, must not wait for the promise's callbacks.
  void Object.assign(release.promise, { status: 'fulfilled', value: undefined });
  release.resolve();
}

const subscribeToNothing = () => () => {};

/**
 * Holds the hydration of the run that begins at block `from` until it is released. Called inside the
 * run's Suspense boundary. Only a prerendered run waits: drawn in the browser (the dev server, another
 * article opened in the page), or at build time, a run is drawn at once.
 */
export function useHydrationHold(readable: ReadableArticle, from: number): void {
  // True while React is hydrating (it reads the server's answer then), false when it draws.
  const hydrating = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  if (hydrating && typeof document !== 'undefined') use(releaseOf(readable, from).promise);
}

/**
 * Releases the article's runs as they near the viewport, and the run the reader reaches into at once.
 * Without IntersectionObserver, every run is released.
 */
export function useLateRuns(readable: ReadableArticle, article: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = article.current;
    if (!root) return;
    const runs = articleRuns(root);
    if (typeof IntersectionObserver === 'undefined') {
      for (const run of runs) releaseRun(readable, Number(run.dataset.run));
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          const from = runOf(entry.target);
          if (from !== undefined) releaseRun(readable, from);
        }
      },
      { rootMargin: AHEAD },
    );
    for (const run of runs) observer.observe(run);
    const reachIn = (event: Event) => {
      const from = runOf(event.target);
      if (from !== undefined) releaseRun(readable, from);
    };
    for (const type of REACHING_IN) document.addEventListener(type, reachIn, { capture: true, passive: true });
    return () => {
      observer.disconnect();
      for (const type of REACHING_IN) document.removeEventListener(type, reachIn, { capture: true });
    };
  }, [readable, article]);
}
