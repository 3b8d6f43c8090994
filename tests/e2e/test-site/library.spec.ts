// The library and the pages of sources shared across articles, over the test-only site: the seed plus
// synthetic fixture articles (tests/site/articles/), one of which quotes SOHR under the seed's shared identity.
import { expect, test } from '../fixtures.ts';
import { ARTICLE_PATH, expectNoAxeViolations, gotoReady, hasNoSidewaysScroll } from '../helpers.ts';

const SEED_TITLE = 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo';
const MARKET_TITLE = 'Fixture: Shelling Hits Market Town as Monitors Differ on Toll';
const FLOOD_TITLE = 'Fixture: River Floods Valley Villages; Hundreds Leave Their Homes';
// Newest first: the synthetic fixtures of the comparison model sit between these.
const QUAKE_TITLE = 'Donors Pledge Aid For Quake Recovery';
const MARCH_TITLE = 'Thousands March In Harbour City Over Transit Fares';
const FERRY_MARCH_TITLE = 'Thousands March In Harbourton Over Ferry Cuts';
const FLOODS_TITLE = 'Floods Leave Dozens Missing In Marrow Valley';
// The oldest: a long article whose claims sit far down the page (long-article.spec.ts).
const LONG_TITLE = 'Fixture: A Long Article With Claims Far Down the Page';
const ALL_TITLES = [FLOOD_TITLE, QUAKE_TITLE, MARCH_TITLE, FERRY_MARCH_TITLE, FLOODS_TITLE, MARKET_TITLE, SEED_TITLE, LONG_TITLE];
const SOHR_PATH = '/sources/syrian-observatory-for-human-rights/';
// The test site is built with a first screen of 3 articles and later pages of 2 (scripts/build-test-site.mjs).
const FIRST_SCREEN = ALL_TITLES.slice(0, 3);
// The later pages of the index, numbered from 2, derived from the articles listed above.
const LATER_PAGES = Array.from({ length: Math.ceil((ALL_TITLES.length - 3) / 2) }, (_, i) => `/data/library/${i + 2}.json`);

const library = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Articles where sources disagree' });

test('the library lists the newest articles first, with outlet, date and claim counts, and the rest on request', async ({ page }) => {
  await gotoReady(page, '/');
  const titles = library(page).getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(FIRST_SCREEN);
  await expect(page.getByRole('status')).toHaveText('8 articles, newest first. Showing the first 3.');
  await page.getByRole('button', { name: 'Show 3 more articles' }).click();
  await expect(titles).toHaveText(ALL_TITLES.slice(0, 6));
  await page.getByRole('button', { name: 'Show 2 more articles' }).click();
  await expect(titles).toHaveText(ALL_TITLES);
  await expect(page.getByRole('status')).toHaveText('8 articles, newest first.');
  await expect(page.getByRole('button', { name: /more article/ })).toHaveCount(0);
  const seed = library(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: SEED_TITLE, exact: true }) });
  await expect(seed).toContainText('RFE/RL · 23 September 2016');
  await expect(seed).toContainText('13 claims, 1 with sources that differ');
});

test('the search box filters every article as one types, loading the later pages of the index once', async ({ page }) => {
  await gotoReady(page, '/');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const search = page.getByRole('searchbox', { name: 'Search titles, outlets and sources' });
  const titles = library(page).getByRole('heading', { level: 2 });

  // The seed is on a later page of the index: found only once the later pages have loaded.
  await search.pressSequentially('truce');
  await expect(titles).toHaveText([SEED_TITLE]);
  await expect(page.getByRole('status')).toHaveText('1 article of 8 match “truce”.');

  await search.fill('valley gazette');
  await expect(titles).toHaveText([FLOOD_TITLE]);

  await search.fill('Syrian Observatory');
  await expect(titles).toHaveText([MARKET_TITLE, SEED_TITLE]);

  await search.fill('no such words');
  await expect(titles).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('0 articles of 8 match “no such words”.');
  // Each later page once, and nothing per keystroke.
  expect(requests.sort()).toEqual(LATER_PAGES);
});

test('the library works from the keyboard: search, then the first match’s link', async ({ page }) => {
  await gotoReady(page, '/');
  const search = page.getByRole('searchbox', { name: 'Search titles, outlets and sources' });
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('truce');
  await expect(library(page).getByRole('heading', { level: 2 })).toHaveText([SEED_TITLE]);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: SEED_TITLE, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/aleppo-2016-09-23/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});

test('on a phone, the library fits the screen and its search finds articles on later pages', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await gotoReady(page, '/');
  expect(await hasNoSidewaysScroll(page)).toBe(true);
  await page.getByRole('searchbox', { name: 'Search titles, outlets and sources' }).fill('floods');
  await expect(library(page).getByRole('heading', { level: 2 })).toHaveText([FLOOD_TITLE, FLOODS_TITLE]);
  await expect(page.getByRole('link', { name: FLOODS_TITLE, exact: true })).toBeVisible();
  expect(await hasNoSidewaysScroll(page)).toBe(true);
});

test('on a phone, the library and a shared source’s page do not move as they appear', async ({ page }) => {
  // A tall phone screen: the whole of each page, down to its footer, is in view, where a shift would count.
  await page.setViewportSize({ width: 375, height: 2000 });
  // Every layout shift from the page's first frame on, as Lighthouse counts them (CLS).
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        shifts.push({ value: entry.value, moved: entry.sources.map((s) => (s.node instanceof Element ? s.node.className : String(s.node?.nodeName))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/', SOHR_PATH]) {
    await gotoReady(page, path);
    // Two frames after the app is ready: a shift it caused has been recorded.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: unknown[] }).layoutShifts), path).toEqual([]);
  }
});

test('the library works with scripts off: its first screen is prerendered, and its links lead to the articles', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(library(page).getByRole('heading', { level: 2 })).toHaveText(FIRST_SCREEN);
  await page.getByRole('link', { name: QUAKE_TITLE, exact: true }).click();
  await expect(page).toHaveURL('/quake-recovery-pledges-2025-11-18/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUAKE_TITLE);
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
