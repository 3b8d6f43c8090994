// Renders one page to HTML at build time, with the same components as the browser and its data in place.
import { prerender } from 'react-dom/static';
import { App } from './app/App.tsx';
import { AppProviders } from './app/AppProviders.tsx';
import * as panels from './app/panels.ts';
import type { EmbeddedData } from './core/embedded-page-data.ts';
import { seedQueryCache } from './data/embedded-data.ts';
import { memoryLocation } from './lib/location.ts';
import { createQueryClient } from './lib/query-client.ts';

/** A Suspense boundary that was still waiting when the HTML was written (its content would then need a script). */
const PENDING_BOUNDARY = '<!--$?-->';

export async function renderPage(data: EmbeddedData): Promise<string> {
  const queryClient = createQueryClient();
  await seedQueryCache(queryClient, data);
  // Panels are supplied ready, so the HTML is complete and shows with scripts off.
  const { prelude } = await prerender(
    <AppProviders queryClient={queryClient} location={memoryLocation(data.path)} panels={panels}>
      <App />
    </AppProviders>,
    // Large finished parts would otherwise be written apart and moved into place by a script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  if (html.includes(PENDING_BOUNDARY)) throw new Error(`${data.path}: part of the page was still loading when it was written`);
  return html;
}
