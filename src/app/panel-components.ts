// "The panels": the code not needed to read the article (the panels that open beside it, the share bar
// and the offer of a passage link), one chunk (panels.ts) loaded apart, on demand. At build time, and when
// a page is prerendered with a panel open, they are supplied ready, so the markup is complete without waiting.
import { createContext, lazy, useContext, useEffect, useState, type ReactNode } from 'react';
import type * as Panels from './panels.ts';

type Component<Props> = (props: Props) => ReactNode;
type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;

/** The panel components, loaded or to be loaded: typed by their props. */
export interface PanelComponents {
  ComparisonPanel: Component<PropsOf<typeof Panels.ComparisonPanel>>;
  SourceCard: Component<PropsOf<typeof Panels.SourceCard>>;
  ShareBar: Component<PropsOf<typeof Panels.ShareBar>>;
  PassageLink: Component<PropsOf<typeof Panels.PassageLink>>;
}

export const loadPanels = (): Promise<PanelComponents> => import('./panels.ts');

const lazyPanels: PanelComponents = {
  ComparisonPanel: lazy(() => loadPanels().then((m) => ({ default: m.ComparisonPanel }))),
  SourceCard: lazy(() => loadPanels().then((m) => ({ default: m.SourceCard }))),
  ShareBar: lazy(() => loadPanels().then((m) => ({ default: m.ShareBar }))),
  PassageLink: lazy(() => loadPanels().then((m) => ({ default: m.PassageLink }))),
};

export const PanelComponentsContext = createContext<PanelComponents>(lazyPanels);

export function usePanelComponents(): PanelComponents {
  return useContext(PanelComponentsContext);
}

/**
 * Once the article is interactive, fetches the panels' code while the browser is idle, so that a click
 * opens at once. True once it is here (the offer of passage links starts then, and says so on the page:
 * see markPanelsLoaded).
 */
export function usePanelsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const load = () =>
      void loadPanels().then(() => setLoaded(true));
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load);
    else setTimeout(load, 200);
  }, []);
  return loaded;
}
