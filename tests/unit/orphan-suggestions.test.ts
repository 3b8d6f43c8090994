import { describe, expect, it } from 'vitest';
import { suggestPlace } from '../../src/core/orphan-suggestions.ts';

const quote = (exact: string, prefix?: string, suffix?: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix, suffix });

describe('suggestPlace', () => {
  it('finds the edited words closest to an orphaned quote', () => {
    const text = 'SOHR said at least 27 civilians were killed, and others were hurt.';
    const suggestion = suggestPlace(text, quote('at least 27 civilians had been killed'));
    expect(suggestion?.words).toMatch(/^at least 27 civilians were killed/);
    expect(suggestion!.errors).toBeGreaterThan(0);
  });

  it('prefers the place whose surroundings still fit the quote’s context', () => {
    const text = 'Kerry said talks failed. Lavrov said talks failed.';
    const suggestion = suggestPlace(text, quote('said talks fail', 'Lavrov '));
    expect(suggestion?.range.start).toBe(text.lastIndexOf('said talks'));
  });

  it('suggests nothing when no passage is close', () => {
    expect(suggestPlace('An unrelated text about the weather.', quote('at least 27 civilians had been killed'))).toBeUndefined();
  });
});
