import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { historyReducer, initialHistory, type History } from '../../core/history.ts';
import type { PackDraft } from '../../core/pack-draft.ts';
import { afterPaintWhenIdle, saveDraft } from '../../data/draft-store.ts';
import { loadHistory, saveHistory, type SavedHistory } from '../../data/history-store.ts';

/** What undo and redo cover: the pack (its web address is the pack's own `article.origin.url`). */
export interface DraftState {
  pack: PackDraft;
}

export interface DraftHistory {
  state: DraftState;
  /** Records an edit; edits with the same `group` in a row (keystrokes in one field) undo as one. */
  edit: (next: DraftState, group?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Whether the draft as it stands is written to the browser's storage; read by the one line that shows it. */
  saveStatus: SaveStatus;
}

/** A small store of "saved or not", so that showing it re-renders that line alone, never the editor. */
export interface SaveStatus {
  subscribe: (listener: () => void) => () => void;
  saved: () => boolean;
}

function saveStatusStore(): SaveStatus & { set: (saved: boolean) => void } {
  let saved = true;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saved: () => saved,
    set: (next) => {
      if (next === saved) return;
      saved = next;
      listeners.forEach((listener) => listener());
    },
  };
}

/** The pack's claims, sources, places and metadata, to tell whether two steps are the same (the text aside). */
const edits = (pack: PackDraft) => JSON.stringify({ ...pack, article: { ...pack.article, blocks: undefined } });

/** How long edits must pause before the undo steps are written. */
export const STEPS_AFTER_PAUSE_MS = 1000;

/**
 * Saves the latest history of a draft, one write at a time: while one is under way, later changes wait,
 * and only the newest of them is written after it. Copying a long draft's steps takes a while (tens of
 * milliseconds for a thousand claims on a slow phone), so it is not done for every keystroke, which would
 * hold up the next one: the steps are written once the edits pause, when the browser is idle, or at once
 * when the page is hidden or left. The draft itself is saved after every edit (draft-store.ts).
 */
function historyWriter(key: string, onError: () => void, onBusy: (busy: boolean) => void) {
  let writing = false;
  let next: SavedHistory | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = async (saved: SavedHistory) => {
    writing = true;
    await saveHistory(key, saved).catch(onError);
    writing = false;
    // A change made meanwhile waits for its own pause, unless that pause is over already.
    if (!next) onBusy(false);
    else if (!timer) now();
  };
  const now = () => {
    clearTimeout(timer);
    timer = undefined;
    if (writing || !next) return;
    const saved = next;
    next = undefined;
    void write(saved);
  };
  const whenHidden = () => {
    if (document.visibilityState === 'hidden') now();
  };
  addEventListener('pagehide', now);
  document.addEventListener('visibilitychange', whenHidden);
  return {
    save: (history: SavedHistory) => {
      next = history;
      onBusy(true);
      clearTimeout(timer);
      timer = setTimeout(() => afterPaintWhenIdle(now), STEPS_AFTER_PAUSE_MS);
    },
    /** Writes what waits, and stops listening for the page being hidden. */
    close: () => {
      now();
      removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', whenHidden);
    },
  };
}

const packs = (history: History<DraftState>): SavedHistory => ({
  past: history.past.map((s) => s.pack),
  present: history.present.pack,
  future: history.future.map((s) => s.pack),
});

/**
 * One open draft with its undo history, both saved to the browser's storage after every change (after
 * the render, so saving never holds up typing), and undo/redo on Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z. The
 * undo steps saved with a draft come back when it is reopened, after a reload too.
 */
export function useDraftHistory(key: string, start: DraftState, onSaveError: (message: string) => void): DraftHistory {
  const [history, dispatch] = useReducer(historyReducer<DraftState>, start, initialHistory);
  const state = history.present;

  // Saved means both the draft as it stands and its undo steps are written.
  const [saveStatus] = useState(saveStatusStore);
  const pending = useRef({ draft: false, steps: false });
  const setPending = useCallback(
    (part: 'draft' | 'steps', busy: boolean) => {
      pending.current[part] = busy;
      saveStatus.set(!pending.current.draft && !pending.current.steps);
    },
    [saveStatus],
  );
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
    setPending('draft', true);
    saveDraft({ key, ...state, savedAt: Date.now() }).then(
      () => {
        if (latest.current === state) setPending('draft', false);
      },
      () => onSaveError('This browser would not save the draft: export the pack before closing the tab.'),
    );
  }, [key, state, onSaveError, setPending]);

  // The saved steps come back once, when the draft opens; the present is the draft as last saved.
  const restored = useRef(false);
  useEffect(() => {
    let live = true;
    loadHistory(key, start.pack.article.blocks).then(
      (saved) => {
        restored.current = true;
        if (!live || !saved) return;
        // Should the draft have been saved after its steps (a write cut short), the steps' present is one step back.
        const same = edits(saved.present) === edits(start.pack);
        const past = (same ? saved.past : [...saved.past, saved.present]).map((pack) => ({ pack }));
        dispatch({ type: 'restore', past, future: same ? saved.future.map((pack) => ({ pack })) : [] });
      },
      () => {
        restored.current = true;
      },
    );
    return () => {
      live = false;
    };
    // Only when the draft opens (`start` is where it opened, and a new draft has a new key).
  }, [key]);

  const writeHistory = useRef<ReturnType<typeof historyWriter>>(undefined);
  useEffect(() => {
    const writer = historyWriter(
      key,
      () => onSaveError('This browser would not save the undo steps; the draft itself is saved.'),
      (busy) => setPending('steps', busy),
    );
    writeHistory.current = writer;
    return writer.close;
  }, [key, onSaveError, setPending]);
  useEffect(() => {
    // Nothing is written before the saved steps are read back: an empty history would replace them.
    if (history.past.length === 0 && history.future.length === 0 && !restored.current) return;
    writeHistory.current?.save(packs(history));
  }, [history]);

  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z') return;
      // Every keystroke in a field is already an edit here, so the Studio's undo replaces the field's own.
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return {
    state,
    edit: useCallback((next: DraftState, group?: string) => dispatch({ type: 'edit', next, ...(group && { group }) }), []),
    undo,
    redo,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveStatus,
  };
}
