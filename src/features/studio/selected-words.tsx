import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { TextRange } from '../../core/anchor-quote.ts';

/** The words selected in the text, with their place, or nothing selected. */
export interface Selected {
  range: TextRange;
  words: string;
}

/**
 * The selection in the article's text, kept apart from the editor's state: choosing words redraws only
 * what shows them (the toolbar, the "use selected words" buttons), never the forms or a long text.
 */
export interface SelectionStore {
  get: () => Selected | undefined;
  set: (range: TextRange | undefined) => void;
  /** Told at once of each change: for the toolbar, which shows the words in the frame after the selection. */
  subscribe: (listener: () => void) => () => void;
  /**
   * Told once the frame showing a change is painted: for the "use selected words" buttons in the forms,
   * which turn on a frame later rather than repaint the forms' column in the frame that shows the words.
   */
  subscribeAfterPaint: (listener: () => void) => () => void;
}

export function selectionStore(text: string): SelectionStore {
  let selected: Selected | undefined;
  const listeners = new Set<() => void>();
  const lateListeners = new Set<() => void>();
  // Whether a frame callback is waiting to tell the late listeners. A hidden tab paints no frames: there the
  // buttons catch up when it is shown again, before anyone can press them.
  let lateScheduled = false;
  const tellLate = () => {
    lateScheduled = false;
    // One render for every button, which React may interrupt for the next input.
    startTransition(() => lateListeners.forEach((listener) => listener()));
  };
  const listen = (into: Set<() => void>) => (listener: () => void) => {
    into.add(listener);
    return () => into.delete(listener);
  };
  return {
    get: () => selected,
    set: (range) => {
      if (range?.start === selected?.range.start && range?.end === selected?.range.end) return;
      selected = range && { range, words: text.slice(range.start, range.end) };
      listeners.forEach((listener) => listener());
      // A frame callback runs just before the next paint; a task queued from it runs after that paint.
      // Changes before then share it.
      if (!lateScheduled && lateListeners.size > 0) {
        lateScheduled = true;
        requestAnimationFrame(() => setTimeout(tellLate));
      }
    },
    subscribe: listen(listeners),
    subscribeAfterPaint: listen(lateListeners),
  };
}

export const SelectionContext = createContext<SelectionStore | undefined>(undefined);

const none = () => () => undefined;
const nothing = () => undefined;

/** The selected words, read where they are shown; redraws the caller alone when they change. */
export function useSelected(): Selected | undefined {
  const store = useContext(SelectionContext);
  return useSyncExternalStore(store?.subscribe ?? none, store?.get ?? nothing, store?.get ?? nothing);
}

/**
 * A button that uses the selected words, disabled while none are selected. It follows the selection a
 * frame late (`subscribeAfterPaint`), and redraws only when words come to be selected or cease to be;
 * a press uses the words selected at that moment.
 */
export function UseSelectedButton({ onUse, children }: { onUse: (selected: Selected) => void; children: ReactNode }) {
  const store = useContext(SelectionContext);
  const [any, setAny] = useState(() => store?.get() !== undefined);
  useEffect(() => {
    if (!store) return;
    const follow = () => setAny(store.get() !== undefined);
    follow();
    return store.subscribeAfterPaint(follow);
  }, [store]);
  return (
    <button
      type="button"
      disabled={!any}
      onClick={() => {
        const selected = store?.get();
        if (selected) onUse(selected);
      }}
    >
      {children}
    </button>
  );
}
