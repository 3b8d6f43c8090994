import { describe, expect, it } from 'vitest';
import { formatStudioSearch, parseStudioSearch, studioAddress } from '../../src/core/studio-address.ts';

describe("the Studio's address", () => {
  it('links a library entry to its pack in the Studio, under any base path', () => {
    expect(studioAddress({ articleId: 'aleppo-2016-09-23' })).toBe('/studio/?article=aleppo-2016-09-23');
    expect(studioAddress({ articleId: 'aleppo-2016-09-23' }, '/tally/')).toBe('/tally/studio/?article=aleppo-2016-09-23');
    expect(studioAddress({})).toBe('/studio/');
  });

  it('reads back what it writes, a draft before an article', () => {
    expect(parseStudioSearch(formatStudioSearch({ articleId: 'a-b' }))).toEqual({ articleId: 'a-b' });
    expect(parseStudioSearch(formatStudioSearch({ draftKey: 'k 1' }))).toEqual({ draftKey: 'k 1' });
    expect(parseStudioSearch('?article=a&draft=k')).toEqual({ draftKey: 'k' });
    expect(parseStudioSearch('')).toEqual({});
  });

  it('ignores empty and overlong values', () => {
    expect(parseStudioSearch('?article=')).toEqual({});
    expect(parseStudioSearch(`?article=${'a'.repeat(201)}`)).toEqual({});
  });
});
