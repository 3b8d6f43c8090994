// The benchmark's floor: a bare client-rendered app of react, react-dom and @tanstack/react-query that
// renders one string from one fetched JSON file. Tally is measured next to it, built in the same run.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

function Text() {
  const { data } = useQuery({
    queryKey: ['text'],
    queryFn: async () => ((await (await fetch('./text.json')).json()) as { text: string }).text,
  });
  return createElement('main', null, createElement('h1', null, data ?? 'Loading…'));
}

createRoot(document.getElementById('root')!).render(
  createElement(QueryClientProvider, { client: new QueryClient() }, createElement(Text)),
);
