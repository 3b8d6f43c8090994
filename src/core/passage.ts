// A passage a reader selected, as a TextQuoteSelector with just enough context to be unique, so that a
// link to it can be checked against the text later instead of marking whatever sits at an offset.
import { anchorQuote, type TextRange } from './anchor-quote.ts';
import type { PassageQuote } from './url-state.ts';

const CONTEXT_STEPS = [0, 16, 32, 64, 128, 256];

/** Trims surrounding white space from a selected range; undefined if nothing but white space is left. */
export function trimRange(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** The selector for `range` in `text`, with the shortest prefix/suffix that picks it out. */
export function passageSelector(text: string, range: TextRange): PassageQuote {
  const exact = text.slice(range.start, range.end);
  for (const context of CONTEXT_STEPS) {
    const selector: PassageQuote = { exact };
    if (context > 0) {
      const prefix = text.slice(Math.max(0, range.start - context), range.start);
      const suffix = text.slice(range.end, range.end + context);
      if (prefix) selector.prefix = prefix;
      if (suffix) selector.suffix = suffix;
    }
    const anchor = anchorQuote(text, { type: 'TextQuoteSelector', ...selector });
    if (anchor.ok && anchor.range.start === range.start) return selector;
  }
  return {
    exact,
    prefix: text.slice(Math.max(0, range.start - 256), range.start),
    suffix: text.slice(range.end, range.end + 256),
  };
}
