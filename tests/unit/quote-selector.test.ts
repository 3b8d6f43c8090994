import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/core/anchor-quote.ts';
import { quoteSelector, snapToWords } from '../../src/core/quote-selector.ts';
import { seedBodyText } from '../fixtures/seed-text.ts';

const rangeOf = (text: string, words: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
};

describe('quoteSelector', () => {
  it('needs no context for words that occur once', () => {
    const text = seedBodyText();
    const computed = quoteSelector(text, rangeOf(text, 'at least 27 civilians had been killed'));
    expect(computed).toEqual({
      selector: { type: 'TextQuoteSelector', exact: 'at least 27 civilians had been killed' },
      occurrences: 1,
    });
  });

  it('gives a phrase that occurs twice the shortest whole-word context that picks the right one', () => {
    const text = 'Kerry said the talks failed. Lavrov said the talks failed too.';
    const second = rangeOf(text, 'said the talks failed', 1);
    const { selector, occurrences } = quoteSelector(text, second);
    expect(occurrences).toBe(2);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: 'said the talks failed', prefix: 'Lavrov ' });
    expect(anchorQuote(text, selector)).toEqual({ ok: true, range: second });

    const first = rangeOf(text, 'said the talks failed', 0);
    const one = quoteSelector(text, first).selector;
    expect(anchorQuote(text, one)).toEqual({ ok: true, range: first });
  });

  it('anchors every occurrence of a word that recurs throughout the seed', () => {
    const text = seedBodyText();
    for (let nth = 0; nth < 5; nth++) {
      const range = rangeOf(text, 'Aleppo', nth);
      const { selector, occurrences } = quoteSelector(text, range);
      expect(occurrences).toBeGreaterThan(5);
      expect(anchorQuote(text, selector)).toEqual({ ok: true, range });
    }
  });
});

describe('snapToWords', () => {
  it('widens a selection to whole words and trims spaces and punctuation at its ends', () => {
    const text = 'said that 91 people had been killed.';
    const dragged = { start: text.indexOf('1 peo'), end: text.indexOf('killed') + 3 };
    const snapped = snapToWords(text, dragged);
    expect(text.slice(snapped.start, snapped.end)).toBe('91 people had been killed');
    expect(snapToWords(text, { start: 4, end: 5 })).toEqual({ start: 5, end: 5 });
  });

  it('keeps a full stop that closes an abbreviation, and drops one that ends a sentence', () => {
    const text = 'It lasted between noon and 3 p.m. Dr. Li arrived at 4 p.m. Then it ended.';
    const words = (w: string) => {
      const start = text.indexOf(w);
      const snapped = snapToWords(text, { start, end: start + w.length });
      return text.slice(snapped.start, snapped.end);
    };
    expect(words('between noon and 3 p.m.')).toBe('between noon and 3 p.m.');
    expect(words('Dr.')).toBe('Dr.');
    expect(words('Then it ended.')).toBe('Then it ended');
    expect(words('arrived at 4 ')).toBe('arrived at 4');
  });
});
