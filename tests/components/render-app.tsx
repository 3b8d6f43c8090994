// Renders the whole app in jsdom with a memory location and a fetch that serves the given files.
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { AppProviders } from '../../src/app/AppProviders.tsx';
import { memoryLocation } from '../../src/lib/location.ts';
import { createQueryClient } from '../../src/lib/query-client.ts';
import { aleppoJson, ARTICLE_FILE, libraryJson } from '../fixtures/aleppo.ts';

/** Path → JSON value, raw text, or a function answering each attempt. */
export type Served = Record<string, unknown>;

export function defaultFiles(): Served {
  return { 'data/library.json': libraryJson(), [ARTICLE_FILE]: aleppoJson() };
}

/** A fetch answering from `files`: a function answers per attempt, a string is sent as raw text. */
export function fakeFetch(files: Served) {
  const attempts = new Map<string, number>();
  return vi.fn((input: string) => {
    const path = input.replace(/^\//, '');
    const attempt = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, attempt);
    const body = files[path];
    if (body === undefined) return Promise.resolve(new Response('Not found', { status: 404 }));
    if (typeof body === 'function') return Promise.resolve((body as (n: number) => Response)(attempt));
    return Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 }));
  });
}

export function renderApp(path: string, files: Served = defaultFiles()) {
  const fetch = fakeFetch(files);
  vi.stubGlobal('fetch', fetch);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const location = memoryLocation(path);
  const result = render(
    <AppProviders queryClient={queryClient} location={location}>
      <App />
    </AppProviders>,
  );
  return { ...result, location, fetch };
}
