import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { PackDraft } from '../../core/pack-draft.ts';
import { loadDraft, type Draft } from '../../data/draft-store.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { StartDraft } from './StartDraft.tsx';
import { useDraftHistory, type DraftState } from './use-draft-history.ts';
import './studio.css';

interface StudioProps {
  renderPreview: (pack: PackDraft, claimId: string) => ReactNode;
}

interface Open {
  key: string;
  start: DraftState;
}

/** The open draft is in the address (`/studio/?draft=…`), so a reload reopens it where the editor was. */
const DRAFT_PARAM = 'draft';

function draftInAddress(): string | undefined {
  return new URLSearchParams(window.location.search).get(DRAFT_PARAM) ?? undefined;
}

function showDraftInAddress(key: string | undefined) {
  const url = new URL(window.location.href);
  if (key) url.searchParams.set(DRAFT_PARAM, key);
  else url.searchParams.delete(DRAFT_PARAM);
  window.history.replaceState(null, '', url);
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The Studio: an editor starts an article, marks its claims and exports its pack. */
export function Studio({ renderPreview }: StudioProps) {
  const [open, setOpenState] = useState<Open | undefined>();
  const [saveError, setSaveError] = useState('');
  const [resuming, setResuming] = useState(() => draftInAddress() !== undefined);
  const setOpen = useCallback((next: Open | undefined) => {
    showDraftInAddress(next?.key);
    setOpenState(next);
  }, []);

  useEffect(() => {
    const key = draftInAddress();
    if (!key) return;
    let live = true;
    const resume = (draft: Draft | undefined) => {
      if (!live) return;
      setResuming(false);
      if (draft) setOpenState({ key: draft.key, start: { pack: draft.pack, address: draft.address } });
      else showDraftInAddress(undefined);
    };
    loadDraft(key).then(resume, () => resume(undefined));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="studio">
      <header className="studio-header">
        <h1>Tally Studio</h1>
        <p className="studio-hint">Everything stays in this browser until you export the pack. Every change is saved as you make it.</p>
      </header>
      {saveError && (
        <p role="alert" className="studio-problem">
          {saveError}
        </p>
      )}
      <main>
        {resuming ? (
          <p role="status">Opening your draft…</p>
        ) : open ? (
          <OpenDraft key={open.key} open={open} renderPreview={renderPreview} onSaveError={setSaveError} onClose={() => setOpen(undefined)} />
        ) : (
          <StartDraft
            onStart={(start) => setOpen({ key: newKey(), start })}
            onResume={(draft: Draft) => setOpen({ key: draft.key, start: { pack: draft.pack, address: draft.address } })}
          />
        )}
      </main>
    </div>
  );
}

function OpenDraft({ open, renderPreview, onSaveError, onClose }: { open: Open; renderPreview: StudioProps['renderPreview']; onSaveError: (m: string) => void; onClose: () => void }) {
  const history = useDraftHistory(open.key, open.start, useCallback((m: string) => onSaveError(m), [onSaveError]));
  return <DraftEditor history={history} renderPreview={renderPreview} onClose={onClose} />;
}
