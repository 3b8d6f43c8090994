// Finds a TextQuoteSelector's words in the article text, exactly. Tally renders the text itself, so a quote
// either matches word for word or is reported as an orphan with the reason; it is never placed by guesswork.
import { findOccurrences } from './find-occurrences.ts';
import type { TextQuoteSelector } from './schema.ts';

/** Offsets into the article text: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export type AnchorFailure =
  | { reason: 'not-found' }
  /** The words occur, but never with the given prefix and suffix. */
  | { reason: 'context-mismatch'; occurrences: number }
  /** The words occur more than once and prefix/suffix do not single one out. */
  | { reason: 'ambiguous'; candidates: number };

export type Anchor = { ok: true; range: TextRange } | ({ ok: false } & AnchorFailure);

function fitsContext(text: string, start: number, selector: TextQuoteSelector): boolean {
  const end = start + selector.exact.length;
  const { prefix, suffix } = selector;
  if (prefix && (start < prefix.length || !text.startsWith(prefix, start - prefix.length))) return false;
  if (suffix && !text.startsWith(suffix, end)) return false;
  return true;
}

/** Places a quote in `text`, or says why it cannot. */
export function anchorQuote(text: string, selector: TextQuoteSelector): Anchor {
  return anchorAt(text, selector, findOccurrences(text, [selector.exact])[0]!);
}

/** Places many quotes in one text, in one pass over it; the same answers as {@link anchorQuote} for each. */
export function anchorQuotes(text: string, selectors: readonly TextQuoteSelector[]): Anchor[] {
  const occurrences = findOccurrences(text, selectors.map((s) => s.exact));
  return selectors.map((selector, i) => anchorAt(text, selector, occurrences[i]!));
}

/**
 * Checks a position found earlier (at build time, say) by the same rule a search uses: the exact words
 * start there and the stated prefix and suffix surround them. Undefined when they do not: search instead.
 * NOTE: uniqueness is not re-checked here; it was when the position was found, over the same text.
 */
export function anchorAtKnownStart(text: string, selector: TextQuoteSelector, start: number): Anchor | undefined {
  if (selector.exact.length === 0 || !text.startsWith(selector.exact, start) || !fitsContext(text, start, selector)) return undefined;
  return { ok: true, range: { start, end: start + selector.exact.length } };
}

function anchorAt(text: string, selector: TextQuoteSelector, occurrences: number[]): Anchor {
  if (selector.exact.length === 0) return { ok: false, reason: 'not-found' };
  if (occurrences.length === 0) return { ok: false, reason: 'not-found' };
  const candidates = occurrences.filter((start) => fitsContext(text, start, selector));
  if (candidates.length === 0) return { ok: false, reason: 'context-mismatch', occurrences: occurrences.length };
  if (candidates.length > 1) return { ok: false, reason: 'ambiguous', candidates: candidates.length };
  const start = candidates[0]!;
  return { ok: true, range: { start, end: start + selector.exact.length } };
}

/** Plain words for a reader (and for whoever fixes the data file). */
export function describeAnchorFailure(failure: AnchorFailure): string {
  switch (failure.reason) {
    case 'not-found':
      return 'its quote does not occur in the article text';
    case 'context-mismatch':
      return `its quote occurs ${times(failure.occurrences)}, but never with the stated prefix and suffix`;
    case 'ambiguous':
      return `its quote occurs ${times(failure.candidates)} and its prefix and suffix do not say which is meant`;
  }
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
