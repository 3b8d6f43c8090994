import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addClaim, packFromText, updateClaim, type PackDraft } from '../../src/core/pack-draft.ts';
import type { Claim } from '../../src/core/schema.ts';
import { discardDraft, listDrafts, loadDraft, saveDraft, type Draft } from '../../src/data/draft-store.ts';

const draft = (key: string, title: string, savedAt: number): Draft => ({
  key,
  pack: packFromText({ title, outlet: 'Outlet', published: '2020-01-01', address: '', retrieved: '', language: '', text: 'One.\n\nTwo.' }, () => 'not computed in this test'),
  savedAt,
});

describe('the draft store', () => {
  it('keeps drafts, lists the latest first, replaces on save and discards', async () => {
    await saveDraft(draft('a', 'First', 1));
    await saveDraft(draft('b', 'Second', 2));
    expect((await listDrafts()).map((d) => d.key)).toEqual(['b', 'a']);

    const edited = draft('a', 'First, edited', 3);
    await saveDraft(edited);
    expect(await loadDraft('a')).toEqual(edited);
    expect((await listDrafts()).map((d) => d.pack.article.title)).toEqual(['First, edited', 'Second']);

    // The text is kept apart and written only when it changes; a draft comes back whole either way.
    const longer = { ...edited, pack: { ...edited.pack, article: { ...edited.pack.article, blocks: [{ kind: 'paragraph' as const, text: 'Three.' }] } } };
    await saveDraft(longer);
    expect(await loadDraft('a')).toEqual(longer);

    await discardDraft('b');
    expect(await loadDraft('b')).toBeUndefined();
    expect(await listDrafts()).toHaveLength(1);
  });
});

const claim = (id: string): Claim => ({
  id,
  title: `Claim ${id}`,
  question: '',
  kind: 'statement',
  reports: [{ id: 'r1', sourceIds: [], quote: { type: 'TextQuoteSelector', exact: 'One.' } }],
});

/** What is in storage under `key`, read directly rather than through the store (which writes what waits first). */
const stored = (key: string) => get(key, createStore('tally-studio', 'drafts'));

describe('saving a draft as it is edited', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes only the parts an edit changed, and the draft comes back whole', async () => {
    const start = draft('parts', 'Parts', 10);
    const pack: PackDraft = [claim('one'), claim('two'), claim('three')].reduce(addClaim, start.pack);
    await saveDraft({ ...start, pack });

    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const edited = updateClaim(pack, 'two', { title: 'Claim two, renamed' });
    await saveDraft({ ...start, pack: edited, savedAt: 11 });
    // The draft's own record and the one claim that changed; not the text, not the other claims.
    expect(put).toHaveBeenCalledTimes(2);
    expect(put.mock.calls.map(([value]) => (value as { title?: string }).title ?? 'the draft')).toEqual(['Claim two, renamed', 'the draft']);

    expect(await loadDraft('parts')).toEqual({ ...start, pack: edited, savedAt: 11 });

    // The places (a long article names hundreds) are a part of their own too: written when they change.
    put.mockClear();
    const placed = { ...edited, places: [{ id: 'aleppo', name: 'Aleppo' }] };
    await saveDraft({ ...start, pack: placed, savedAt: 11 });
    expect(put.mock.calls.map(([value]) => (Array.isArray(value) ? 'a list' : 'the draft'))).toEqual(['a list', 'the draft']);
    expect(await loadDraft('parts')).toEqual({ ...start, pack: placed, savedAt: 11 });
    const removed = { ...edited, claims: edited.claims.filter((c) => c.id !== 'one') };
    await saveDraft({ ...start, pack: removed, savedAt: 12 });
    expect((await loadDraft('parts'))?.pack.claims.map((c) => c.id)).toEqual(['two', 'three']);
  });

  it('waits for the frame to be painted, and writes at once when the page is hidden or closed', async () => {
    // Frames never come here, so only hiding the page can write the draft.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const closing = draft('closing', 'Closing', 20);
    const saved = saveDraft(closing);
    await new Promise((resolve) => setTimeout(resolve));
    expect(await stored('closing')).toBeUndefined();

    window.dispatchEvent(new Event('pagehide'));
    await saved;
    expect(await stored('closing')).toBeDefined();
    expect(await loadDraft('closing')).toEqual(closing);
  });

  it('writes the latest state when an edit comes before the last one was written', async () => {
    const first = draft('latest', 'First title', 30);
    const second = { ...first, pack: { ...first.pack, article: { ...first.pack.article, title: 'Second title' } }, savedAt: 31 };
    await Promise.all([saveDraft(first), saveDraft(second)]);
    expect((await loadDraft('latest'))?.pack.article.title).toBe('Second title');
    await discardDraft('latest');
    expect(await loadDraft('latest')).toBeUndefined();
  });

  it('still opens a draft saved with its sources and places in its own record', async () => {
    const start = draft('older', 'Older', 30);
    const pack: PackDraft = { ...addClaim(start.pack, claim('one')), places: [{ id: 'aleppo', name: 'Aleppo' }] };
    const store = createStore('tally-studio', 'drafts');
    await set('older#text', pack.article.blocks, store);
    await set('older#claim-1', pack.claims[0], store);
    await set('older', { ...start, pack: { ...pack, article: { ...pack.article, blocks: [] }, claims: [] }, claimKeys: ['older#claim-1'] }, store);
    expect(await loadDraft('older')).toEqual({ ...start, pack });
    expect((await listDrafts()).find((d) => d.key === 'older')).toEqual({ ...start, pack });
  });
});
