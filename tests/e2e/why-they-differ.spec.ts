import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, expectNoAxeViolations, hasNoSidewaysScroll, openArticle, TOLL_QUESTION, gotoReady } from './helpers.ts';

test.describe('why the figures differ', () => {
  test('clicking "Bushqatin" shows one breakdown, its sources named once, with the parts checked against the whole', async ({ page }) => {
    await openArticle(page);
    await page.getByRole('link', { name: /^at least 15 in the village of Bushqatin/ }).click();
    const panel = comparison(page, 'How many civilians were killed elsewhere in Aleppo Province?');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('a total and its parts, from 2 sources jointly');
    const breakdown = panel.getByRole('group', { name: 'A total and its parts, from Abu Jaafar and SOHR' });
    await expect(breakdown).toContainText('dozens of civilians killed — other parts of Aleppo Province');
    await expect(breakdown.getByRole('list', { name: 'Its parts' }).getByRole('listitem')).toHaveText([
      /at least 15 civilians killed — the village of Bushqatin/,
      /three civilians killed — Kfar Hamra/,
      /11 civilians killed — Al-Bab/,
    ]);
    await expect(panel.getByRole('article')).toHaveCount(0);
    await expect(panel.getByRole('group', { name: 'Can they all be true?' })).toContainText('come to at least 29, which fits inside “dozens of civilians killed”');
  });

  test('the death-toll comparison shows only the dimensions that differ, and the checks', async ({ page }) => {
    await gotoReady(page, `${ARTICLE_PATH}death-toll/`);
    const panel = comparison(page);
    const differs = panel.getByRole('group', { name: 'What differs' });
    await expect(differs).toContainText('Four figures, from “at least 27” to “91”, and the article’s own “dozens”.');
    await expect(differs).toContainText('the article gives hours only for Abu Jaafar’s count and a place only for the article’s own count.');
    await expect(differs.getByRole('term')).toHaveText(['Who is counted', 'Kind of figure', 'How it reached the article']);
    await expect(differs).toContainText('SOHR: civilians');
    await expect(differs).toContainText('Civilians are among people: a part, not a different group.');
    await expect(differs).not.toContainText('everyone');
    await expect(panel.getByRole('group', { name: 'Can they all be true?' })).toContainText(
      'Yes all of these figures can be true at once. “At least 27 civilians killed” fits inside “91 people killed”: civilians are among people.',
    );
    await expect(panel.getByRole('figure', { name: 'Seen on one axis' }).locator('svg')).toBeVisible();
    await expect(panel.getByRole('figure', { name: 'Hours covered' }).locator('rect.window-bar')).toHaveCount(1);

    const rules = panel.getByRole('group', { name: 'One headline figure?' });
    await expect(rules.getByRole('status')).toContainText('RFE/RL’s “dozens”, which ACLED records as 12');
    await expect(rules).toContainText('Not in this headline: SOHR’s “at least 27” (civilians only, a part)');
    await rules.getByRole('radio', { name: 'ACLED' }).click();
    await rules.getByRole('radio', { name: 'ACLED' }).press('ArrowRight');
    await expect(rules.getByRole('status')).toContainText('only al-Khatib’s “91” can be used');
    await rules.getByRole('radio', { name: 'Iraq Body Count, Airwars' }).press('ArrowRight');
    await expect(rules.getByRole('status')).toContainText('the best estimate is for UCDP’s coders to choose');
  });

  test('a preview shows the question and figures on hover, after a short delay, and on keyboard focus', async ({ page }) => {
    await openArticle(page);
    const hospital = page.getByRole('link', { name: /^91 people had been killed/ });
    await hospital.hover();
    const preview = page.getByRole('tooltip');
    await expect(preview).toBeVisible();
    await expect(preview).toContainText(TOLL_QUESTION);
    await expect(preview).toContainText('SOHR: at least 27 civilians killed · Abu Jaafar: 54 deaths documented · al-Khatib: 91 people killed · RFE/RL: dozens of people killed');
    await expect(hospital).toHaveAttribute('aria-describedby', 'highlight-preview');
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();

    await page.mouse.move(0, 0);
    await page.getByRole('link', { name: 'Skip to the article' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The article's first highlight is now its own "killing dozens of people", part of the death toll.
    await expect(page.getByRole('tooltip')).toContainText(TOLL_QUESTION);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tooltip')).toBeHidden();
    await expect(comparison(page)).toBeVisible();
  });

  test('the claims index opens a claim and brings its words into view', async ({ page }) => {
    await openArticle(page);
    const index = page.getByRole('navigation', { name: /Claims in this article/ });
    await expect(index.getByRole('listitem').filter({ hasText: 'Death toll in Aleppo' })).toContainText(
      '4 sources differ; figures can all be true',
    );
    await index.getByRole('link', { name: 'What Washington asks next' }).click();
    await expect(page).toHaveURL(/\/next-steps\/$/);
    await expect(comparison(page, 'What did Kerry say Washington would do after the meeting?')).toBeVisible();
    await expect(page.locator('[data-claim-id="next-steps"]').first()).toBeInViewport();
  });
});

test.describe('sources', () => {
  test('the source card of SOHR lists its reports and marks its words in the text', async ({ page }) => {
    await openArticle(page);
    await page.getByRole('navigation', { name: /Sources/ }).getByRole('link', { name: 'Syrian Observatory for Human Rights' }).click();
    await expect(page).toHaveURL(/\/sources\/sohr\/$/);
    const card = page.getByRole('region', { name: 'Syrian Observatory for Human Rights' });
    await expect(card).toContainText('Its 7 reports in this article');
    await expect(card.getByRole('list', { name: 'Its 7 reports in this article' }).getByRole('link')).toHaveText([
      'Death toll in Aleppo',
      'Number of air strikes',
      'Deaths elsewhere in Aleppo Province',
      'Deaths elsewhere in Aleppo Province',
      'Deaths elsewhere in Aleppo Province',
      'Deaths elsewhere in Aleppo Province',
      'Wounded in Aleppo',
    ]);
    await expect(page.locator('a.highlight[data-state="source"]')).toHaveCount(7);
    await expect(page.locator('a.highlight[data-report-id="hospital"]')).toHaveAttribute('data-state', 'dimmed');
    await expectNoAxeViolations(page);

    await card.getByRole('link', { name: 'Number of air strikes' }).click();
    await expect(comparison(page, 'How many air strikes hit Aleppo early on 23 September?')).toBeVisible();
    // The address changes once the comparison is painted (lib/location.ts): Back is pressed after it, as a reader would.
    await expect(page).toHaveURL(/\/air-strikes\/(sohr\/)?$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/sources\/sohr\/$/);
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(page.locator('a.highlight[data-state="dimmed"]')).toHaveCount(0);
  });
});

test.describe('finding your way on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the claims index is folded above the article and opens a claim', async ({ page }) => {
    await openArticle(page);
    const toggle = page.getByRole('button', { name: /Claims in this article/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const articleTop = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
    expect((await toggle.boundingBox())!.y).toBeLessThan(articleTop);
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Population of eastern Aleppo', exact: true }).tap();
    await expect(page.getByRole('dialog', { name: 'How many people live in rebel-held eastern Aleppo?' })).toBeVisible();
    expect(await hasNoSidewaysScroll(page)).toBe(true);
  });

  test('a tap opens the comparison without a preview, and the death toll’s charts fit the sheet', async ({ page }) => {
    await openArticle(page);
    await page.getByRole('link', { name: /^91 people had been killed/ }).tap();
    const sheet = page.getByRole('dialog', { name: TOLL_QUESTION });
    await expect(sheet).toBeVisible();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await sheet.getByRole('figure', { name: 'Seen on one axis' }).scrollIntoViewIfNeeded();
    expect(await sheet.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expectNoAxeViolations(page);
  });
});
