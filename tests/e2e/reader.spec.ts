import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { afterTwoFrames, ARTICLE_PATH, comparison, expectNoAxeViolations, hasNoSidewaysScroll, openArticle, TOLL_QUESTION, gotoReady, waitForPanels } from './helpers.ts';

const TOLL = /Death toll in Aleppo: 4 sources differ/;

test.describe('reading the Aleppo article', () => {
  test('shows the article word for word, with outlet, date and credit', async ({ page }) => {
    await openArticle(page);
    await expect(page.locator('.article-meta').getByText('RFE/RL', { exact: true })).toBeVisible();
    await expect(page.locator('time')).toHaveText('23 September 2016');
    await expect(page.getByText('With reporting by Reuters, AP, AFP, dpa, and TASS')).toBeVisible();
    const seed = readFileSync(new URL('../fixtures/aleppo-2016-09-23.source.txt', import.meta.url), 'utf8');
    const paragraphs = seed.split('\n').filter((l) => l.trim()).slice(2, -1);
    await expect(page.locator('[data-block]')).toHaveText(paragraphs);
    await expect(page.getByText(/support HTML5/)).toHaveCount(0);
  });

  test('clicking "91 people" puts all three figures side by side with their sources', async ({ page }) => {
    await openArticle(page);
    await page.getByRole('link', { name: /^91 people had been killed/ }).click();
    await expect(page).toHaveURL(/\/aleppo-2016-09-23\/death-toll\/hospital\/$/);
    const panel = comparison(page);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TOLL_QUESTION);

    const columns = panel.getByRole('article');
    await expect(columns).toHaveCount(4);
    await expect(columns.nth(0)).toContainText('SOHR');
    await expect(columns.nth(0)).toContainText('at least 27');
    await expect(columns.nth(0)).toContainText('civilians killed');
    await expect(columns.nth(1)).toContainText('Muhammad Abu Jaafar');
    await expect(columns.nth(1)).toContainText('54');
    await expect(columns.nth(2)).toContainText('Hamza al-Khatib');
    await expect(columns.nth(2)).toContainText('91');

    const boxes = await Promise.all([0, 1, 2].map((i) => columns.nth(i).boundingBox()));
    const [a, b, c] = boxes.map((box) => box!);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(Math.abs(b!.y - c!.y)).toBeLessThan(2);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);

    // The clicked column stands out; the article stays readable beside the panel with the highlight in view.
    await expect(panel.locator('li[aria-current="true"]')).toContainText('al-Khatib');
    const highlight = page.getByRole('link', { name: /^91 people had been killed/ });
    await expect(highlight).toBeInViewport();
    const [article, side] = await Promise.all([page.locator('article.article').boundingBox(), panel.boundingBox()]);
    expect(article!.x + article!.width).toBeLessThanOrEqual(side!.x);
  });

  test('the code of the panels is fetched when the reader points at a highlight, not while the page sits idle', async ({ page }) => {
    await openArticle(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.tallyPanels)).toBeUndefined();
    await page.getByRole('link', { name: /^91 people had been killed/ }).hover();
    await waitForPanels(page);
    await page.getByRole('link', { name: /^91 people had been killed/ }).click();
    await expect(comparison(page)).toBeVisible();
  });

  test('the keyboard opens a comparison with Enter and Escape returns focus to the highlight', async ({ page }) => {
    await openArticle(page);
    // Skip links lead past the header and the lists to the article; the first highlight is next.
    const skip = page.getByRole('link', { name: 'Skip to the article' });
    for (let i = 0; i < 5 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    // The article's first highlight is its own "killing dozens of people", part of the death toll.
    await expect(first).toHaveAttribute('data-claim-id', 'death-toll');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await expect(first).toHaveCSS('outline-style', 'solid');

    await page.keyboard.press('Enter');
    const panel = comparison(page);
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/\/death-toll\/article\/$/);
    await expect(page.getByRole('heading', { level: 2, name: TOLL_QUESTION })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
    await expect(page.locator('[data-claim-id="death-toll"][data-report-id="article"]').first()).toBeFocused();
  });

  test('the close button closes and gives focus back', async ({ page }) => {
    await openArticle(page);
    const sohr = page.getByRole('link', { name: /^at least 27 civilians had been killed/ });
    await sohr.click();
    await comparison(page).getByRole('link', { name: 'Close comparison' }).click();
    await expect(comparison(page)).toBeHidden();
    await expect(sohr).toBeFocused();
  });

  test('highlights are reached in reading order, each a control with its claim in its name', async ({ page }) => {
    await openArticle(page);
    const links = page.getByRole('link', { name: TOLL });
    await expect(links).toHaveCount(4);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('aria-expanded', 'false');
      await expect(link).toHaveAttribute('aria-controls', 'comparison');
    }
    const tops = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect([...tops].sort((x, y) => x - y)).toEqual(tops);
  });

  test('"Show in text" scrolls to the quote and focuses it', async ({ page }) => {
    await openArticle(page, `${ARTICLE_PATH}death-toll/`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await comparison(page).getByRole('article', { name: 'Abu Jaafar' }).getByRole('link', { name: 'Show in text' }).click();
    const quote = page.locator('#quote-death-toll--forensic-team');
    await expect(quote).toBeFocused();
    await expect(quote).toBeInViewport();
  });
});

test.describe('deep links', () => {
  test('a comparison URL opened in a fresh page shows the same comparison with its highlight in view', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
    const page = await context.newPage();
    const response = await gotoReady(page, '/aleppo-2016-09-23/death-toll/hospital/');
    expect(response?.status()).toBe(200);
    await expect(comparison(page)).toBeVisible();
    await expect(comparison(page).locator('li[aria-current="true"]')).toContainText('al-Khatib');
    await expect(page.getByRole('link', { name: /^91 people had been killed/ })).toBeInViewport();
    await expect(page.getByRole('link', { name: /^91 people had been killed/ })).toHaveAttribute('aria-expanded', 'true');
    // The title the page was built with, report's source included (issue 9: it used to drop "· al-Khatib").
    await expect(page).toHaveTitle(`${TOLL_QUESTION} · al-Khatib · Tally`);
    await context.close();
  });

  test('having scrolled away from a linked claim, a window narrowed and widened again stays where the reader is', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 700 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await gotoReady(page, '/aleppo-2016-09-23/death-toll/hospital/');
    const quote = page.getByRole('link', { name: /^91 people had been killed/ });
    await expect(quote).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    // Across the wide layout's edge and back (a tablet turned; screenshot tools resize the page too).
    await page.setViewportSize({ width: 700, height: 700 });
    await afterTwoFrames(page);
    await page.setViewportSize({ width: 1280, height: 700 });
    await afterTwoFrames(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(quote).not.toBeInViewport();
    await context.close();
  });

  test('a path without its trailing slash still opens the comparison', async ({ page }) => {
    await gotoReady(page, '/aleppo-2016-09-23/death-toll');
    await expect(comparison(page)).toBeVisible();
  });

  test('Back closes the comparison and Forward reopens it', async ({ page }) => {
    await openArticle(page);
    await page.getByRole('link', { name: /^91 people had been killed/ }).click();
    await expect(comparison(page)).toBeVisible();
    await page.getByRole('link', { name: /^at least 27 civilians had been killed/ }).click();
    await expect(page).toHaveURL(/death-toll\/sohr\/$/);

    await page.goBack();
    await expect(page).toHaveURL(/death-toll\/hospital\/$/);
    await expect(comparison(page).locator('li[aria-current="true"]')).toContainText('al-Khatib');
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
    await expect(comparison(page)).toBeHidden();
    await page.goForward();
    await expect(comparison(page)).toBeVisible();
  });

  test('an unknown claim shows a clear notice over a readable article', async ({ page }) => {
    const response = await gotoReady(page, '/aleppo-2016-09-23/no-such-claim/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('alert')).toHaveText(/No claim called “no-such-claim” in this article\./);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S., Russia Fail On Syrian Truce');
    await expect(page.getByRole('link', { name: TOLL })).toHaveCount(4);
  });

  test('an unknown path shows a helpful page with a way back to the library', async ({ page }) => {
    await gotoReady(page, '/this/is/not/a/page/');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the library of articles' }).click();
    await expect(page).toHaveURL('/');
    await page.getByRole('link', { name: 'U.S., Russia Fail On Syrian Truce As Dozens Killed In Aleppo', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S., Russia Fail On Syrian Truce');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('nothing scrolls sideways, and the comparison is a sheet that fits', async ({ page }) => {
    await openArticle(page);
    expect(await hasNoSidewaysScroll(page)).toBe(true);
    await page.getByRole('link', { name: /^91 people had been killed/ }).tap();
    const sheet = page.getByRole('dialog', { name: TOLL_QUESTION });
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await sheet.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await hasNoSidewaysScroll(page)).toBe(true);
    await expect(sheet.getByRole('article')).toHaveCount(4);
  });

  test('the sheet closes with its button and focus returns to the highlight', async ({ page }) => {
    await openArticle(page);
    const hospital = page.getByRole('link', { name: /^91 people had been killed/ });
    await hospital.tap();
    const sheet = page.getByRole('dialog', { name: TOLL_QUESTION });
    await sheet.getByRole('link', { name: 'Close comparison' }).tap();
    await expect(sheet).toBeHidden();
    await expect(hospital).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
  });

  test('fits a 360 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoReady(page, `${ARTICLE_PATH}death-toll/sohr/`);
    const sheet = page.getByRole('dialog', { name: TOLL_QUESTION });
    await expect(sheet).toBeVisible();
    expect(await sheet.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await hasNoSidewaysScroll(page)).toBe(true);
  });
});

test.describe('accessibility', () => {
  test('axe finds no violations with the comparison closed and open, on desktop', async ({ page }) => {
    await openArticle(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /^91 people had been killed/ }).click();
    await expect(comparison(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations on a phone, closed and with the sheet open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openArticle(page);
    await expectNoAxeViolations(page);
    await gotoReady(page, `${ARTICLE_PATH}truce-talks/`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations on the notice and the not-found page', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}no-such-claim/`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
    await gotoReady(page, '/nowhere/at/all/here/');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
