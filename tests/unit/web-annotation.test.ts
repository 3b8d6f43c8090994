import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../src/core/code-points.ts';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { readableArticle } from '../../src/core/readable-article.ts';
import { annotationCollection, ANNO_CONTEXT, POSITION_CONVENTION, TALLY_TERMS, tallyContext } from '../../src/core/web-annotation.ts';
import { hypothesisFile } from '../../src/core/hypothesis-export.ts';
import { aleppoJson, ARTICLE_FILE, ARTICLE_ID } from '../fixtures/aleppo.ts';
import { modelRequirements } from '../support/w3c-annotation-model.ts';

const site = { url: 'https://tally.example', base: '/' };
const readable = readableArticle(parseArticleFile(aleppoJson(), ARTICLE_FILE));
const reportCount = readable.claims.reduce((n, c) => n + c.reports.length, 0);
const collection = annotationCollection([readable], { site, path: `/${ARTICLE_ID}/annotations.jsonld`, label: 'Claims in the article' });
const annotations = collection.first.items;
const requirements = modelRequirements();

describe('the W3C Web Annotation export of the seed', () => {
  it('holds one annotation per report in the first page', () => {
    expect(annotations).toHaveLength(reportCount);
    expect(collection.total).toBe(reportCount);
  });

  it('meets every requirement of the annotation model’s own tests, for the collection, the page and each annotation', () => {
    const count = { annotation: 0, collection: 0, page: 0 };
    expect(requirements.map((r) => r.test).filter((t) => t === 'annotation')).toHaveLength(54);
    const failures: string[] = [];
    let checked = 0;
    for (const requirement of requirements) {
      // The page tests accept "an Annotation Collection with an embedded Page", which is what Tally publishes.
      const documents = requirement.test === 'annotation' ? annotations : [collection];
      for (const [i, document] of documents.entries()) {
        checked++;
        if (requirement.validate(JSON.parse(JSON.stringify(document)))) count[requirement.test]++;
        else failures.push(`${requirement.file}${requirement.test === 'annotation' ? ` (annotation ${i + 1})` : ''}`);
      }
    }
    expect(failures).toEqual([]);
    // 54 requirements per annotation, 10 for the collection and 15 for its page.
    expect(count).toEqual({ annotation: 54 * reportCount, collection: 10, page: 15 });
    expect(checked).toBe(54 * reportCount + 25);
  });

  it('fails those tests when a requirement is broken, so the check can fail', () => {
    const broken = JSON.parse(JSON.stringify(annotations[0])) as Record<string, unknown>;
    broken['@context'] = 'https://example.org/not-anno.jsonld';
    delete broken.target;
    const failed = requirements.filter((r) => r.test === 'annotation' && !r.validate(broken)).map((r) => r.file);
    expect(failed).toEqual(expect.arrayContaining(['annotations/3.1-annotationContextValidated.json', 'annotations/3.1-targetKeyFound.json']));
    const noItems = { ...collection, first: { ...collection.first, items: undefined } };
    expect(requirements.filter((r) => r.test === 'page' && !r.validate(JSON.parse(JSON.stringify(noItems))))).not.toHaveLength(0);
  });

  it('has every position selector hold exactly its quote’s words, counted in code points', () => {
    let positions = 0;
    for (const annotation of annotations) {
      const [quote, position] = annotation.target.selector;
      const prefix = quote.prefix ?? '';
      const suffix = quote.suffix ?? '';
      if (!position) continue;
      positions++;
      expect(sliceCodePoints(readable.body.text, position.start, position.end)).toBe(quote.exact);
      expect(sliceCodePoints(readable.body.text, position.start - Array.from(prefix).length, position.start)).toBe(prefix);
      expect(sliceCodePoints(readable.body.text, position.end, position.end + Array.from(suffix).length)).toBe(suffix);
      expect(prefix.length + suffix.length).toBeGreaterThan(0);
    }
    expect(positions).toBe(readable.ranges.size);
  });

  it('counts code points, not UTF-16 units, when the text holds characters outside the BMP', () => {
    const json = aleppoJson();
    const blocks = json.article.blocks as { kind: string; text: string }[];
    blocks.unshift({ kind: 'paragraph', text: 'Readers reacted 😮 and 🇸🇾 before the report.' });
    const withEmoji = readableArticle(parseArticleFile(json, ARTICLE_FILE));
    const items = annotationCollection([withEmoji], { site, path: '/a/annotations.jsonld', label: 'x' }).first.items;
    for (const annotation of items) {
      const [quote, position] = annotation.target.selector;
      if (!position) continue;
      expect(sliceCodePoints(withEmoji.body.text, position.start, position.end)).toBe(quote.exact);
    }
    const first = items[0]!.target.selector[1]!;
    const utf16 = withEmoji.ranges.get('death-toll/sohr')!.start;
    // Three astral characters before the quote (😮 and the two regional indicators of 🇸🇾): three fewer code points.
    expect(first.start).toBe(utf16 - 3);
  });

  it('aims at the article with Tally’s page as scope, and says the report, the claim and the source in its bodies', () => {
    const sohr = annotations.find((a) => a.id.endsWith('#death-toll/sohr'))!;
    expect(sohr.target.scope).toBe(`https://tally.example/${ARTICLE_ID}/death-toll/sohr/`);
    expect(sohr.body.map((b) => b.purpose)).toEqual(['describing', 'tagging', 'identifying']);
    expect(sohr.body[0]!.value).toBe(
      'Syrian Observatory for Human Rights — civilians killed: “at least 27” (Tally’s reading: 27 or more). Hours: not stated. Place: not stated. How it reached the article: “said”.',
    );
    expect(sohr.body[1]!.value).toBe('Death toll in Aleppo');
    expect(sohr.body[2]!.value).toBe('Syrian Observatory for Human Rights');
    expect(sohr.report.figure?.tallyReading).toEqual({ low: 27, inWords: '27 or more' });
    expect(collection['http://purl.org/dc/terms/description']).toContain(POSITION_CONVENTION);
  });

  it('says every report in plain words an editor can check (golden file)', async () => {
    const lines = annotations.map((a) => `${a.report.claimId}/${a.report.reportId}: ${a.body[0]!.value}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./golden/report-in-words.txt');
  });

  it('targets the original web address when the pack states it, and Tally’s page of the article until then', () => {
    // A pack that states no origin (as packs could before the format required one).
    const withoutOrigin = { ...readable, article: { ...readable.article, origin: undefined } } as unknown as typeof readable;
    const fallback = annotationCollection([withoutOrigin], { site, path: '/a/annotations.jsonld', label: 'x' }).first.items[0]!;
    expect(fallback.target.source).toBe(`https://tally.example/${ARTICLE_ID}/`);
    expect(fallback.report.originalAddress).toBe(false);
    const withOrigin = { ...readable, article: { ...readable.article, origin: { url: 'https://www.rferl.org/a/example.html', retrieved: '2026-11-01', textSha256: '0'.repeat(64) } } };
    const first = annotationCollection([withOrigin], { site, path: '/a/annotations.jsonld', label: 'x' }).first.items[0]!;
    expect(first.target.source).toBe('https://www.rferl.org/a/example.html');
    expect(first.report.originalAddress).toBe(true);
  });
});

describe('Tally’s JSON-LD context', () => {
  const anno = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../vendor/w3c/anno.jsonld'), 'utf8')) as { '@context': Record<string, unknown> };
  const context = tallyContext(site)['@context'];

  it('defines every term the annotations use, and redefines none of the Web Annotation vocabulary', () => {
    const annoTerms = new Set(Object.keys(anno['@context']));
    const tallyTerms = Object.keys(context).filter((t) => t !== 'tally');
    expect(tallyTerms.filter((t) => annoTerms.has(t))).toEqual([]);
    const used = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          used.add(k);
          walk(v);
        }
      }
    };
    annotations.forEach((a) => walk(a.report));
    expect([...used].filter((t) => !(t in context) && !annoTerms.has(t))).toEqual([]);
    expect(Object.keys(TALLY_TERMS).sort()).toEqual(tallyTerms.sort());
  });

  it('lets a JSON-LD processor read every annotation and the collection without dropping anything', async () => {
    const documents: Record<string, unknown> = { [ANNO_CONTEXT]: anno, 'https://tally.example/ns/tally.jsonld': tallyContext(site) };
    const documentLoader = (url: string) => {
      if (!(url in documents)) return Promise.reject(new Error(`no network in tests: ${url}`));
      return Promise.resolve({ contextUrl: null, documentUrl: url, document: documents[url] });
    };
    const expanded = await jsonld.expand(collection, { documentLoader, safe: true });
    const text = JSON.stringify(expanded);
    expect(text).toContain('http://www.w3.org/ns/oa#hasTarget');
    expect(text).toContain('https://tally.example/ns/tally#tallyReading');
    expect(text).toContain('https://tally.example/ns/tally#claimId');
    // Every annotation's every Tally field is an IRI-named property after expansion.
    const broken = JSON.parse(JSON.stringify(annotations[0])) as Record<string, unknown>;
    (broken.report as Record<string, unknown>).notATerm = 1;
    await expect(jsonld.expand(broken, { documentLoader, safe: true })).rejects.toThrow();
  });

  it('puts the terms under the site’s namespace', () => {
    expect(context.tally).toBe('https://tally.example/ns/tally#');
    expect(annotations[0]!['@context']).toEqual([ANNO_CONTEXT, 'https://tally.example/ns/tally.jsonld']);
  });
});

describe('the Hypothesis file', () => {
  const file = hypothesisFile(readable, site);

  it('is what Hypothesis’ import reads: an object with an annotations array of API records', () => {
    expect(Array.isArray(file.annotations)).toBe(true);
    expect(file.annotations).toHaveLength(reportCount);
    for (const annotation of file.annotations) {
      expect(typeof annotation.uri).toBe('string');
      expect(annotation.text.length).toBeGreaterThan(0);
      expect(annotation.tags).toContain('Tally');
      expect(annotation.document).toEqual({ title: [readable.article.title] });
      expect(annotation.target[0]!.source).toBe(annotation.uri);
      expect(annotation.target[0]!.selector[0]!.type).toBe('TextQuoteSelector');
    }
  });

  it('carries the same quotes with their context as the annotations', () => {
    const quotes = annotations.map((a) => a.target.selector[0]);
    expect(file.annotations.map((a) => a.target[0]!.selector[0])).toEqual(quotes);
  });
});
