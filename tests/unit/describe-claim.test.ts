import { describe, expect, it } from 'vitest';
import { claimLabel, claimSourceIds, sourceNames, sourcingLabel } from '../../src/core/describe-claim.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import type { Claim } from '../../src/core/schema.ts';
import { aleppoJson, ARTICLE_FILE } from '../fixtures/aleppo.ts';

const file = parseArticleFile(aleppoJson(), ARTICLE_FILE);
const claim = (id: string) => file.claims.find((c) => c.id === id)!;
const sourcesById = new Map(file.sources.map((s) => [s.id, s]));

describe('claim descriptions', () => {
  it('says four sources differ on the death toll', () => {
    expect(claimLabel(claim('death-toll'))).toBe('Death toll in Aleppo: 4 sources differ');
  });

  it('says when only one source speaks', () => {
    expect(sourcingLabel(claim('air-strikes'))).toBe('one source');
  });

  it('counts a joint report once, with both its sources', () => {
    const joint: Claim = { ...claim('province-deaths'), reports: claim('province-deaths').reports.slice(0, 1) };
    expect(sourcingLabel(joint)).toBe('2 sources jointly, one report');
    expect(sourcingLabel(claim('province-deaths'))).toBe('a total and its parts, from 2 sources jointly');
    expect(claimSourceIds(claim('province-deaths'))).toEqual(['abu-jaafar', 'sohr']);
  });

  it('says how many reports one source makes', () => {
    expect(sourcingLabel(claim('next-steps'))).toBe('one source, 3 reports');
  });

  it('never calls a report false', () => {
    for (const c of file.claims) expect(claimLabel(c)).not.toMatch(/false|wrong|lie/i);
  });

  it('names joint sources in reading order', () => {
    expect(sourceNames(['abu-jaafar', 'sohr'], sourcesById)).toBe('Abu Jaafar and SOHR');
    expect(sourceNames(['kerry', 'lavrov', 'sohr'], sourcesById)).toBe('Kerry, Lavrov and SOHR');
    expect(sourceNames(['sohr'], sourcesById, 'name')).toBe('Syrian Observatory for Human Rights');
  });
});
