import { useCallback, useEffect, useReducer } from 'react';
import { historyReducer, initialHistory } from '../../core/history.ts';
import type { PackDraft } from '../../core/pack-draft.ts';
import { saveDraft } from '../../data/draft-store.ts';

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
}

/**
 * One open draft with its undo history, saved to the browser's storage after every change (after the
 * render, so saving never holds up typing), and undo/redo on Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z.
 */
export function useDraftHistory(key: string, start: DraftState, onSaveError: (message: string) => void): DraftHistory {
  const [history, dispatch] = useReducer(historyReducer<DraftState>, start, initialHistory);
  const state = history.present;

  useEffect(() => {
    saveDraft({ key, ...state, savedAt: Date.now() }).catch(() =>
      onSaveError('This browser would not save the draft: export the pack before closing the tab.'),
    );
  }, [key, state, onSaveError]);

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
  };
}
