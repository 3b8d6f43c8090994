// "The panels": the code not needed to read the article (the panels that open beside it, the share bar
// and the offer of a passage link), one chunk (panels.ts) loaded apart, on the reader's intent. At build time, and when
// a page is prerendered with a panel open, they are supplied ready, so the markup is complete without waiting.
import { createContext, lazy, useContext, useEffect, useState, type ReactNode } from 'react';
import { blockOf, opensPanels } from '../lib/page-contract.ts';
import type * as Panels from './panels.ts';

type Component<Props> = (props: Props) => ReactNode;
type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;

/** The panel components, loaded or to be loaded: typed by their props. */
export interface PanelComponents {
  ComparisonPanel: Component<PropsOf<typeof Panels.ComparisonPanel>>;
  SourceCard: Component<PropsOf<typeof Panels.SourceCard>>;
  ShareBar: Component<PropsOf<typeof Panels.ShareBar>>;
  PassageLink: Component<PropsOf<typeof Panels.PassageLink>>;
  HighlightPreview: Component<PropsOf<typeof Panels.HighlightPreview>>;
}

export const loadPanels = (): Promise<PanelComponents> => import('./panels.ts');

const lazyPanels: PanelComponents = {
  ComparisonPanel: lazy(() => loadPanels().then((m) => ({ default: m.ComparisonPanel }))),
  SourceCard: lazy(() => loadPanels().then((m) => ({ default: m.SourceCard }))),
  ShareBar: lazy(() => loadPanels().then((m) => ({ default: m.ShareBar }))),
  PassageLink: lazy(() => loadPanels().then((m) => ({ default: m.PassageLink }))),
  HighlightPreview: lazy(() => loadPanels().then((m) => ({ default: m.HighlightPreview }))),
};

export const PanelComponentsContext = createContext<PanelComponents>(lazyPanels);

export function usePanelComponents(): PanelComponents {
  return useContext(PanelComponentsContext);
}

/**
 * Fetches the panels' code once the reader shows they may soon need it — a pointer over or focus on
 * something that opens a panel (a highlight, a claim's or source's link), a press in the article, a
 * selection of words — rather than when the browser is idle: a phone that only reads never pays for it
 * (docs/performance.md). True once it is here (the offer of passage links starts then, and says so on the
 * page: see markPanelsLoaded).
 */
export function usePanelsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const intents: [keyof DocumentEventMap, (event: Event) => void][] = [
      ['pointerover', (event) => isPanelIntent(event.target) && load()],
      ['focusin', (event) => isPanelIntent(event.target) && load()],
      ['pointerdown', (event) => (isPanelIntent(event.target) || inArticle(event.target)) && load()],
      ['selectionchange', () => document.getSelection()?.isCollapsed === false && load()],
    ];
    const stop = () => {
      for (const [type, listener] of intents) document.removeEventListener(type, listener, true);
    };
    const load = () => {
      stop();
      void loadPanels().then(() => setLoaded(true));
    };
    for (const [type, listener] of intents) document.addEventListener(type, listener, { capture: true, passive: true });
    return stop;
  }, []);
  return loaded;
}

const isPanelIntent = (target: EventTarget | null) => target instanceof Element && opensPanels(target);
const inArticle = (target: EventTarget | null) => target instanceof Node && blockOf(target) !== undefined;
