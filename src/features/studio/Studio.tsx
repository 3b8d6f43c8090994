import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { PackDraft } from '../../core/pack-draft.ts';
import { formatStudioSearch, parseStudioSearch, type StudioRequest } from '../../core/studio-address.ts';
import { loadDraft, type Draft } from '../../data/draft-store.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { OpenPublished } from './OpenPublished.tsx';
import { SaveStatus } from './SaveStatus.tsx';
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
function requestInAddress(): StudioRequest {
  return parseStudioSearch(window.location.search);
}

function showInAddress(request: StudioRequest) {
  const url = new URL(window.location.href);
  url.search = formatStudioSearch(request);
  window.history.replaceState(null, '', url);
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The Studio: an editor starts an article, marks its claims and exports its pack. */
export function Studio({ renderPreview }: StudioProps) {
  const [open, setOpenState] = useState<Open | undefined>();
  const [saveError, setSaveError] = useState('');
  const [resuming, setResuming] = useState(() => requestInAddress().draftKey !== undefined);
  // "Edit in Studio" from the library: `?article={id}` opens that published pack.
  const [editing, setEditing] = useState(() => requestInAddress().articleId);
  const setOpen = useCallback((next: Open | undefined) => {
    showInAddress({ draftKey: next?.key });
    setEditing(undefined);
    setOpenState(next);
  }, []);
  const startDraft = useCallback((start: DraftState) => setOpen({ key: newKey(), start }), [setOpen]);

  useEffect(() => {
    const key = requestInAddress().draftKey;
    if (!key) return;
    let live = true;
    const resume = (draft: Draft | undefined) => {
      if (!live) return;
      setResuming(false);
      if (draft) setOpenState({ key: draft.key, start: { pack: draft.pack } });
      else showInAddress({});
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
        ) : editing && !open ? (
          <OpenPublished articleId={editing} onStart={startDraft} onResume={(draft: Draft) => setOpen({ key: draft.key, start: { pack: draft.pack } })} onCancel={() => setOpen(undefined)} />
        ) : open ? (
          <OpenDraft key={open.key} open={open} renderPreview={renderPreview} onSaveError={setSaveError} onClose={() => setOpen(undefined)} />
        ) : (
          <StartDraft
            onStart={startDraft}
            onResume={(draft: Draft) => setOpen({ key: draft.key, start: { pack: draft.pack } })}
          />
        )}
      </main>
    </div>
  );
}

function OpenDraft({ open, renderPreview, onSaveError, onClose }: { open: Open; renderPreview: StudioProps['renderPreview']; onSaveError: (m: string) => void; onClose: () => void }) {
  const history = useDraftHistory(open.key, open.start, useCallback((m: string) => onSaveError(m), [onSaveError]));
  return (
    <>
      <SaveStatus status={history.saveStatus} />
      <DraftEditor history={history} renderPreview={renderPreview} onClose={onClose} />
    </>
  );
}
