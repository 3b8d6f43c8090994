// The Studio composed with the reader's own comparison, so that the preview is exactly what readers see.
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Studio } from '../features/studio/Studio.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { StudioPreview } from './StudioPreview.tsx';
import './app.css';

export function StudioPage() {
  // The published packs "Edit in Studio" opens are loaded as readers' are: through TanStack Query.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Studio renderPreview={(pack, claimId) => <StudioPreview pack={pack} claimId={claimId} />} />
    </QueryClientProvider>
  );
}
