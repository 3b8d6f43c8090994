// The Studio's entry point: a page of its own (/studio/), so none of its code loads for a reader.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StudioPage } from './app/StudioPage.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('studio/index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StudioPage />
  </StrictMode>,
);
