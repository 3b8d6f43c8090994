import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/core/article-text.ts';
import { DataFileError, envelopeMemory, parseArticleFile } from '../../src/core/parse-article-file.ts';
import { addClaim, checkPack, packChecker, packFileJson, packFromJson, packFromText, packJson, slugify, splitParagraphs, uniqueId, updateArticle, updatePlace, updateReport, updateSource, type PackDraft } from '../../src/core/pack-draft.ts';
import { aleppoJson, seedText } from '../fixtures/aleppo.ts';
import { seedBodyText } from '../fixtures/seed-text.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const ORIGIN = { address: 'https://example.org/a', retrieved: '2026-11-26', language: 'en' };

describe('packFromText', () => {
  it('takes the first line of a pasted text file as the title and splits paragraphs on blank lines', () => {
    const pack = packFromText({ title: '', outlet: 'RFE/RL', published: '2016-09-23', ...ORIGIN, text: seedText }, sha256);
    expect(pack.article.title).toBe('U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo');
    expect(pack.article.id).toBe('u-s-russia-fail-on-syrian-truce-as-dozens-2016-09-23');
    expect(pack.article.blocks[0]).toEqual({ kind: 'paragraph', text: 'Your browser doesn’t support HTML5' });
    // Every paragraph of the published article is one of the pasted ones, word for word.
    expect(pack.article.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(seedBodyText().split('\n\n')));
    expect(pack.article.blocks).toHaveLength(21);
    // The origin, with the fingerprint over the blocks' texts joined by blank lines, as `tally check` takes it.
    expect(pack.article.origin).toEqual({ url: ORIGIN.address, retrieved: ORIGIN.retrieved, language: 'en', textSha256: sha256(bodyText(pack.article.blocks).text) });
    expect(bodyText(pack.article.blocks).text).toBe(pack.article.blocks.map((b) => b.text).join('\n\n'));
  });

  it('writes packs in the current format, which `tally check` accepts', () => {
    const json = JSON.parse(packJson(packFromText({ title: 'T', outlet: 'O', published: '2020-01-01', ...ORIGIN, text: 'A.' }, sha256))) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 2)).toEqual(['$schema', 'version']);
    expect(json.version).toBe(1);
  });

  it('reports a text whose fingerprint does not match', () => {
    const pack = packFromText({ title: 'T', outlet: 'O', published: '2020-01-01', ...ORIGIN, text: 'A.' }, () => '0'.repeat(64));
    expect(checkPack(pack, sha256).map((p) => p.path)).toContain('article.origin.textSha256');
  });

  it('keeps a given title and joins lines broken inside a paragraph', () => {
    expect(splitParagraphs('One\nline.\r\n\r\n\n  Two.  ')).toEqual(['One line.', 'Two.']);
    const pack = packFromText({ title: 'Given', outlet: 'O', published: '2020-01-01', ...ORIGIN, text: 'A.\n\nB.' }, sha256);
    expect(pack.article.blocks).toHaveLength(2);
  });
});

describe('ids', () => {
  it('makes slugs and unique ids', () => {
    expect(slugify('Death toll in Aleppo!')).toBe('death-toll-in-aleppo');
    expect(slugify('Über café')).toBe('uber-cafe');
    expect(uniqueId('sohr', ['sohr', 'sohr-2'])).toBe('sohr-3');
  });
});

describe('packFromJson', () => {
  it('opens a published pack, which passes every check', () => {
    const opened = packFromJson(aleppoJson(), 'aleppo.json');
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(checkPack(opened.pack, sha256)).toEqual([]);
      expect(JSON.parse(packJson(opened.pack))).toEqual(JSON.parse(packJson(opened.pack)));
    }
  });

  it('refuses a file that is not a pack, or a pack with a broken claim, saying where and why', () => {
    expect(packFromJson({ hello: 1 }, 'x.json')).toMatchObject({ ok: false, problems: [{ path: 'version' }, { path: 'article' }, { path: 'sources' }, { path: 'claims' }] });
    const broken = aleppoJson();
    (broken.claims[0]!.reports as { sourceIds: string[] }[])[0]!.sourceIds = ['nobody'];
    expect(packFromJson(broken, 'b.json')).toEqual({
      ok: false,
      problems: [{ file: 'b.json', path: 'claims[0].reports[0].sourceIds[0]', message: 'expected the id of a source in "sources", received "nobody"' }],
    });
  });
});

describe('checkPack', () => {
  it('asks for a claim, and places each problem at its field', () => {
    const pack = packFromText({ title: 'T', outlet: 'O', published: '2020-01-01', ...ORIGIN, text: 'Some 12 people were hurt.\n\nSome 12 people were hurt.' }, sha256);
    expect(checkPack(pack, sha256)).toEqual([expect.objectContaining({ severity: 'error', path: 'claims' })]);
    // Until the text's fingerprint is known, the pack is not ready.
    expect(checkPack(pack, undefined).map((p) => p.path)).toEqual(['article.origin.textSha256', 'claims']);
    const withClaim = addClaim(pack, {
      id: 'hurt',
      title: 'Hurt',
      question: 'How many were hurt?',
      kind: 'figure',
      reports: [
        {
          id: 'r',
          sourceIds: ['nobody'],
          quote: { type: 'TextQuoteSelector', exact: 'Some 12 people were hurt.' },
          figure: { words: '13', qualifier: 'about', value: 13, kind: 'people-injured', unit: 'people', counts: 'people hurt' },
        },
      ],
    });
    expect(checkPack(withClaim, sha256).map((p) => p.path)).toEqual(['claims[0].reports[0].sourceIds[0]', 'claims[0].reports[0].quote', 'claims[0].reports[0].figure.words']);
  });

  it('finds the same problems when it remembers earlier checks, edit after edit, whatever part the edit changes', () => {
    const opened = packFromJson(aleppoJson(), 'aleppo.json');
    if (!opened.ok) throw new Error('the fixture should open');
    const claim = opened.pack.claims[0]!;
    const report = claim.reports[0]!;
    const edits: ((pack: PackDraft) => PackDraft)[] = [
      (pack) => updateReport(pack, claim.id, report.id, (r) => ({ ...r, figure: { ...r.figure!, words: 'not in the quote' } })),
      (pack) => updateArticle(pack, { title: '' }),
      (pack) => updateArticle(pack, { blocks: [...pack.article.blocks, { kind: 'paragraph', text: 'One more.' }] }),
      (pack) => updateSource(pack, pack.sources[0]!.id, { kind: 'nobody' as never }),
      (pack) => updatePlace(pack, pack.places[0]?.id ?? 'none', { within: ['nowhere'] }),
      (pack) => updateArticle(pack, { title: 'Back again' }),
      (pack) => updateReport(pack, claim.id, report.id, (r) => ({ ...r, figure: report.figure })),
    ];
    const remembering = packChecker();
    let pack = opened.pack;
    expect(remembering(pack, sha256)).toEqual(checkPack(pack, sha256));
    const seen = new Set<string>();
    for (const edit of edits) {
      pack = edit(pack);
      const found = remembering(pack, sha256);
      expect(found).toEqual(checkPack(pack, sha256));
      found.forEach((p) => seen.add(p.path));
    }
    // The edits did make problems, in the article, its text, a source, a place and a report.
    expect([...seen]).toEqual(expect.arrayContaining(['article.title', 'article.origin.textSha256', 'sources[0].kind', 'claims[0].reports[0].figure.words']));
  });

  it('the preview’s validation, remembering the article between edits, is a fresh validation’s, whatever part the edit changes', () => {
    const opened = packFromJson(aleppoJson(), 'aleppo.json');
    if (!opened.ok) throw new Error('the fixture should open');
    const claim = opened.pack.claims[0]!;
    const report = claim.reports[0]!;
    const edits: ((pack: PackDraft) => PackDraft)[] = [
      (pack) => updateReport(pack, claim.id, report.id, (r) => ({ ...r, id: 'renamed' })),
      (pack) => updateArticle(pack, { title: 42 as never }),
      (pack) => updateArticle(pack, { title: 'A title again' }),
      (pack) => updateArticle(pack, { blocks: [...pack.article.blocks, { kind: 'paragraph', text: 'One more.' }] }),
      (pack) => updateSource(pack, pack.sources[0]!.id, { kind: 'nobody' as never }),
      (pack) => updateSource(pack, pack.sources[0]!.id, { kind: opened.pack.sources[0]!.kind }),
      (pack) => updatePlace(pack, pack.places[0]?.id ?? 'none', { within: ['nowhere'] }),
      (pack) => updatePlace(pack, pack.places[0]?.id ?? 'none', { within: opened.pack.places[0]?.within }),
      (pack) => updateReport(pack, claim.id, 'renamed', (r) => ({ ...r, sourceIds: ['nobody'] })),
    ];
    /** What parseArticleFile says: the file, or the problems it throws. */
    const outcome = (run: () => unknown) => {
      try {
        return { file: run() };
      } catch (error) {
        if (error instanceof DataFileError) return { problems: error.problems };
        throw error;
      }
    };
    const toJson = packFileJson();
    const memory = envelopeMemory();
    const outcomes = new Set<string>();
    let pack = opened.pack;
    for (const edit of [(p: PackDraft) => p, ...edits]) {
      pack = edit(pack);
      const json = toJson(pack);
      const remembered = outcome(() => parseArticleFile(json, 'preview', memory));
      expect(remembered).toEqual(outcome(() => parseArticleFile(JSON.parse(JSON.stringify(json)), 'preview')));
      outcomes.add(remembered.problems ? remembered.problems.map((p) => p.path).join(' ') : `claims ${(remembered.file as { rejectedClaims: unknown[] }).rejectedClaims.length} rejected`);
    }
    // The edits made the article, a source and a place unusable in turn, and set a claim aside.
    expect([...outcomes]).toEqual(expect.arrayContaining(['article.title', 'sources[0].kind', 'places[0].within[0]', 'claims 1 rejected']));
  });

  it('validates an article the preview has validated once only again when it changes', () => {
    const opened = packFromJson(aleppoJson(), 'aleppo.json');
    if (!opened.ok) throw new Error('the fixture should open');
    const toJson = packFileJson();
    const memory = envelopeMemory();
    const claim = opened.pack.claims[0]!;
    const first = parseArticleFile(toJson(opened.pack), 'preview', memory);
    const edited = updateReport(opened.pack, claim.id, claim.reports[0]!.id, (r) => ({ ...r, id: 'renamed' }));
    const second = parseArticleFile(toJson(edited), 'preview', memory);
    // The same validated article, not a new copy: it was not validated again.
    expect(second.article).toBe(first.article);
    expect(second.claims[0]!.reports[0]!.id).toBe('renamed');
    const retitled = parseArticleFile(toJson(updateArticle(edited, { title: 'Another title' })), 'preview', memory);
    expect(retitled.article).not.toBe(first.article);
    expect(retitled.article.title).toBe('Another title');
  });
});
