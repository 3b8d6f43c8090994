import 'fake-indexeddb/auto';
import { createStore, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { addClaim, packFromText, updateArticle, updateClaim, type PackDraft } from '../../src/core/pack-draft.ts';
import { discardHistory, loadHistory, saveHistory, SAVED_STEPS } from '../../src/data/history-store.ts';

const start = packFromText({ title: 'A title', outlet: 'Outlet', published: '2020-01-01', address: '', retrieved: '', language: '', text: 'One.\n\nTwo.' }, () => 'x');
const titled = (pack: PackDraft, title: string) => updateArticle(pack, { title });

describe('the saved undo steps', () => {
  it('come back around the present, with the draft’s text put back', async () => {
    const b = titled(start, 'B');
    const c = titled(b, 'C');
    await saveHistory('k', { past: [start, b], present: c, future: [titled(c, 'D')] });
    const loaded = await loadHistory('k', start.article.blocks);
    expect(loaded?.past.map((p) => p.article.title)).toEqual(['A title', 'B']);
    expect(loaded?.present.article.title).toBe('C');
    expect(loaded?.future.map((p) => p.article.title)).toEqual(['D']);
    expect(loaded?.past[0]!.article.blocks).toBe(start.article.blocks);
  });

  it(`keep only the ${SAVED_STEPS} steps nearest the present, and none over another text`, async () => {
    const past = Array.from({ length: SAVED_STEPS + 10 }, (_, i) => titled(start, `step ${i}`));
    const otherText = { ...start, article: { ...start.article, blocks: [{ kind: 'paragraph' as const, text: 'Other.' }] } };
    await saveHistory('k', { past, present: titled(start, 'now'), future: [titled(start, 'next'), otherText, titled(start, 'after')] });
    const loaded = await loadHistory('k', start.article.blocks);
    expect(loaded?.past).toHaveLength(SAVED_STEPS);
    expect(loaded?.past.at(-1)?.article.title).toBe(`step ${SAVED_STEPS + 9}`);
    expect(loaded?.future.map((p) => p.article.title)).toEqual(['next']);
  });

  it('are gone once discarded', async () => {
    await saveHistory('gone', { past: [start], present: titled(start, 'B'), future: [] });
    await discardHistory('gone');
    expect(await loadHistory('gone', start.article.blocks)).toBeUndefined();
  });

  it('write each claim once: after an edit of one claim, only that claim is written again', async () => {
    const claim = (n: number) => ({ id: `claim-${n}`, title: `Claim ${n}`, question: '', kind: 'statement' as const, reports: [] });
    let pack = start;
    for (let n = 1; n <= 20; n++) pack = addClaim(pack, claim(n));
    const stored = createStore('tally-studio-history', 'history');
    const claimRecords = async () => (await keys<string>(stored)).filter((k) => k.startsWith('many#'));
    await saveHistory('many', { past: [start], present: pack, future: [] });
    expect(await claimRecords()).toHaveLength(20);

    const edited = updateClaim(pack, 'claim-7', { title: 'Claim 7, edited' });
    await saveHistory('many', { past: [start, pack], present: edited, future: [] });
    // The edited claim is one record more; the other nineteen are the records already there.
    expect(await claimRecords()).toHaveLength(21);

    const loaded = await loadHistory('many', start.article.blocks);
    expect(loaded?.present.claims.map((c) => c.title)).toEqual(edited.claims.map((c) => c.title));
    expect(loaded?.past.map((p) => p.claims.length)).toEqual([0, 20]);
    expect(loaded?.past[1]!.claims[6]!.title).toBe('Claim 7');
    // A claim no step changed is one object in every step, as it was before the reload.
    expect(loaded?.past[1]!.claims[0]).toBe(loaded?.present.claims[0]);

    // Once no step holds the claim as it was, its record goes.
    await saveHistory('many', { past: [], present: edited, future: [] });
    expect(await claimRecords()).toHaveLength(20);
    await discardHistory('many');
    expect(await claimRecords()).toHaveLength(0);
  });

  it('saved before claims were records of their own, still come back', async () => {
    const b = titled(start, 'B');
    const bare = (pack: PackDraft) => ({ ...pack, article: { ...pack.article, blocks: [] } });
    await set('older', { past: [bare(start)], present: bare(b), future: [] }, createStore('tally-studio-history', 'history'));
    const loaded = await loadHistory('older', start.article.blocks);
    expect(loaded?.past.map((p) => p.article.title)).toEqual(['A title']);
    expect(loaded?.present.article.title).toBe('B');
    expect(loaded?.present.article.blocks).toBe(start.article.blocks);
  });
});
