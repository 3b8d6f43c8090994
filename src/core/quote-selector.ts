// The selector for words an editor selected: the exact words, plus the shortest prefix and suffix that
// make them occur once in the text. Checked with anchorQuote, the same function that places quotes for
// readers, so a selector the Studio writes is one the reader finds.
import { anchorQuote, type TextRange } from './anchor-quote.ts';
import { findOccurrences } from './find-occurrences.ts';
import type { TextQuoteSelector } from './schema.ts';

export interface ComputedSelector {
  selector: TextQuoteSelector;
  /** How many times the exact words occur in the text: more than one calls for a warning. */
  occurrences: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

/** Words written with a full stop of their own: "Dr.", "St.", "etc." ("p.m." and "U.S." are read by their shape). */
const ABBREVIATIONS = /^(mr|mrs|ms|dr|prof|st|jr|sr|gen|col|lt|sgt|capt|gov|sen|rep|no|nos|vol|approx|etc|inc|ltd|co|corp|dept|est|fig|jan|feb|mar|apr|aug|sept?|oct|nov|dec)$/i;

/**
 * Whether the full stop at `end - 1` closes an abbreviation ("3 p.m.", "the U.S.", "Dr."), so belongs to the
 * words selected: it is kept where a sentence's closing full stop is dropped.
 */
export function endsAbbreviation(text: string, start: number, end: number): boolean {
  if (text[end - 1] !== '.') return false;
  const word = /\S*$/u.exec(text.slice(start, end - 1))![0];
  return /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.test(word);
}

/**
 * Widens a selection to whole words and drops the spaces and punctuation at its ends, as an editor
 * means it (a full stop that closes an abbreviation, "3 p.m.", stays): dragging from the middle of "civilians" selects "civilians". Empty when nothing is left.
 */
export function snapToWords(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && !isWordChar(text[start]) && !/[“"(]/.test(text[start]!)) start++;
  while (end > start && !isWordChar(text[end - 1]) && !/[”")%]/.test(text[end - 1]!) && !endsAbbreviation(text, start, end)) end--;
  if (start === end) return { start, end };
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  return { start, end };
}

/** Moves a context boundary outwards to the edge of a word, so that context never ends mid-word. */
function toWordEdge(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  if (direction === -1) while (i > 0 && isWordChar(text[i - 1]) && isWordChar(text[i])) i--;
  else while (i < text.length && isWordChar(text[i]) && isWordChar(text[i - 1])) i++;
  return i;
}

/**
 * The selector for `range` of `text`. With words that occur once, no context at all; otherwise the
 * shortest context (prefix, suffix, or both, grown a character at a time and then to whole words) that
 * singles out this occurrence.
 */
export function quoteSelector(text: string, range: TextRange): ComputedSelector {
  const exact = text.slice(range.start, range.end);
  const occurrences = findOccurrences(text, [exact])[0]!.length;
  const base: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  const unique = (selector: TextQuoteSelector) => {
    const anchor = anchorQuote(text, selector);
    return anchor.ok && anchor.range.start === range.start;
  };
  if (occurrences <= 1) return { selector: base, occurrences };

  const maxPrefix = range.start;
  const maxSuffix = text.length - range.end;
  for (let n = 1; n <= Math.max(maxPrefix, maxSuffix); n++) {
    const p = Math.min(n, maxPrefix);
    const s = Math.min(n, maxSuffix);
    const prefixAt = toWordEdge(text, range.start - p, -1);
    const suffixAt = toWordEdge(text, range.end + s, 1);
    const prefix = text.slice(prefixAt, range.start);
    const suffix = text.slice(range.end, suffixAt);
    const candidates: TextQuoteSelector[] = [
      { ...base, prefix },
      { ...base, suffix },
      { ...base, prefix, suffix },
    ];
    // Context of spaces alone is not shown to a reader as words: it must hold at least one visible character.
    const visible = (context: string | undefined) => context === undefined || /\S/.test(context);
    const found = candidates.find((c) => visible(c.prefix) && visible(c.suffix) && unique(c));
    if (found) return { selector: found, occurrences };
  }
  // Only reached when two occurrences have identical whole-text context, which cannot happen for distinct starts.
  return { selector: base, occurrences };
}
