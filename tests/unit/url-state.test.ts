import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type ReaderRoute } from '../../src/core/url-state.ts';

describe('parseRoute', () => {
  it('reads the root as the library: no article, nothing open', () => {
    expect(parseRoute('/')).toEqual({ kind: 'reader' });
  });

  it('reads a source across articles, and formats it back', () => {
    expect(parseRoute('/sources/john-kerry/')).toEqual({ kind: 'reader', sharedSourceId: 'john-kerry' });
    expect(formatRoute({ sharedSourceId: 'john-kerry' })).toBe('/sources/john-kerry/');
    expect(formatRoute({ sharedSourceId: 'john-kerry' }, '/tally/')).toBe('/tally/sources/john-kerry/');
    expect(parseRoute('/sources/')).toEqual({ kind: 'not-found', path: '/sources/' });
    expect(parseRoute('/sources/john-kerry/extra/')).toEqual({ kind: 'not-found', path: '/sources/john-kerry/extra/' });
  });

  it('reads an article, a claim and a report', () => {
    expect(parseRoute('/aleppo-2016-09-23/')).toEqual({ kind: 'reader', articleId: 'aleppo-2016-09-23' });
    expect(parseRoute('/aleppo-2016-09-23/death-toll/')).toEqual({
      kind: 'reader',
      articleId: 'aleppo-2016-09-23',
      claimId: 'death-toll',
    });
    expect(parseRoute('/aleppo-2016-09-23/death-toll/hospital/')).toEqual({
      kind: 'reader',
      articleId: 'aleppo-2016-09-23',
      claimId: 'death-toll',
      reportId: 'hospital',
    });
  });

  it('reads a source card', () => {
    expect(parseRoute('/aleppo-2016-09-23/sources/sohr/')).toEqual({ kind: 'reader', articleId: 'aleppo-2016-09-23', sourceId: 'sohr' });
    expect(formatRoute({ articleId: 'aleppo-2016-09-23', sourceId: 'sohr' })).toBe('/aleppo-2016-09-23/sources/sohr/');
    expect(formatRoute({ articleId: 'a', claimId: 'c', sourceId: 's' })).toBe('/a/sources/s/');
  });

  it('accepts a path without its trailing slash, or with index.html', () => {
    expect(parseRoute('/aleppo-2016-09-23/death-toll')).toEqual(parseRoute('/aleppo-2016-09-23/death-toll/'));
    expect(parseRoute('/aleppo-2016-09-23/death-toll/index.html')).toEqual(parseRoute('/aleppo-2016-09-23/death-toll/'));
  });

  it('strips the base path the app is served under', () => {
    expect(parseRoute('/tally/aleppo-2016-09-23/death-toll/', '/tally/')).toEqual({
      kind: 'reader',
      articleId: 'aleppo-2016-09-23',
      claimId: 'death-toll',
    });
    expect(parseRoute('/tally', '/tally/')).toEqual({ kind: 'reader' });
    expect(parseRoute('/elsewhere/', '/tally/')).toEqual({ kind: 'not-found', path: '/elsewhere/' });
  });

  it('decodes percent-encoded segments', () => {
    expect(parseRoute('/a/%C3%A9t%C3%A9/')).toMatchObject({ claimId: 'été' });
  });

  it('treats extra segments, overlong segments and broken encoding as not found', () => {
    expect(parseRoute('/a/b/c/d/').kind).toBe('not-found');
    expect(parseRoute(`/a/${'x'.repeat(500)}/`).kind).toBe('not-found');
    expect(parseRoute('/a/%E0%A4%A/').kind).toBe('not-found');
  });

  it('keeps hostile text as plain data', () => {
    expect(parseRoute('/a/%3Cscript%3Ealert(1)%3C%2Fscript%3E/')).toEqual({
      kind: 'reader',
      articleId: 'a',
      claimId: '<script>alert(1)</script>',
    });
  });
});

describe('formatRoute', () => {
  it('writes one readable folder per level, ending in a slash', () => {
    expect(formatRoute({})).toBe('/');
    expect(formatRoute({ articleId: 'aleppo-2016-09-23', claimId: 'death-toll', reportId: 'hospital' })).toBe(
      '/aleppo-2016-09-23/death-toll/hospital/',
    );
    expect(formatRoute({ articleId: 'a', claimId: 'b' }, '/tally')).toBe('/tally/a/b/');
  });

  it('drops a report without a claim and a claim without an article', () => {
    expect(formatRoute({ articleId: 'a', reportId: 'r' })).toBe('/a/');
    expect(formatRoute({ claimId: 'c' })).toBe('/');
  });

  it('encodes what is not safe in a path', () => {
    expect(formatRoute({ articleId: 'a/b', claimId: '?x' })).toBe('/a%2Fb/%3Fx/');
  });

  it('round-trips: parse(format(route)) gives the route back', () => {
    const segment = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== 'index.html' && s !== 'sources');
    // (A shared source's route is checked above; articles never take the id "sources".)
    const route = fc.record({ articleId: segment, claimId: segment, reportId: segment }, { requiredKeys: [] });
    fc.assert(
      fc.property(route, fc.constantFrom('/', '/tally/'), (input, base) => {
        const expected: ReaderRoute = {};
        if (input.articleId !== undefined) {
          expected.articleId = input.articleId;
          if (input.claimId !== undefined) {
            expected.claimId = input.claimId;
            if (input.reportId !== undefined) expected.reportId = input.reportId;
          }
        }
        expect(parseRoute(formatRoute(input, base), base)).toEqual({ kind: 'reader', ...expected });
      }),
    );
  });

  it('never throws on any path', () => {
    fc.assert(
      fc.property(fc.string(), (path) => {
        expect(['reader', 'not-found']).toContain(parseRoute(path).kind);
      }),
    );
  });
});

describe('passages in the URL', () => {
  const passage = { exact: 'at least 27 civilians', prefix: 'said ', suffix: ' had' };

  it('round-trips a quoted passage in the query string', () => {
    const path = formatRoute({ articleId: 'a', passage });
    expect(path).toBe('/a/?q=at+least+27+civilians&qp=said+&qs=+had');
    expect(parseRoute(path)).toEqual({ kind: 'reader', articleId: 'a', passage });
  });

  it('keeps a passage next to an open claim and ignores the hash', () => {
    expect(parseRoute('/a/c/?q=words#top')).toEqual({ kind: 'reader', articleId: 'a', claimId: 'c', passage: { exact: 'words' } });
  });

  it('ignores an empty, overlong or missing quote', () => {
    expect(parseRoute('/a/?q=')).toEqual({ kind: 'reader', articleId: 'a' });
    expect(parseRoute(`/a/?q=${'x'.repeat(3000)}`)).toEqual({ kind: 'reader', articleId: 'a' });
    expect(parseRoute('/a/?qp=only-context')).toEqual({ kind: 'reader', articleId: 'a' });
  });

  it('round-trips any passage text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.string({ maxLength: 40 }), (exact, prefix) => {
        const route = { articleId: 'aleppo-2016-09-23', passage: { exact, ...(prefix && { prefix }) } };
        expect(parseRoute(formatRoute(route))).toEqual({ kind: 'reader', ...route });
      }),
    );
  });
});
