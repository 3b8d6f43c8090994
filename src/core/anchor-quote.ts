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

/** Answers of {@link anchorQuotes} kept for one text, by quote, for a text whose quotes are placed again after every edit. */
export interface AnchorMemory {
  text: string | undefined;
  byQuote: Map<string, Anchor>;
}

export function anchorMemory(): AnchorMemory {
  return { text: undefined, byQuote: new Map() };
}

/** {@link anchorQuotes}, searching only for the quotes `memory` has not placed in this text yet. */
export function anchorQuotesRemembered(text: string, selectors: readonly TextQuoteSelector[], memory: AnchorMemory): Anchor[] {
  if (memory.text !== text) Object.assign(memory, { text, byQuote: new Map() });
  const keys = selectors.map((q) => `${q.exact}\u0000${q.prefix ?? ''}\u0000${q.suffix ?? ''}`);
  const missing = selectors.filter((_, i) => !memory.byQuote.has(keys[i]!));
  const found = missing.length > 0 ? anchorQuotes(text, missing) : [];
  missing.forEach((selector, i) => memory.byQuote.set(`${selector.exact}\u0000${selector.prefix ?? ''}\u0000${selector.suffix ?? ''}`, found[i]!));
  return keys.map((key) => memory.byQuote.get(key)!);
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
