// Starts the app: hydrates a prerendered page in place, or renders into an empty one (404.html, dev server).
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AppProviders } from './app/AppProviders.tsx';
import { hydrateOnIntent, loadPanels } from './app/panel-components.ts';
import { EMBEDDED_DATA_ID, type EmbeddedData } from './core/embedded-page-data.ts';
import { seedQueryCache } from './data/embedded-data.ts';
import { browserLocation } from './lib/location.ts';
import { createQueryClient } from './lib/query-client.ts';
import { panelIsOnPage } from './lib/page-contract.ts';
import { WIDE_LAYOUT_QUERY } from './ui/layout.ts';
import { loadPageCode } from './app/page-chunks.ts';
import { parseRoute } from './core/url-state.ts';
import { BASE_PATH } from './lib/base-path.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container: HTMLElement = root;

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
// NOTE: not awaited at the top level: the page's chunk imports this one, which must finish evaluating first.
// The parsed data is handed to start() rather than kept by this module: once it is in the query cache
// (validated, as the app's own copy) the parsed JSON can go, which for a long article is megabytes.
void start(embeddedData());

async function start(embedded: EmbeddedData | undefined) {
  performance.mark('tally:parsed');
  const queryClient = createQueryClient();
  const location = browserLocation(embedded?.path);
  // A phone shows an open panel as a modal sheet, which needs its code: the prerendered sheet covers the
  // text without holding focus. A wide screen's side panel is whole as prerendered, and hydrates on intent.
  const panelNow = panelIsOnPage() && !window.matchMedia(WIDE_LAYOUT_QUERY).matches;
  // The page's own code (the reader or the library) arrives with its data checked, before the first render.
  await Promise.all([
    loadPageCode(parseRoute(location.getServerPath(), BASE_PATH)),
    embedded && seedQueryCache(queryClient, embedded),
    panelNow && loadPanels().catch(() => undefined),
  ]);
  performance.mark('tally:seeded');
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient} location={location}>
        <App />
      </AppProviders>
    </StrictMode>
  );

  // A prerendered page is hydrated in place; 404.html and the dev server start from an empty root.
  if (embedded && container.firstElementChild) {
    // What the panels' code draws (an open panel, the list of claims' entries) keeps its HTML, and its links
    // work, until the reader shows intent (panel-components.ts): a page left alone never loads that code.
    hydrateOnIntent();
    // As a transition, hydration yields to the browser every few milliseconds instead of one long task.
    startTransition(() => void hydrateRoot(container, app));
  } else {
    createRoot(container).render(app);
  }
}
