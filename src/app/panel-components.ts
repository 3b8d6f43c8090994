// "The panels": the code not needed to read the article (the panels that open beside it, the share bar,
// the offer of a passage link, the hover preview, the entries of the lists), one chunk (panels.ts) loaded
// apart, on the reader's intent. At build time they are supplied ready, so the markup is complete.
// A page prerendered with a panel open keeps its panel's HTML, links and all, until the reader shows intent:
// React leaves a Suspense boundary that suspends while hydrating as it is, and hydrates it once its code is here.
import { createContext, useContext, useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { inPanel, opensPanels } from '../lib/page-contract.ts';
import { codeChunk } from './code-chunk.ts';
import { isPanelLive, whenPanelLive } from './panel-live.ts';
import type * as Panels from './panels.ts';

type Names = 'OpenComparison' | 'OpenSourceCard' | 'PassageLink' | 'HighlightPreview' | 'ClaimList' | 'SourceLinks' | 'DownloadFigures' | 'PageHead';
/** The panel components, loaded or to be loaded: typed by their props. */
export type PanelComponents = { [Name in Names]: ComponentType<ComponentProps<(typeof Panels)[Name]>> };

const panels = codeChunk<PanelComponents>(() => import('./panels.ts'));

let arrived: (module: PanelComponents) => void = () => undefined;
/** Resolves once the panels' code is here; never fails (a failed fetch is tried again on the next intent). */
const whenArrived = new Promise<PanelComponents>((resolve) => (arrived = resolve));
/** True on a prerendered page: what it was drawn with waits for the reader's intent to load its code. */
let hydrating = false;

/** Fetches the panels' code (once), and lets the parts of the page waiting for it hydrate. */
export const loadPanels = (): Promise<PanelComponents> =>
  panels.load().then((module) => {
    arrived(module);
    return module;
  });

/** A page's HTML is about to be hydrated: its panels and lists keep their HTML until the reader's intent. */
export function hydrateOnIntent(): void {
  hydrating = true;
}

// NOTE: React hydrates a page's Suspense boundaries after the page itself, so the page's own panels and
// lists are first drawn after the app has started. Anything the reader opens later comes with intent (a
// pointer, a key) or a move through history (useLoadPanelsOnMove), which both load the code at once.
// A prerendered part waiting for its code keeps its HTML, even if a fetch of the code fails.
const untilWanted = () => (hydrating ? whenArrived : loadPanels());

const lazyPanels: PanelComponents = {
  OpenComparison: panels.component((m) => m.OpenComparison, untilWanted),
  OpenSourceCard: panels.component((m) => m.OpenSourceCard, untilWanted),
  PassageLink: panels.component((m) => m.PassageLink, untilWanted),
  HighlightPreview: panels.component((m) => m.HighlightPreview, untilWanted),
  ClaimList: panels.component((m) => m.ClaimList, untilWanted),
  SourceLinks: panels.component((m) => m.SourceLinks, untilWanted),
  DownloadFigures: panels.component((m) => m.DownloadFigures, untilWanted),
  PageHead: panels.component((m) => m.PageHead, untilWanted),
};

export const PanelComponentsContext = createContext<PanelComponents>(lazyPanels);

export function usePanelComponents(): PanelComponents {
  return useContext(PanelComponentsContext);
}

const plainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A press on a link or button of a prerendered panel before its code is here (React can only hydrate the
 * panel once it has come) waits for the code and is then given to the panel, so that it does what it does
 * once the app runs (a link to a report focuses its words; Copy link copies). Should the code fail to
 * come, a link is followed as a plain link.
 */
function replayEarlyPress(event: MouseEvent): void {
  if (isPanelLive()) return document.removeEventListener('click', replayEarlyPress, true);
  const control = event.target instanceof Element ? event.target.closest('a[href], button') : null;
  // With the code here, React hydrates the panel at once and delivers the press itself.
  if (!control || !inPanel(control) || panels.isLoaded() || !plainClick(event)) return;
  event.preventDefault();
  loadPanels().then(
    () => whenPanelLive.then(() => (control as HTMLElement).click()),
    () => control instanceof HTMLAnchorElement && window.location.assign(control.href),
  );
}

let earlyChoice: HTMLInputElement | undefined;

/**
 * A choice made in a prerendered panel before its code is here (a radio of "One headline figure?", by click or
 * arrow keys) is shown by the browser at once, but hydration would set the controls back to the panel's first
 * state. The last such choice is made again once the panel is live, so the reader's choice stands.
 */
function keepEarlyChoice(event: Event): void {
  if (isPanelLive()) return document.removeEventListener('change', keepEarlyChoice, true);
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !inPanel(input)) return;
  earlyChoice = input;
  loadPanels().then(
    () =>
      whenPanelLive.then(() => {
        if (earlyChoice !== input || !input.isConnected) return;
        // Hydration leaves the browser's checked radio as it is while the panel's state is still the first
        // choice: uncheck it and press it, so that the panel hears the choice as the reader made it.
        input.checked = false;
        input.click();
      }),
    () => undefined,
  );
}

/** The reader moved (a link, Back or Forward): whatever the new place shows needs the panels' code. */
export function useLoadPanelsOnMove(moved: boolean, place: unknown): void {
  useEffect(() => {
    if (moved) loadPanels().catch(() => undefined);
  }, [moved, place]);
}

/**
 * Fetches the panels' code once the reader shows they may soon need it — a pointer over or focus on
 * something that opens a panel (a highlight, a claim's or source's link, the open panel itself), a press
 * or a key anywhere, a selection of words — rather than when the browser is idle: a phone that only
 * reads never pays for it (docs/performance.md). True once it is here (the offer of passage links starts
 * then, and says so on the page: see markPanelsLoaded).
 */
export function usePanelsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const intents: [keyof DocumentEventMap, (event: Event) => void][] = [
      ['pointerover', (event) => isPanelIntent(event.target) && load()],
      ['focusin', (event) => isPanelIntent(event.target) && load()],
      ['pointerdown', load],
      ['keydown', load],
      ['selectionchange', () => document.getSelection()?.isCollapsed === false && load()],
    ];
    const stop = () => {
      for (const [type, listener] of intents) document.removeEventListener(type, listener, true);
    };
    function load() {
      stop();
      loadPanels().then(
        () => setLoaded(true),
        // Offline, say: the page stays as it is (its links work) and the next intent tries again.
        () => listen(),
      );
    }
    const listen = () => {
      for (const [type, listener] of intents) document.addEventListener(type, listener, { capture: true, passive: true });
    };
    listen();
    document.addEventListener('click', replayEarlyPress, true);
    document.addEventListener('change', keepEarlyChoice, true);
    return () => {
      stop();
      document.removeEventListener('click', replayEarlyPress, true);
      document.removeEventListener('change', keepEarlyChoice, true);
    };
  }, []);
  return loaded;
}

const isPanelIntent = (target: EventTarget | null) => target instanceof Element && opensPanels(target);
