import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, openArticle, TOLL_QUESTION, withoutEmbeddedData, gotoReady } from './helpers.ts';

const DATA_URL = '**/data/articles/aleppo-2016-09-23.json';
const realData = () =>
  JSON.parse(readFileSync(new URL('../../public/data/articles/aleppo-2016-09-23.json', import.meta.url), 'utf8')) as {
    article: Record<string, unknown>;
    claims: { id: string; reports: { quote: { exact: string } }[] }[];
  };

async function serveData(page: Page, data: unknown) {
  await withoutEmbeddedData(page);
  await page.route(DATA_URL, (route) => route.fulfill({ json: data }));
}

test('a prerendered page reads its embedded data and fetches no data file', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) fetched.push(request.url());
  });
  await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
  await expect(comparison(page)).toBeVisible();
  await page.getByRole('link', { name: /^91 people had been killed/ }).click();
  await expect(comparison(page).locator('li[aria-current="true"]')).toContainText('al-Khatib');
  expect(fetched).toEqual([]);
});

test('a failed fetch shows Retry, and a retry that succeeds opens the link’s claim', async ({ page }) => {
  let fail = true;
  await withoutEmbeddedData(page);
  await page.route(DATA_URL, (route) => (fail ? route.abort('connectionrefused') : route.fallback()));
  await gotoReady(page, `${ARTICLE_PATH}death-toll/sohr/`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The article could not be loaded');
  await expect(alert).toContainText('data/articles/aleppo-2016-09-23.json could not be fetched');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(comparison(page)).toBeVisible();
  await expect(comparison(page).locator('li[aria-current="true"]')).toContainText('SOHR');
});

test('a malformed data file is said to be unshowable in plain words, with no JSON path', async ({ page }) => {
  const data = realData();
  data.article.title = ['not', 'text'];
  await serveData(page, data);
  await gotoReady(page, ARTICLE_PATH);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This page could not be shown');
  await expect(alert).toContainText('npx tally check public/data/articles/aleppo-2016-09-23.json');
  await expect(alert).not.toContainText('article.title');
});

test('a claim whose quote is not in the text is listed with the reason; the rest works', async ({ page }) => {
  const data = realData();
  data.claims.find((c) => c.id === 'truce-talks')!.reports.forEach((r) => (r.quote.exact = 'words the article never used'));
  await serveData(page, data);
  await openArticle(page);
  const list = page.getByRole('navigation', { name: 'Claims in this article' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Outcome of the truce talks' })).toContainText(
    'Not found in the text: its quote does not occur in the article text.',
  );
  await page.getByRole('link', { name: /^91 people had been killed/ }).click();
  await expect(comparison(page, TOLL_QUESTION)).toBeVisible();
});

test('where two claims’ quotes overlap, a click takes the innermost and the keyboard reaches both', async ({ page }) => {
  const data = realData();
  // The air-strike quote is stretched over the words of SOHR's death toll.
  data.claims.find((c) => c.id === 'air-strikes')!.reports[0]!.quote.exact =
    'at least 30 air strikes had targeted different areas of Aleppo during the early morning of September 23 and said at least 27 civilians had been killed';
  await serveData(page, data);
  await openArticle(page);

  await page.getByRole('link', { name: /^at least 27 civilians had been killed/ }).click();
  await expect(comparison(page, TOLL_QUESTION)).toBeVisible();
  await page.keyboard.press('Escape');

  const strikes = page.locator('[data-claim-id="air-strikes"]');
  await expect(strikes).toHaveCount(1);
  await strikes.focus();
  await page.keyboard.press('Enter');
  await expect(comparison(page, /How many air strikes/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-claim-id="death-toll"][data-report-id="sohr"]')).toBeFocused();
});

test('a slow data file shows a loading state that says so, then the link’s claim', async ({ page }) => {
  await withoutEmbeddedData(page);
  // The data file is held until the test lets it through; the page's time runs on Playwright's clock.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATA_URL, async (route) => {
    await released;
    await route.fallback();
  });
  await page.clock.install();
  await page.goto(`${ARTICLE_PATH}death-toll/hospital/`);
  const status = page.getByRole('status').filter({ hasText: /loading/i });
  await expect(status).toHaveText('Loading the article…');
  await page.clock.runFor(3000);
  await expect(status).toHaveText(/Still loading the article: the connection seems slow/);
  release();
  await expect(comparison(page).locator('li[aria-current="true"]')).toContainText('al-Khatib');
});
