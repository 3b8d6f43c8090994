// The library and the pages of sources shared across articles, over the test-only site: the seed plus
// synthetic fixture articles (tests/site/articles/), one of which quotes SOHR under the seed's shared identity.
import { expect, test } from '../fixtures.ts';
import { ARTICLE_PATH, expectNoAxeViolations, gotoReady } from '../helpers.ts';

const SEED_TITLE = 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo';
const MARKET_TITLE = 'Fixture: Shelling Hits Market Town as Monitors Differ on Toll';
const FLOOD_TITLE = 'Fixture: River Floods Valley Villages; Hundreds Leave Their Homes';
// Newest first: the synthetic fixtures of the comparison model sit between these.
const QUAKE_TITLE = 'Donors Pledge Aid For Quake Recovery';
const MARCH_TITLE = 'Thousands March In Harbour City Over Transit Fares';
const FLOODS_TITLE = 'Floods Leave Dozens Missing In Marrow Valley';
const ALL_TITLES = [FLOOD_TITLE, QUAKE_TITLE, MARCH_TITLE, FLOODS_TITLE, MARKET_TITLE, SEED_TITLE];
const SOHR_PATH = '/sources/syrian-observatory-for-human-rights/';

const library = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Articles where sources disagree' });

test('the library lists every article, newest first, with outlet, date and claim counts', async ({ page }) => {
  await gotoReady(page, '/');
  const titles = library(page).getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(ALL_TITLES);
  const seed = library(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: SEED_TITLE }) });
  await expect(seed).toContainText('RFE/RL · 23 September 2016');
  await expect(seed).toContainText('13 claims, 1 with sources that differ');
  await expect(page.getByRole('status')).toHaveText('6 articles, newest first.');
});

test('the search box filters by title, outlet and source name as one types, with no request', async ({ page }) => {
  await gotoReady(page, '/');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const search = page.getByRole('searchbox', { name: 'Search titles, outlets and sources' });
  const titles = library(page).getByRole('heading', { level: 2 });

  await search.fill('valley gazette');
  await expect(titles).toHaveText([FLOOD_TITLE]);
  await expect(page.getByRole('status')).toHaveText('1 article of 6 match “valley gazette”.');

  await search.fill('Syrian Observatory');
  await expect(titles).toHaveText([MARKET_TITLE, SEED_TITLE]);

  await search.fill('truce');
  await expect(titles).toHaveText([SEED_TITLE]);

  await search.fill('no such words');
  await expect(titles).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('0 articles of 6 match “no such words”.');
  expect(requests).toEqual([]);
});

test('the library works with scripts off: prerendered, and its links lead to the articles', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(library(page).getByRole('heading', { level: 2 })).toHaveText(ALL_TITLES);
  await page.getByRole('link', { name: MARKET_TITLE, exact: true }).click();
  await expect(page).toHaveURL('/fixture-market-shelling/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MARKET_TITLE);
  await context.close();
});

test('every article page links back to the library', async ({ page }) => {
  await gotoReady(page, ARTICLE_PATH);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL('/');
  await expect(library(page)).toBeVisible();
});

test('a shared source’s page lists what it said in both articles, each linking to its comparison', async ({ page }) => {
  await gotoReady(page, SOHR_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Syrian Observatory for Human Rights');
  await expect(page.getByText('Quoted in 2 articles, newest first.')).toBeVisible();
  const market = page.getByRole('region', { name: MARKET_TITLE });
  await expect(market.getByRole('listitem')).toHaveText(['Deaths at the market: at least 12 people killed']);
  const seed = page.getByRole('region', { name: SEED_TITLE });
  await expect(seed.getByRole('listitem').first()).toHaveText('Death toll in Aleppo: at least 27 civilians killed');

  await market.getByRole('link', { name: 'Deaths at the market' }).click();
  await expect(page).toHaveURL('/fixture-market-shelling/market-toll/sohr/');
  await expect(page.getByRole('region', { name: 'How many people were killed at the market on 2 October?' })).toBeVisible();
});

test('links on the library and source pages work on the plain static server, each page loaded on its own', async ({ page }) => {
  for (const path of ['/', SOHR_PATH]) {
    await page.goto(path);
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  }
});

test('the 404 page leads back to the library', async ({ page }) => {
  await gotoReady(page, '/no-such-page/at-all/');
  await page.getByRole('link', { name: 'Go to the library of articles' }).click();
  await expect(page).toHaveURL('/');
  await expect(library(page)).toBeVisible();
});

test.describe('axe finds no violations', () => {
  test('on the library, also while filtering', async ({ page }) => {
    await gotoReady(page, '/');
    await expectNoAxeViolations(page);
    await page.getByRole('searchbox', { name: 'Search titles, outlets and sources' }).fill('fixture');
    await expectNoAxeViolations(page);
  });

  test('on a shared source’s page', async ({ page }) => {
    await gotoReady(page, SOHR_PATH);
    await expectNoAxeViolations(page);
  });
});

test('a source card in an article leads to the source’s page across articles', async ({ page }) => {
  await gotoReady(page, '/fixture-market-shelling/sources/sohr/');
  await page.getByRole('link', { name: 'What SOHR said in every article' }).click();
  await expect(page).toHaveURL(SOHR_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Syrian Observatory for Human Rights');
});
