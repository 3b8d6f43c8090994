import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/parse-article-file.ts';
import { writeExportFiles } from '../../scripts/export-files.ts';
import { aleppoJson, ARTICLE_FILE, ARTICLE_ID } from '../fixtures/aleppo.ts';

const template = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Tally</title></head>
<body><div id="root"></div><noscript>Needs JavaScript</noscript><script type="module" src="/assets/index.js"></script></body></html>`;

let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

async function build(json = aleppoJson(), base = '/') {
  outDir = mkdtempSync(join(tmpdir(), 'tally-exports-'));
  await writeExportFiles({ outDir, siteUrl: 'https://tally.example', base, template, articles: [parseArticleFile(json, ARTICLE_FILE)] });
  return (path: string) => readFileSync(join(outDir, path), 'utf8');
}

describe('the export build step', () => {
  it('writes every file at its stable address, per article and site-wide, and the context', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'tally-exports-'));
    const pages = await writeExportFiles({ outDir, siteUrl: 'https://tally.example', base: '/', template, articles: [parseArticleFile(aleppoJson(), ARTICLE_FILE)] });
    expect(pages).toEqual(['https://tally.example/exports/']);
    expect(readdirSync(join(outDir, ARTICLE_ID)).sort()).toEqual(
      ['annotations.jsonld', 'datapackage.json', 'hypothesis.json', 'reports-hxl.csv', 'reports.csv', 'reports.json'],
    );
    expect(readdirSync(join(outDir, 'exports')).sort()).toEqual(
      ['annotations.jsonld', 'datapackage.json', 'index.html', 'reports-hxl.csv', 'reports.csv', 'reports.json'],
    );
    expect(readdirSync(join(outDir, 'ns'))).toEqual(['tally.jsonld']);
  });

  it('writes the exports page as HTML without any script, with every file linked and the data escaped', async () => {
    const json = aleppoJson();
    json.article.title = '<script>alert(1)</script> & “quotes”';
    const read = await build(json);
    const page = read('exports/index.html');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “quotes”');
    expect(page).toContain('<title>Exports · Tally</title>');
    for (const file of ['reports.csv', 'reports.json', 'datapackage.json', 'reports-hxl.csv', 'annotations.jsonld', 'hypothesis.json']) {
      expect(page).toContain(`href="/${ARTICLE_ID}/${file}"`);
    }
  });

  it('puts every address under the base path', async () => {
    const read = await build(aleppoJson(), '/tally/');
    const collection = JSON.parse(read(`${ARTICLE_ID}/annotations.jsonld`)) as { id: string; '@context': string[] };
    expect(collection.id).toBe(`https://tally.example/tally/${ARTICLE_ID}/annotations.jsonld`);
    expect(collection['@context'][1]).toBe('https://tally.example/tally/ns/tally.jsonld');
    expect(read('exports/index.html')).toContain(`href="/tally/${ARTICLE_ID}/reports.csv"`);
  });

  it('refuses an article whose id is the exports’ address', async () => {
    const json = aleppoJson();
    json.article.id = 'exports';
    await expect(build(json)).rejects.toThrow('the article id "exports" is the address of Tally\'s exports; give the article another id.');
  });
});
