// Whether an open panel is drawn by its own code yet (hydrated, or opened by the reader): until then, a
// prerendered panel is only its HTML (panel-components.ts).
import { useEffect } from 'react';

let live = false;
let goLive: () => void = () => undefined;

/** Resolves once an open panel is live. */
export const whenPanelLive = new Promise<void>((resolve) => (goLive = resolve));

export const isPanelLive = (): boolean => live;

/** Called by an open panel's own code once it is on the page. */
export function usePanelLive(): void {
  useEffect(() => {
    live = true;
    goLive();
  }, []);
}
