// Renders one page to HTML at build time, with the same components as the browser and its data in place.
import { prerender } from 'react-dom/static';
import { App } from './app/App.tsx';
import { AppProviders } from './app/AppProviders.tsx';
import type { EmbeddedData } from './core/embedded-page-data.ts';
import { seedQueryCache } from './data/embedded-data.ts';
import { memoryLocation } from './lib/location.ts';
import { createQueryClient } from './lib/query-client.ts';

export async function renderPage(data: EmbeddedData): Promise<string> {
  const queryClient = createQueryClient();
  seedQueryCache(queryClient, data.files);
  const { prelude } = await prerender(
    <AppProviders queryClient={queryClient} location={memoryLocation(data.path)}>
      <App />
    </AppProviders>,
  );
  return new Response(prelude).text();
}
