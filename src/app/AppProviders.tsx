import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LocationContext, type LocationStore } from '../lib/location.ts';

/** Everything the app reads from around it: one place, shared by the browser entry, tests and prerendering. */
export function AppProviders(props: { queryClient: QueryClient; location: LocationStore; children: ReactNode }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <LocationContext.Provider value={props.location}>{props.children}</LocationContext.Provider>
    </QueryClientProvider>
  );
}
