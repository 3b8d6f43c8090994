import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { packFromText, updateArticle, type PackDraft } from '../../src/core/pack-draft.ts';
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
});
