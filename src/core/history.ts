// Undo and redo over any value, as a pure reducer: every edit in the Studio goes through it.

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /**
   * The group of the last edit. Edits of one group in a row (keystrokes in one field) are one step to
   * undo, as in a text editor; any other edit, undo or redo closes the group.
   */
  group: string | undefined;
}

export type HistoryAction<T> =
  | { type: 'edit'; next: T; group?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A new starting point with nothing to undo: a draft opened or resumed. */
  | { type: 'reset'; present: T }
  /**
   * The steps saved with a reopened draft, put back around its present. Ignored once an edit, undo or redo
   * was made since it opened: what the editor did since then is never replaced by what was saved before.
   */
  | { type: 'restore'; past: T[]; future: T[] };

/** How many steps are kept to undo; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function initialHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: undefined };
}

export function historyReducer<T>(history: History<T>, action: HistoryAction<T>): History<T> {
  switch (action.type) {
    case 'edit': {
      if (Object.is(action.next, history.present)) return history;
      const sameGroup = action.group !== undefined && action.group === history.group;
      const past = sameGroup ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
      return { past, present: action.next, future: [], group: action.group };
    }
    case 'undo': {
      const previous = history.past.at(-1);
      if (previous === undefined) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], group: undefined };
    }
    case 'redo': {
      const [next, ...future] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future, group: undefined };
    }
    case 'reset':
      return initialHistory(action.present);
    case 'restore':
      if (history.past.length > 0 || history.future.length > 0) return history;
      return { past: action.past.slice(-HISTORY_LIMIT), present: history.present, future: action.future.slice(0, HISTORY_LIMIT), group: undefined };
  }
}
