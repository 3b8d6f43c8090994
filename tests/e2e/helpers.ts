import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const ARTICLE_PATH = '/aleppo-2016-09-23/';
export const TOLL_QUESTION = 'How many people were killed in the bombardment of Aleppo?';

/** The comparison, whether drawn as a side panel (region) or a phone sheet (dialog). */
export function comparison(page: Page, name: string | RegExp = TOLL_QUESTION) {
  return page.getByRole('region', { name }).or(page.getByRole('dialog', { name }));
}

/**
 * Opens a page and waits until the app has taken it over: the prerendered page is readable at once, but
 * its controls answer once the app has started (links work before that too).
 */
export async function gotoReady(page: Page, path: string) {
  const response = await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');
  return response;
}

/** Waits until the panels' code (and with it the offer of passage links) has loaded: a signal, not a timer. */
export async function waitForPanels(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.tallyPanels === 'loaded');
}

export async function openArticle(page: Page, path = ARTICLE_PATH) {
  await gotoReady(page, path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S., Russia Fail On Syrian Truce');
}

/** axe, WCAG 2.2 A and AA rules, over the whole page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export async function hasNoSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/**
 * Serves pages without the data embedded at build time, as a host that only has the app would: the app
 * then fetches its data files, so tests can break or delay those fetches.
 */
export async function withoutEmbeddedData(page: Page) {
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="application\/json" id="tally-data">.*?<\/script>/s, '');
      await route.fulfill({ response, body });
    },
  );
}

/**
 * Resolves once two frames have been painted and the tasks queued meanwhile have run: after work the
 * page does "after the next paint" (lib/after-paint.ts). Ordered by frames, not a clock.
 */
export async function afterTwoFrames(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
}
