// The Studio, as an editor uses it: a page of its own on the static site, under the same strict policy.
import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, expectNoAxeViolations, gotoReady } from './helpers.ts';

const STUDIO_PATH = '/studio/';

test('the Studio opens at /studio/ and none of its code loads on a reader’s page', async ({ page }) => {
  const studioFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/studio/')) studioFiles.push(request.url());
  });
  await gotoReady(page, ARTICLE_PATH);
  expect(studioFiles).toEqual([]);

  await page.goto(STUDIO_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Tally Studio' })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  await expectNoAxeViolations(page);
});
