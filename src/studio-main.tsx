// The Studio's entry point: a page of its own (/studio/), so none of its code loads for a reader.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Studio } from './features/studio/Studio.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('studio/index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Studio />
  </StrictMode>,
);
