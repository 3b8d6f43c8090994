// The Studio composed with the reader's own comparison, so that the preview is exactly what readers see.
import { Studio } from '../features/studio/Studio.tsx';
import { StudioPreview } from './StudioPreview.tsx';
import './app.css';

export function StudioPage() {
  return <Studio renderPreview={(pack, claimId) => <StudioPreview pack={pack} claimId={claimId} />} />;
}
