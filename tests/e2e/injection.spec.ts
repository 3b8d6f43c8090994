// Payloads in every text field of a data file and in every part of a URL: none runs, none adds markup.
import type { Page } from '@playwright/test';
import { injectedFile, PAYLOADS } from '../fixtures/payloads.ts';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, gotoReady, withoutEmbeddedData } from './helpers.ts';

async function expectUntouched(page: Page) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    scripts: [...document.scripts].map((s) => s.type || 'classic'),
    injected: document.querySelectorAll('img, iframe, svg[onload], [onerror], [onload]').length,
  }));
  expect(state.pwned).toBeUndefined();
  expect(state.injected).toBe(0);
  // Only the app's module and the data blocks, before and after: nothing was added.
  expect(state.scripts.filter((type) => !['module', 'application/json', 'application/ld+json'].includes(type))).toEqual([]);
}

test('payloads in every text field of the data are shown as text and never run', async ({ page }) => {
  await withoutEmbeddedData(page);
  await page.route('**/data/articles/aleppo-2016-09-23.json', (route) => route.fulfill({ json: injectedFile() }));
  await gotoReady(page, ARTICLE_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PAYLOADS[4]);
  const payloadLink = page.locator('a.highlight[data-claim-id="injected"]');
  await expect(payloadLink).toHaveText(PAYLOADS.join(' '));
  await payloadLink.hover();
  await expect(page.getByRole('tooltip')).toContainText(PAYLOADS[4]);
  await payloadLink.click();
  const panel = page.locator('#comparison');
  await expect(panel).toContainText(PAYLOADS[5]);
  await panel.getByRole('button', { name: 'Cite' }).click();
  await expect(panel).toContainText('Compared in Tally');
  await expectUntouched(page);

  await page.keyboard.press('Escape');
  await page.locator('a[href="/aleppo-2016-09-23/sources/sohr/"]').first().click();
  await expect(page.locator('#comparison')).toContainText('Also written as');
  await expectUntouched(page);
});

test('payloads in every part of a URL are shown as text and never run', async ({ page }) => {
  const payload = encodeURIComponent(PAYLOADS[0]);
  for (const path of [
    `/${payload}/`,
    `${ARTICLE_PATH}${payload}/`,
    `${ARTICLE_PATH}death-toll/${payload}/`,
    `${ARTICLE_PATH}sources/${payload}/`,
    `${ARTICLE_PATH}?q=${payload}&qp=${encodeURIComponent(PAYLOADS[1])}`,
    `${ARTICLE_PATH}#${payload}`,
  ]) {
    await gotoReady(page, path);
    await expectUntouched(page);
  }
  await gotoReady(page, `${ARTICLE_PATH}${encodeURIComponent(PAYLOADS[1])}/`);
  await expect(page.getByRole('alert')).toContainText(`No claim called “${PAYLOADS[1]}” in this article.`);
  await expectUntouched(page);
});
