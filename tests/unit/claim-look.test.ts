// A page carries its claims' findings; the reader uses them only when there is one for each claim, and
// otherwise works them out itself: either way the highlights say what describe-claim says.
import { describe, expect, it } from 'vitest';
import { claimLook, type ReaderArticle } from '../../src/core/claim-look.ts';
import { claimFinding, claimLabel, claimWeight } from '../../src/core/describe-claim.ts';
import { articleQuery, seedArticleFile } from '../../src/data/article-queries.ts';
import { ARTICLE_FILE, ARTICLE_ID, aleppoJson } from '../fixtures/aleppo.ts';

async function seeded(findings: unknown): Promise<ReaderArticle> {
  let data: unknown;
  await seedArticleFile(ARTICLE_ID, ARTICLE_FILE, aleppoJson(), { findings }, (key, value) => {
    expect(key).toEqual(articleQuery(ARTICLE_ID).queryKey);
    data = value;
  });
  return data as ReaderArticle;
}

describe('claim findings carried by a page', () => {
  it('gives each highlight the label and weight describe-claim gives it', async () => {
    const worked = await seeded(undefined);
    for (const claim of worked.claims) {
      const look = claimLook(claim, worked.findings.get(claim.id)!);
      expect(look).toEqual({ label: claimLabel(claim, worked.placesById), weight: claimWeight(claim, worked.placesById) });
    }
    expect(claimLook(worked.claims.find((c) => c.id === 'death-toll')!, 'differ')).toEqual({ label: 'Death toll in Aleppo: 4 sources differ', weight: 'strong' });
  });

  it('are used when there is one for each claim, in the claims’ order', async () => {
    const worked = await seeded(undefined);
    const carried = worked.claims.map(() => 'several');
    const used = await seeded(carried);
    expect([...used.findings.values()]).toEqual(carried);
  });

  it('are worked out again when they are missing, of another count or not findings at all', async () => {
    const worked = await seeded(undefined);
    const expected = worked.claims.map((claim) => claimFinding(claim, worked.placesById));
    expect([...worked.findings.values()]).toEqual(expected);
    for (const carried of [worked.claims.slice(1).map(() => 'differ'), worked.claims.map(() => 'false'), { 'death-toll': 'agree' }, 'differ']) {
      expect([...(await seeded(carried)).findings.values()]).toEqual(expected);
    }
  });
});
