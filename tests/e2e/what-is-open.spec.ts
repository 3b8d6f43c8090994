// What a reader meets on each kind of link: the title the page was built with, notices for parts of a
// link that name nothing, and nothing that pretends (a preview for focus the reader did not move, a player).
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, gotoReady, openArticle, TOLL_QUESTION } from './helpers.ts';

test.describe('what a link opens', () => {
  for (const path of [`${ARTICLE_PATH}sources/sohr/`, `${ARTICLE_PATH}death-toll/hospital/`]) {
    test(`the page at ${path} keeps the title it was built with`, async ({ page, request }) => {
      const built = /<title>([^<]*)<\/title>/.exec(await (await request.get(path)).text())![1]!.replaceAll('&amp;', '&');
      await gotoReady(page, path);
      await expect(page).toHaveTitle(built);
      expect(built).toMatch(path.includes('sources') ? /^Syrian Observatory for Human Rights in “/ : / · al-Khatib · Tally$/);
    });
  }

  test('a link to an unknown source dims nothing and says the source is unknown', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}sources/nobody/`);
    await expect(page.getByRole('alert')).toContainText('No source called “nobody” in this article.');
    await expect(page.locator('#article a[data-state="dimmed"]')).toHaveCount(0);
  });

  test('a link to an unknown report of a known claim opens the claim and names the report', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}death-toll/forensic-team-typo/`);
    await expect(comparison(page, TOLL_QUESTION)).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('No report called “forensic-team-typo” in this claim');
  });
});

test('no hover preview for the focus Escape gives back to the highlight', async ({ page }) => {
  await openArticle(page);
  // The preview's delay runs on Playwright's clock, not on real seconds.
  await page.clock.install();
  const toll = page.getByRole('link', { name: /^91 people had been killed/ });
  await toll.focus();
  await page.keyboard.press('Enter');
  await expect(comparison(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(comparison(page)).toBeHidden();
  await expect(toll).toBeFocused();
  await page.clock.runFor(2000);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  // The reader's own keyboard focus still shows it: the clock does drive the preview.
  await page.keyboard.press('Shift+Tab');
  await page.clock.runFor(2000);
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('the built pages say truthfully what needs scripts, and keep the words of claim titles', async ({ request }) => {
  const html = await (await request.get(ARTICLE_PATH)).text();
  const noscript = /<noscript>([^<]*)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(noscript).not.toMatch(/needs JavaScript to show the article/);
  expect(noscript).toMatch(/still opens as a page of its own/);
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(description).toContain('Death toll in Aleppo');
  expect(description).not.toMatch(/death toll in aleppo/);
  expect(readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8')).not.toMatch(/needs JavaScript to show/);
});

test('the missing video is a caption and a note, with nothing drawn as a control', async ({ page }) => {
  await openArticle(page);
  const figure = page.locator('figure.missing-video');
  await expect(figure).toContainText('(Tally: the video is not part of this copy)');
  await expect(figure).not.toContainText('▶');
  await expect(figure.getByRole('button')).toHaveCount(0);
});
