// The Studio with a long article of many claims, opened from its pack: the checks of an edit still stand
// next to the field they concern, and an edit made just before the page is left survives the reload.
import type { Page } from '@playwright/test';
import { scaleArticle } from '../../bench/scale-article.mjs';
import { expect, test } from './fixtures.ts';

const CLAIMS = 300;

async function openLongPack(page: Page) {
  const { withClaims } = scaleArticle({ claims: CLAIMS, reportsPerClaim: 3, targetBytes: 300_000 });
  await page.goto('/studio/');
  await page.getByLabel('Pack file (.json)').setInputFiles({
    name: `${withClaims.article.id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withClaims)),
  });
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText(`in district ${CLAIMS} (account 3)`);
  await expect(page).toHaveURL(/\/studio\/\?draft=/);
}

const report = (page: Page, n: number) => page.getByRole('listitem', { name: `Report ${n}` });

test('in a long draft, an edit’s problem is shown next to its field, and goes when it is put right', async ({ page }) => {
  await openLongPack(page);
  await page.getByLabel('Claim being edited').selectOption('claim-250');
  await expect(page.getByRole('heading', { name: 'Deaths in district 250' })).toBeVisible();

  const words = report(page, 2).getByLabel(/^Words of the figure/);
  const before = await words.inputValue();
  await words.fill('no such words');
  await expect(words).toHaveAttribute('aria-invalid', 'true');
  await expect(words).toHaveAccessibleDescription(/the figure's words "no such words" are not inside the report's quote/);
  for (const other of [1, 3]) await expect(report(page, other).getByLabel(/^Words of the figure/)).not.toHaveAttribute('aria-invalid', 'true');

  await words.fill(before);
  await expect(words).not.toHaveAttribute('aria-invalid', 'true');
  await expect(report(page, 2).getByText(/are not inside the report's quote/)).toHaveCount(0);
});

test('in a long draft, what was typed just before a reload is there after it', async ({ page }) => {
  await openLongPack(page);
  await page.getByLabel('Claim being edited').selectOption('claim-250');
  const counts = report(page, 1).getByLabel('What it counts');
  await counts.fill('people killed, typed just before leaving');
  // No wait for the save: leaving the page writes whatever is still to be written.
  await page.reload();
  await page.getByLabel('Claim being edited').selectOption('claim-250');
  await expect(report(page, 1).getByLabel('What it counts')).toHaveValue('people killed, typed just before leaving');
  await expect(page.getByRole('textbox', { name: /Article text/ })).toContainText(`in district ${CLAIMS} (account 3)`);
});
