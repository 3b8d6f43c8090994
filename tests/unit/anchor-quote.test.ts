import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeAnchorFailure } from '../../src/core/anchor-quote.ts';

const quote = (exact: string, context: { prefix?: string; suffix?: string } = {}) => ({
  type: 'TextQuoteSelector' as const,
  exact,
  ...context,
});

const text = 'SOHR said 27 were killed. The hospital said 91 were killed. Later, 91 were killed, it said.';

describe('anchorQuote', () => {
  it('finds a quote that occurs once', () => {
    const anchor = anchorQuote(text, quote('27 were killed'));
    expect(anchor).toEqual({ ok: true, range: { start: 10, end: 24 } });
  });

  it('returns a range whose text is the quote', () => {
    const anchor = anchorQuote(text, quote('The hospital said'));
    if (!anchor.ok) throw new Error('not anchored');
    expect(text.slice(anchor.range.start, anchor.range.end)).toBe('The hospital said');
  });

  it('says not-found for words that are not in the text', () => {
    expect(anchorQuote(text, quote('54 deaths'))).toEqual({ ok: false, reason: 'not-found' });
  });

  it('does not match across a difference in case or spacing', () => {
    expect(anchorQuote(text, quote('sohr said')).ok).toBe(false);
    expect(anchorQuote(text, quote('27  were')).ok).toBe(false);
  });

  it('says ambiguous for words that occur twice without context', () => {
    expect(anchorQuote(text, quote('91 were killed'))).toEqual({ ok: false, reason: 'ambiguous', candidates: 2 });
  });

  it('is disambiguated by a prefix', () => {
    const anchor = anchorQuote(text, quote('91 were killed', { prefix: 'Later, ' }));
    expect(anchor).toEqual({ ok: true, range: { start: 67, end: 81 } });
  });

  it('is disambiguated by a suffix', () => {
    const anchor = anchorQuote(text, quote('91 were killed', { suffix: '. Later' }));
    expect(anchor).toEqual({ ok: true, range: { start: 44, end: 58 } });
  });

  it('says context-mismatch when the words occur but never with the given context', () => {
    expect(anchorQuote(text, quote('91 were killed', { prefix: 'Earlier, ' }))).toEqual({
      ok: false,
      reason: 'context-mismatch',
      occurrences: 2,
    });
  });

  it('stays ambiguous when the context fits more than one place', () => {
    expect(anchorQuote('ab ab ab', quote('ab', { prefix: ' ' }))).toEqual({ ok: false, reason: 'ambiguous', candidates: 2 });
  });

  it('handles a prefix longer than the text before the quote', () => {
    expect(anchorQuote('ab cd', quote('ab', { prefix: 'xxxxxx' }))).toEqual({ ok: false, reason: 'context-mismatch', occurrences: 1 });
  });

  it('counts overlapping occurrences as separate candidates', () => {
    expect(anchorQuote('aaa', quote('aa'))).toEqual({ ok: false, reason: 'ambiguous', candidates: 2 });
  });

  it('places quotes that sit next to each other without overlap', () => {
    const words = 'at least 30 air strikesat least 27 civilians';
    const first = anchorQuote(words, quote('at least 30 air strikes'));
    const second = anchorQuote(words, quote('at least 27 civilians'));
    expect(first).toEqual({ ok: true, range: { start: 0, end: 23 } });
    expect(second).toEqual({ ok: true, range: { start: 23, end: 44 } });
  });

  it('refuses an empty quote instead of matching everywhere', () => {
    expect(anchorQuote(text, quote(''))).toEqual({ ok: false, reason: 'not-found' });
  });

  it('always returns a range equal to the quote, for any text and any slice of it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (body, a, b) => {
        const start = body.length ? a % body.length : 0;
        const end = Math.min(body.length, start + 1 + (b % 10));
        const exact = body.slice(start, end);
        fc.pre(exact.length > 0);
        const anchor = anchorQuote(body, quote(exact, { prefix: body.slice(0, start), suffix: body.slice(end) }));
        expect(anchor.ok).toBe(true);
        if (anchor.ok) expect(body.slice(anchor.range.start, anchor.range.end)).toBe(exact);
      }),
    );
  });
});

describe('describeAnchorFailure', () => {
  it('puts each reason in plain words', () => {
    expect(describeAnchorFailure({ reason: 'not-found' })).toBe('its quote does not occur in the article text');
    expect(describeAnchorFailure({ reason: 'ambiguous', candidates: 2 })).toBe(
      'its quote occurs twice and its prefix and suffix do not say which is meant',
    );
    expect(describeAnchorFailure({ reason: 'context-mismatch', occurrences: 3 })).toBe(
      'its quote occurs 3 times, but never with the stated prefix and suffix',
    );
  });
});
