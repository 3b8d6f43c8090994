import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, anchorQuotes } from '../../src/core/anchor-quote.ts';
import { findOccurrences } from '../../src/core/find-occurrences.ts';

function naive(text: string, pattern: string): number[] {
  const found: number[] = [];
  if (!pattern) return found;
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

describe('findOccurrences', () => {
  it('finds long and short quotes, overlapping and repeated, in one pass', () => {
    const text = 'the hospital said 91 people had been killed; the hospital said 91 people had been killed again';
    const patterns = ['the hospital said 91 people', 'killed', 'said 91 people had been killed again', 'nowhere in this text at all'];
    expect(findOccurrences(text, patterns)).toEqual(patterns.map((p) => naive(text, p)));
  });

  it('agrees with a plain search for any text and any quotes taken from it', () => {
    const input = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀'), minLength: 0, maxLength: 300 }).chain((text) =>
      fc.record({
        text: fc.constant(text),
        patterns: fc.array(
          fc.oneof(
            fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 30 })).map(([start, length]) => text.slice(start, start + length)),
            fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 12, maxLength: 20 }),
          ),
          { minLength: 2, maxLength: 10 },
        ),
      }),
    );
    fc.assert(
      fc.property(input, ({ text, patterns }) => {
        expect(findOccurrences(text, patterns)).toEqual(patterns.map((p) => naive(text, p)));
      }),
      { numRuns: 300 },
    );
  });

  it('anchors many quotes with the same answers as one at a time', () => {
    const text = 'A said at least 27 civilians were killed. B said 54 deaths. C said at least 27 civilians were killed.';
    const selectors = ['at least 27 civilians were killed', 'B said 54 deaths', 'not in the text at all, surely', 'said'].map((exact) => ({
      type: 'TextQuoteSelector' as const,
      exact,
    }));
    expect(anchorQuotes(text, selectors)).toEqual(selectors.map((s) => anchorQuote(text, s)));
  });
});
