// Starts the app: hydrates a prerendered page in place, or renders into an empty one (404.html, dev server).
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AppProviders } from './app/AppProviders.tsx';
import { loadPanels, type PanelComponents } from './app/panel-components.ts';
import { EMBEDDED_DATA_ID, type EmbeddedData } from './core/embedded-page-data.ts';
import { seedQueryCache } from './data/embedded-data.ts';
import { browserLocation } from './lib/location.ts';
import { panelIsOnPage } from './lib/page-contract.ts';
import { createQueryClient } from './lib/query-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function embeddedData(): EmbeddedData | undefined {
  const text = document.getElementById(EMBEDDED_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as EmbeddedData;
  } catch {
    return undefined;
  }
}

performance.mark('tally:boot');
const embedded = embeddedData();
performance.mark('tally:parsed');
const queryClient = createQueryClient();
if (embedded) seedQueryCache(queryClient, embedded);
performance.mark('tally:seeded');

const location = browserLocation(embedded?.path);
const app = (panels?: PanelComponents) => (
  <StrictMode>
    <AppProviders queryClient={queryClient} location={location} panels={panels}>
      <App />
    </AppProviders>
  </StrictMode>
);

// A prerendered page is hydrated in place; 404.html and the dev server start from an empty root.
if (embedded && container.firstElementChild) {
  // A page prerendered with a panel open hydrates once the panel's code is here (the build preloads it),
  // so that the whole page comes alive at once, with nothing left waiting.
  // As a transition, hydration yields to the browser every few milliseconds instead of one long task.
  const hydrate = (panels?: PanelComponents) => startTransition(() => void hydrateRoot(container, app(panels)));
  if (panelIsOnPage()) loadPanels().then(hydrate, () => hydrate());
  else hydrate();
} else {
  createRoot(container).render(app());
}
