import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { packFromText } from '../../src/core/pack-draft.ts';
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
