import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LocationContext, type LocationStore } from '../lib/location.ts';
import { PanelComponentsContext, usePanelComponents, type PanelComponents } from './panel-components.ts';

interface AppProvidersProps {
  queryClient: QueryClient;
  location: LocationStore;
  /** Panel components already loaded; by default they load on demand. */
  panels?: PanelComponents;
  children: ReactNode;
}

/** Everything the app reads from around it: one place, shared by the browser entry, tests and prerendering. */
export function AppProviders(props: AppProvidersProps) {
  const onDemand = usePanelComponents();
  return (
    <QueryClientProvider client={props.queryClient}>
      <LocationContext.Provider value={props.location}>
        <PanelComponentsContext.Provider value={props.panels ?? onDemand}>{props.children}</PanelComponentsContext.Provider>
      </LocationContext.Provider>
    </QueryClientProvider>
  );
}
