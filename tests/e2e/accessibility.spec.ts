// WCAG 2.2 AA in every state the reader can reach, checked by axe in Chromium, and the whole journey by
// keyboard alone.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, expectNoAxeViolations, gotoReady, hasNoSidewaysScroll, openArticle, TOLL_QUESTION, withoutEmbeddedData } from './helpers.ts';

const data = JSON.parse(readFileSync(new URL('../../public/data/articles/aleppo-2016-09-23.json', import.meta.url), 'utf8')) as {
  sources: { id: string; name: string }[];
  claims: { id: string; question: string }[];
};

test.describe('axe finds no violations', () => {
  test('in every comparison, with its checks, charts and citation open', async ({ page }) => {
    // One axe run per claim: a loaded two-core machine needs more than the default time for all of them.
    test.slow();
    for (const claim of data.claims) {
      await gotoReady(page, `${ARTICLE_PATH}${claim.id}/`);
      await expect(comparison(page, claim.question)).toBeVisible();
      await expectNoAxeViolations(page);
    }
    const panel = comparison(page, data.claims.at(-1)!.question);
    await panel.getByRole('button', { name: 'Cite' }).click();
    await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
    await comparison(page).getByText(/Each pair of figures/).click();
    await comparison(page).getByRole('radio', { name: 'UCDP' }).check();
    await comparison(page).getByRole('button', { name: 'Cite' }).click();
    await expectNoAxeViolations(page);
  });

  test('in every source card', async ({ page }) => {
    test.slow();
    for (const source of data.sources) {
      await gotoReady(page, `${ARTICLE_PATH}sources/${source.id}/`);
      await expect(page.getByRole('region', { name: source.name })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  test('with a preview showing', async ({ page }) => {
    await openArticle(page);
    await page.getByRole('link', { name: /^91 people had been killed/ }).hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in error states: a failed fetch, a malformed file, an unknown claim', async ({ page }) => {
    await withoutEmbeddedData(page);
    let mode: 'fail' | 'malformed' = 'fail';
    await page.route('**/data/articles/aleppo-2016-09-23.json', (route) =>
      mode === 'fail' ? route.abort('connectionrefused') : route.fulfill({ body: '{"article": ', contentType: 'application/json' }),
    );
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectNoAxeViolations(page);
    mode = 'malformed';
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('This page could not be shown');
    await expectNoAxeViolations(page);
    await page.unrouteAll();
    // Not prerendered: the page fetches the article after it is ready, so the check waits for what a reader sees.
    await gotoReady(page, `${ARTICLE_PATH}no-such-claim/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S., Russia Fail On Syrian Truce');
    await expectNoAxeViolations(page);
  });

  test('with a dark colour scheme asked for (Tally keeps its light theme)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
    await expectNoAxeViolations(page);
  });
});

test.describe('by keyboard alone', () => {
  test('reach a highlight, open it, move through the sources, jump to a quote, copy the link, close', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openArticle(page);
    // Skip to content, the wordmark, All articles, then the article's own skip link.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
    await page.keyboard.press('Enter');
    // "]" moves claim by claim through the text.
    // The article's own "killing dozens of people", in its first sentence, opens the death toll.
    await page.keyboard.press(']');
    await expect(page.locator(':focus')).toHaveAttribute('data-claim-id', 'death-toll');
    await page.keyboard.press(']');
    await expect(page.locator(':focus')).toHaveAttribute('data-claim-id', 'truce-talks');
    await page.keyboard.press(']');
    await expect(page.locator(':focus')).toHaveAttribute('data-claim-id', 'attack-scale');
    await page.keyboard.press(']');
    await expect(page.locator(':focus')).toHaveAttribute('data-claim-id', 'air-strikes');
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    await expect(page.locator(':focus')).toHaveAttribute('data-claim-id', 'death-toll');

    await page.keyboard.press('Enter');
    const panel = comparison(page);
    await expect(page.getByRole('heading', { level: 2, name: TOLL_QUESTION })).toBeFocused();
    // Tab leads through the panel's controls in order: copy link, cite, and each source's "Show in text".
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.locator('.share-bar').getByRole('status')).toHaveText('Link copied.');
    const showInText = panel.getByRole('link', { name: 'Show in text' });
    await expect(showInText).toHaveCount(4);
    await showInText.nth(2).focus();
    await expect(showInText.nth(2)).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(page.locator('#quote-death-toll--hospital')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.locator('#quote-death-toll--article')).toBeFocused();
  });

  test('on a phone, focus stays in the sheet and returns to the highlight', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openArticle(page);
    const hospital = page.getByRole('link', { name: /^91 people had been killed/ });
    await hospital.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: TOLL_QUESTION });
    await expect(sheet).toBeVisible();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(hospital).toBeFocused();
  });
});

test.describe('display settings', () => {
  test('text reflows at 320 CSS px and at 200% zoom without sideways scrolling', async ({ page }) => {
    for (const [width, scale] of [
      [320, 1],
      [640, 2],
    ] as const) {
      await page.setViewportSize({ width, height: 700 });
      await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
      expect(await hasNoSidewaysScroll(page), `${width}px at ${scale}×`).toBe(true);
      await page.keyboard.press('Escape');
      expect(await hasNoSidewaysScroll(page)).toBe(true);
    }
  });

  test('forced colours keep highlights visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openArticle(page);
    const highlight = page.locator('a.highlight').first();
    await expect(highlight).toHaveCSS('text-decoration-line', 'underline');
    await highlight.click();
    await expect(page.locator('a.highlight[data-state="current"]').first()).toHaveCSS('outline-style', 'solid');
  });

  test('reduced motion turns animation off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openArticle(page);
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('a, button')].slice(0, 20).map((el) => parseFloat(getComputedStyle(el).transitionDuration)),
    );
    expect(Math.max(...durations)).toBeLessThan(0.001);
  });

  test('controls are at least 24 × 24 px on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, dialog a.panel-close')]
        .filter((el) => el.offsetParent !== null || el.closest('dialog'))
        .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim(), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ name }) => name),
    );
    expect(small).toEqual([]);
  });
});
