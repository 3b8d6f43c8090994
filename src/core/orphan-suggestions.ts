// Where an orphaned quote's words may have gone after its text was edited: the closest passages, found
// by approximate matching (approx-string-match, as Hypothesis re-anchors). Only ever a suggestion: the
// editor confirms or rejects each one; a quote is never moved silently.
import search from 'approx-string-match';
import type { TextRange } from './anchor-quote.ts';
import type { TextQuoteSelector } from './schema.ts';

export interface PlaceSuggestion {
  range: TextRange;
  /** The words now at that place. */
  words: string;
  /** How many characters differ from the quote. */
  errors: number;
}

/** At most this share of a quote's characters may differ for a passage to be suggested. */
const MAX_ERROR_RATE = 0.3;

function contextFits(text: string, range: TextRange, selector: TextQuoteSelector): number {
  let fits = 0;
  if (selector.prefix && text.slice(0, range.start).endsWith(selector.prefix)) fits++;
  if (selector.suffix && text.startsWith(selector.suffix, range.end)) fits++;
  return fits;
}

/**
 * The best place for `selector`'s words in `text`: fewest differing characters, then the one whose
 * surroundings still match the quote's prefix and suffix. Undefined when nothing is close enough.
 */
export function suggestPlace(text: string, selector: TextQuoteSelector): PlaceSuggestion | undefined {
  const { exact } = selector;
  if (!exact) return undefined;
  const maxErrors = Math.max(1, Math.floor(exact.length * MAX_ERROR_RATE));
  const matches = search(text, exact, maxErrors);
  if (matches.length === 0) return undefined;
  const best = matches
    .map((m) => ({ range: { start: m.start, end: m.end }, errors: m.errors }))
    .sort((a, b) => a.errors - b.errors || contextFits(text, b.range, selector) - contextFits(text, a.range, selector) || a.range.start - b.range.start)[0]!;
  return { ...best, words: text.slice(best.range.start, best.range.end) };
}
