// The exports as a researcher meets them: the download links on the article give the very bytes the
// static files hold (what `curl` gets), and /exports/ lists every export, each answering with its type.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, expectNoAxeViolations, openArticle } from './helpers.ts';

const data = JSON.parse(readFileSync(new URL('../../public/data/articles/aleppo-2016-09-23.json', import.meta.url), 'utf8')) as {
  claims: { reports: unknown[] }[];
};
const reportCount = data.claims.reduce((n, c) => n + c.reports.length, 0);

test.describe('the figures as data', () => {
  test('the download links give the same bytes as the static files', async ({ page, request }) => {
    await openArticle(page);
    for (const [name, file] of [
      ['Download CSV', 'reports.csv'],
      ['Download JSON', 'reports.json'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toBe(`tally-aleppo-2016-09-23-${file}`);
      const downloaded = readFileSync(await download.path());
      const served = await request.get(`${ARTICLE_PATH}${file}`);
      expect(served.ok()).toBe(true);
      expect(Buffer.compare(downloaded, await served.body())).toBe(0);
    }
  });

  test('the CSV holds every report, and the JSON the same rows', async ({ request }) => {
    const csv = await (await request.get(`${ARTICLE_PATH}reports.csv`)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(reportCount + 1);
    expect(lines[0]).toMatch(/^article_id,article_title,/);
    expect(lines.filter((line) => line.includes(',hospital,'))).toHaveLength(1);
    const rows = (await (await request.get(`${ARTICLE_PATH}reports.json`)).json()) as { value: number | null }[];
    expect(rows).toHaveLength(reportCount);
    expect(rows.map((r) => r.value)).toEqual(expect.arrayContaining([27, 54, 91]));
  });
});

test.describe('the exports page', () => {
  test('is linked from the article and lists every export, each served with its type', async ({ page, request }) => {
    await openArticle(page);
    await page.getByRole('link', { name: 'All exports' }).click();
    await expect(page).toHaveURL(/\/exports\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();

    const article = page.getByRole('region', { name: 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo' });
    const types: Record<string, RegExp> = {
      'reports.csv': /^text\/csv/,
      'reports.json': /^application\/json/,
      'datapackage.json': /^application\/json/,
      'reports-hxl.csv': /^text\/csv/,
      'annotations.jsonld': /^application\/ld\+json/,
      'hypothesis.json': /^application\/json/,
    };
    const articleLinks = await article.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(articleLinks).toEqual([ARTICLE_PATH, ...Object.keys(types).map((file) => `${ARTICLE_PATH}${file}`)]);
    for (const href of articleLinks.slice(1)) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(types[href.split('/').at(-1)!]!);
    }

    const siteWide = ['reports.csv', 'reports.json', 'datapackage.json', 'reports-hxl.csv', 'annotations.jsonld'];
    for (const file of siteWide) {
      const link = page.locator(`a[href="/exports/${file}"]`);
      await expect(link).toBeVisible();
      expect((await request.get(`/exports/${file}`)).status()).toBe(200);
    }
    const all = (await (await request.get('/exports/annotations.jsonld')).json()) as { total: number; first: { items: unknown[] } };
    expect(all.first.items).toHaveLength(all.total);
  });

  test('has no axe violations and works without scripts', async ({ page }) => {
    await page.goto('/exports/');
    await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
    expect(await page.locator('script[type="module"]').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
