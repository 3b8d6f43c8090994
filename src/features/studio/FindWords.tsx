import { memo, useMemo, useState } from 'react';
import type { TextRange } from '../../core/anchor-quote.ts';
import { findOccurrences } from '../../core/find-occurrences.ts';

/**
 * Selects a passage by typing it, for whoever cannot drag over text (a screen reader, a switch): the
 * words are found in the text and selected as if dragged over; Enter moves to the next occurrence.
 */
export const FindWords = memo(function FindWords({ text, onFound }: { text: string; onFound: (range: TextRange) => void }) {
  const [typed, setTyped] = useState('');
  const [index, setIndex] = useState(-1);
  const words = typed.trim();
  // Searched when the words change, not when the editor redraws around the box.
  const starts = useMemo(() => (words ? findOccurrences(text, [words])[0]! : []), [text, words]);
  const select = (i: number) => {
    const start = starts[i];
    if (start === undefined) return;
    setIndex(i);
    onFound({ start, end: start + words.length });
  };
  return (
    <form
      className="studio-find"
      role="search"
      aria-label="Find words in the text"
      onSubmit={(event) => {
        event.preventDefault();
        select(starts.length ? (index + 1) % starts.length : 0);
      }}
    >
      <label>
        <span className="studio-label">Find words</span>
        <input
          type="search"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setIndex(-1);
          }}
        />
      </label>
      <button type="submit" disabled={starts.length === 0}>
        Select
      </button>
      <p className="studio-hint" role="status">
        {!words ? '' : starts.length === 0 ? 'Not in the text' : starts.length === 1 ? 'Found once' : `Found ${starts.length} times${index >= 0 ? `: number ${index + 1} selected` : ''}`}
      </p>
    </form>
  );
});
