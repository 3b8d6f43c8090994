import { useSyncExternalStore } from 'react';
import type { SaveStatus as Status } from './use-draft-history.ts';

/**
 * "Saved in this browser" or "Saving…": the one line that follows each write, re-rendered alone. Not a live
 * region, so that a screen reader is not told of a save after every keystroke.
 */
export function SaveStatus({ status }: { status: Status }) {
  const saved = useSyncExternalStore(status.subscribe, status.saved);
  return (
    <p className="studio-save-status studio-hint" data-saved={saved}>
      {saved ? 'All changes saved in this browser.' : 'Saving…'}
    </p>
  );
}
