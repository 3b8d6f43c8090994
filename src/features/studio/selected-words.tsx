import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
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
  subscribe: (listener: () => void) => () => void;
}

export function selectionStore(text: string): SelectionStore {
  let selected: Selected | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => selected,
    set: (range) => {
      if (range?.start === selected?.range.start && range?.end === selected?.range.end) return;
      selected = range && { range, words: text.slice(range.start, range.end) };
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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

/** A button that uses the selected words, disabled while none are selected. */
export function UseSelectedButton({ onUse, children }: { onUse: (selected: Selected) => void; children: ReactNode }) {
  const selected = useSelected();
  return (
    <button type="button" disabled={!selected} onClick={() => selected && onUse(selected)}>
      {children}
    </button>
  );
}
