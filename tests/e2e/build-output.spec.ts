// The built site, file by file: every page the build promises exists, with its own head tags and image.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url);
const data = JSON.parse(readFileSync(new URL('../../public/data/articles/aleppo-2016-09-23.json', import.meta.url), 'utf8')) as {
  sources: { id: string }[];
  claims: { id: string; question: string; reports: { id: string }[] }[];
};

function head(path: string) {
  const html = readFileSync(dist(path), 'utf8');
  const meta = (key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
  return { html, meta, title: /<title>([^<]*)<\/title>/.exec(html)?.[1], canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] };
}

function pngSize(path: string) {
  const png = readFileSync(dist(path));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('every claim has its own HTML file with title, description, canonical, Open Graph, Twitter Card and image', () => {
  for (const claim of data.claims) {
    const page = head(`aleppo-2016-09-23/${claim.id}/index.html`);
    const question = claim.question.replaceAll("'", '&#39;');
    expect(page.title, claim.id).toBe(`${question} · Tally`);
    expect(page.meta('og:title')).toBe(`${question} · Tally`);
    expect(page.meta('description')!.length).toBeGreaterThan(10);
    expect(page.meta('og:description')).toBe(page.meta('description'));
    expect(page.canonical).toMatch(new RegExp(`/aleppo-2016-09-23/${claim.id}/$`));
    expect(page.meta('og:url')).toBe(page.canonical);
    expect(page.meta('twitter:card')).toBe('summary_large_image');
    const image = page.meta('og:image')!;
    expect(image).toMatch(new RegExp(`/previews/aleppo-2016-09-23/${claim.id}\\.png$`));
    expect(page.meta('twitter:image')).toBe(image);
    expect(pngSize(new URL(image).pathname.slice(1))).toEqual({ width: 1200, height: 630 });
    for (const report of claim.reports) {
      expect(existsSync(dist(`aleppo-2016-09-23/${claim.id}/${report.id}/index.html`)), `${claim.id}/${report.id}`).toBe(true);
    }
  }
});

test('the death toll’s preview gives each source’s figure', () => {
  const page = head('aleppo-2016-09-23/death-toll/index.html');
  expect(page.meta('description')).toBe('SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed · RFE/RL: dozens of people killed');
});

test('the article page carries its NewsArticle and a Claim per claim as JSON-LD', () => {
  for (const path of ['aleppo-2016-09-23/index.html']) {
    const { html } = head(path);
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    const graph = (JSON.parse(json!) as { '@graph': { '@type': string }[] })['@graph'];
    expect(graph[0]!['@type']).toBe('NewsArticle');
    expect(graph.filter((node) => node['@type'] === 'Claim')).toHaveLength(data.claims.length);
  }
  expect(pngSize('previews/aleppo-2016-09-23.png')).toEqual({ width: 1200, height: 630 });
});

test('source pages, a 404 page, a sitemap and robots.txt are written', () => {
  for (const source of data.sources) expect(existsSync(dist(`aleppo-2016-09-23/sources/${source.id}/index.html`)), source.id).toBe(true);
  const notFound = head('404.html');
  expect(notFound.title).toBe('Page not found · Tally');
  expect(notFound.meta('robots')).toBe('noindex');
  const sitemap = readFileSync(dist('sitemap.xml'), 'utf8');
  expect(sitemap).toContain('/aleppo-2016-09-23/death-toll/hospital/</loc>');
  expect(readFileSync(dist('robots.txt'), 'utf8')).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
});

test('a preview image is served as a PNG by the static server', async ({ request }) => {
  const response = await request.get('/previews/aleppo-2016-09-23/death-toll.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('every HTML file carries the Content-Security-Policy, allowing by its hash the one inline script that starts the app', () => {
  const files = ['index.html', '404.html', 'aleppo-2016-09-23/index.html', ...data.claims.map((c) => `aleppo-2016-09-23/${c.id}/index.html`)];
  for (const file of files) {
    const { html } = head(file);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
    // The only scripts are the one that starts the app, written into the page, and data blocks that never run.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1]!, text: m[2]! }));
    for (const { attributes } of scripts) expect(attributes, file).toMatch(/^ type="module"$|type="application\/(ld\+)?json"/);
    const start = scripts.filter((script) => script.attributes === ' type="module"');
    expect(start, file).toHaveLength(1);
    const hash = createHash('sha256').update(start[0]!.text).digest('base64');
    expect(policy, file).toContain(`script-src 'self' 'sha256-${hash}';`);
    // It loads the app's code from the site itself, by addresses that do not depend on the page's own.
    for (const [, address] of start[0]!.text.matchAll(/import\(([^)]*)\)/g)) expect(address, file).toMatch(/^"\/assets\/[\w-]+\.js"$/);
  }
});
