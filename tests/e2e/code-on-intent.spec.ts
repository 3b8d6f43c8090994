// What a page downloads with no input: each kind of page loads only its own code, and the code of what the
// reader may open next (panels, the lists' entries) loads on intent. A claim URL's comparison is prerendered:
// it is there to read and to use before that code has come, and after.
import type { Page, Request, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, gotoReady } from './helpers.ts';

const PANELS_CODE = /\/assets\/panels-[^/]+\.js$/;
const READER_CODE = /\/assets\/reader-[^/]+\.js$/;
const LIBRARY_CODE = /\/assets\/library-[^/]+\.js$/;

/** Every script the page requests, from now on. */
function scriptsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/** Holds the panels' code until `release` is called: the page meanwhile is as it is before the code comes. */
async function holdPanelsCode(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(PANELS_CODE, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Loads a page and leaves it alone until the network has been quiet (no timer: the browser says so). */
async function openUntouched(page: Page, path: string) {
  await gotoReady(page, path);
  await page.waitForLoadState('networkidle');
}

test.describe('code on intent, wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('an article page left alone loads neither the panels nor the library; a pointer on a highlight brings the panels', async ({ page }) => {
    const scripts = scriptsOf(page);
    await openUntouched(page, ARTICLE_PATH);
    expect(scripts.some((s) => READER_CODE.test(s))).toBe(true);
    expect(scripts.filter((s) => PANELS_CODE.test(s) || LIBRARY_CODE.test(s))).toEqual([]);
    // The lists drawn from that code are on the page all the same, as prerendered.
    await expect(page.getByRole('navigation', { name: /Claims in this article/ }).getByRole('link', { name: 'Death toll in Aleppo' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download CSV' })).toBeVisible();

    const panelsCode = page.waitForRequest(PANELS_CODE);
    await page.getByRole('link', { name: /^91 people had been killed/ }).hover();
    await panelsCode;
    await page.getByRole('link', { name: /^91 people had been killed/ }).click();
    await expect(comparison(page)).toBeVisible();
    await expect(page).toHaveURL(/\/death-toll\/hospital\/$/);
  });

  test('the library page left alone does not load the reader', async ({ page }) => {
    const scripts = scriptsOf(page);
    await openUntouched(page, '/');
    expect(scripts.some((s) => LIBRARY_CODE.test(s))).toBe(true);
    expect(scripts.filter((s) => READER_CODE.test(s) || PANELS_CODE.test(s))).toEqual([]);
  });

  test('a choice made in a prerendered comparison before its code comes stands once the code is here', async ({ page }) => {
    const release = await holdPanelsCode(page);
    await openUntouched(page, `${ARTICLE_PATH}death-toll/`);
    const rules = comparison(page).getByRole('group', { name: 'One headline figure?' });
    await expect(rules.getByRole('status')).toContainText('ACLED records as 12');
    const asked = page.waitForRequest(PANELS_CODE);
    await rules.getByRole('radio', { name: 'ACLED' }).click();
    await rules.getByRole('radio', { name: 'ACLED' }).press('ArrowRight');
    await asked;
    await expect(rules.getByRole('radio', { name: 'Iraq Body Count, Airwars' })).toBeChecked();
    release();
    await expect(rules.getByRole('status')).toContainText('only al-Khatib’s “91” can be used');
    await expect(rules.getByRole('radio', { name: 'Iraq Body Count, Airwars' })).toBeChecked();
  });

  test('a claim URL shows its comparison before its code comes; a press on it waits for the code and then works', async ({ page }) => {
    const release = await holdPanelsCode(page);
    const scripts = scriptsOf(page);
    await openUntouched(page, `${ARTICLE_PATH}death-toll/hospital/`);
    expect(scripts.filter((s) => PANELS_CODE.test(s))).toEqual([]);
    const panel = comparison(page);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('group', { name: 'What differs' })).toContainText('Four figures, from “at least 27” to “91”');

    // The pointer reaching the panel asks for its code; the press on a link in it is kept until the code is here.
    const asked = page.waitForRequest(PANELS_CODE);
    await panel.getByRole('article', { name: 'Abu Jaafar' }).getByRole('link', { name: 'Show in text' }).click();
    await asked;
    await expect(page).toHaveURL(/\/death-toll\/hospital\/$/);
    release();
    const quote = page.locator('#quote-death-toll--forensic-team');
    await expect(quote).toBeFocused();
    await expect(quote).toBeInViewport();
  });

  test('with the keyboard: Enter on a link of a prerendered comparison before its code comes, then Escape once it has', async ({ page }) => {
    const release = await holdPanelsCode(page);
    await openUntouched(page, `${ARTICLE_PATH}death-toll/hospital/`);
    const close = comparison(page).getByRole('link', { name: 'Close comparison' });
    const asked = page.waitForRequest(PANELS_CODE);
    await close.focus();
    await asked;
    await page.keyboard.press('Enter');
    release();
    // Closed by the app, not by a new page: focus goes back to the highlight that stands for the report.
    await expect(comparison(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
    await expect(page.locator('#quote-death-toll--hospital')).toBeFocused();

    // The code is here now: Enter opens a comparison and Escape closes it.
    await page.keyboard.press('Enter');
    await expect(comparison(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(comparison(page)).toBeHidden();
  });

  test('if the panels’ code cannot be fetched, a link in a prerendered comparison is still a link', async ({ page }) => {
    await page.route(PANELS_CODE, (route) => route.abort());
    await openUntouched(page, `${ARTICLE_PATH}death-toll/hospital/`);
    await comparison(page).getByRole('link', { name: 'Close comparison' }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
    await expect(comparison(page)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S., Russia Fail On Syrian Truce');
  });
});
