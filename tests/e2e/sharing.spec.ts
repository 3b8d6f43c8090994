import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, expectNoAxeViolations, openArticle, TOLL_QUESTION, gotoReady } from './helpers.ts';

const data = JSON.parse(readFileSync(new URL('../../public/data/articles/aleppo-2016-09-23.json', import.meta.url), 'utf8')) as {
  claims: { id: string; question: string; reports: { id: string }[] }[];
};

test('every claim URL opens its comparison', async ({ page }) => {
  for (const claim of data.claims) {
    const response = await gotoReady(page, `${ARTICLE_PATH}${claim.id}/`);
    expect(response?.status(), claim.id).toBe(200);
    await expect(comparison(page, claim.question)).toBeVisible();
    await expect(page).toHaveTitle(`${claim.question} · Tally`);
  }
});

test('/aleppo-2016-09-23/death-toll/hospital marks the hospital’s column', async ({ page }) => {
  await gotoReady(page, '/aleppo-2016-09-23/death-toll/hospital');
  await expect(page).toHaveURL(/\/death-toll\/hospital\/$/);
  await expect(comparison(page).locator('li[aria-current="true"]')).toContainText('Hamza al-Khatib');
});

test('an unknown path answers 404 with a helpful page', async ({ page }) => {
  const response = await gotoReady(page, '/aleppo-2016-09-23/death-toll/hospital/extra/segment/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole('link', { name: 'Go to the library of articles' })).toHaveAttribute('href', '/');
});

test.describe('sharing controls', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link puts the current URL on the clipboard and says so', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}death-toll/hospital/`);
    const panel = comparison(page);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.locator('.share-bar').getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toMatch(/\/aleppo-2016-09-23\/death-toll\/hospital\/$/);
  });

  test('Cite gives a ready citation with the figures, the article and the link', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
    const panel = comparison(page);
    await panel.getByRole('button', { name: 'Cite' }).click();
    const citation = panel.getByText(/^“How many people were killed in the bombardment of Aleppo\?”/);
    await expect(citation).toContainText('SOHR: at least 27 civilians killed; Abu Jaafar: 54 deaths documented; al-Khatib: 91 people killed; RFE/RL: dozens of people killed.');
    await expect(citation).toContainText('RFE/RL, 23 September 2016. With reporting by Reuters, AP, AFP, dpa, and TASS.');
    await expect(citation).toContainText('Original: https://www.rferl.org/amp/us-russia-syria-fail-reach-syria-deal-kerry-lavrov/28007496.html (retrieved 26 November 2026).');
    await expect(citation).toContainText(`Compared in Tally: ${page.url()}`);
    await panel.getByRole('button', { name: 'Copy citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Compared in Tally:');
    await expectNoAxeViolations(page);
  });
});

test('without the Clipboard API, the link is shown selected, ready to copy', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await gotoReady(page, `${ARTICLE_PATH}truce-talks/`);
  const panel = comparison(page, /truce talks/);
  await panel.getByRole('button', { name: 'Copy link' }).click();
  const input = panel.getByRole('textbox', { name: 'Copy this:' });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(page.url());
  expect(await input.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, page.url().length]);
});

async function select(page: Page, words: string) {
  await page.evaluate((target) => {
    const walker = document.createTreeWalker(document.querySelector('#article .article-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return;
    }
    throw new Error(`"${target}" is not in one text node`);
  }, words);
}

test.describe('links to a quoted passage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('selecting words offers a link that reopens the article with them marked', async ({ page }) => {
    await openArticle(page);
    const offer = page.getByRole('group', { name: 'Link to the selected passage' });
    // Selecting is what fetches the panels' code: the offer appears once it is here.
    await select(page, 'rescue worker with the Syrian Civil Defense');
    await expect(offer).toBeVisible();
    const href = await offer.getByRole('link', { name: 'Link to this passage' }).getAttribute('href');
    expect(href).toBe('/aleppo-2016-09-23/?q=rescue+worker+with+the+Syrian+Civil+Defense');
    await offer.getByRole('button', { name: 'Copy link' }).click();
    await expect(offer.getByRole('status')).toHaveText('Link to the passage copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/aleppo-2016-09-23\/\?q=rescue\+worker/);

    await gotoReady(page, href!);
    const mark = page.locator('mark.passage');
    await expect(mark).toHaveText('rescue worker with the Syrian Civil Defense');
    await expect(mark).toBeInViewport();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a passage that occurs twice is told apart by its context', async ({ page }) => {
    await openArticle(page);
    await select(page, 'Aleppo that left dozens');
    await expect(page.getByRole('link', { name: 'Link to this passage' })).toBeVisible();
    const href = await page.getByRole('link', { name: 'Link to this passage' }).getAttribute('href');
    await gotoReady(page, href!);
    await expect(page.locator('mark.passage')).toHaveText('Aleppo that left dozens');
    // A passage inside a highlight is marked without losing the highlight.
    await expect(page.locator('a.highlight mark.passage')).toHaveCount(1);
  });

  test('a quote that no longer matches is reported, not marked on other words', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}?q=${encodeURIComponent('rescue worker with the Syrian Red Crescent')}`);
    await expect(page.getByRole('alert')).toHaveText(
      /The passage this link quotes \(“rescue worker with the Syrian Red Crescent”\) is no longer in the article word for word, so nothing is marked\./,
    );
    await expect(page.locator('mark.passage')).toHaveCount(0);
    await gotoReady(page, `${ARTICLE_PATH}?q=Aleppo`);
    await expect(page.getByRole('alert')).toContainText('now matches more than one place');
    await expect(page.locator('mark.passage')).toHaveCount(0);
  });
});

test.describe('history', () => {
  test('each opened claim is one entry; Back and Forward restore the state and bring the highlight into view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await openArticle(page);
    const entries = await page.evaluate(() => history.length);
    const sohr = page.getByRole('link', { name: /^at least 27 civilians had been killed/ });
    await sohr.click();
    await sohr.click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const deMistura = page.getByRole('link', { name: /^called the meeting/ });
    await deMistura.click();
    await expect(page).toHaveURL(/meeting-sept-22\/de-mistura\/$/);
    // Two claims opened, one of them twice: two entries.
    expect(await page.evaluate(() => history.length)).toBe(entries + 2);

    await page.goBack();
    await expect(page).toHaveURL(/death-toll\/sohr\/$/);
    await expect(comparison(page, TOLL_QUESTION)).toBeVisible();
    await expect(sohr).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE_PATH}$`));
    await expect(comparison(page, TOLL_QUESTION)).toBeHidden();
    await page.goForward();
    await page.goForward();
    await expect(comparison(page, /high-level meeting in New York on 22 September/)).toBeVisible();
    await expect(deMistura).toBeInViewport();
  });
});
