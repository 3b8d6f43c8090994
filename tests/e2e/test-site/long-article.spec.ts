// A long synthetic fixture (tests/site/articles/fixture-long-article.json): 142 paragraphs, with claims in
// the first run of blocks, in the second (from block 64) and in the third (from block 128). The runs after
// the first are hydrated only as they near the view or the reader reaches into them; until then they are the
// prerendered HTML. A claim there opens by click, keyboard and link, and shows its state, without a page load.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { comparison, expectNoAxeViolations, gotoReady } from '../helpers.ts';

const PATH = '/fixture-long-article/';
const FOOTBRIDGE = 'How much will the footbridge cost?';
const FAIR = 'How many people attended the harvest fair?';

const builder = (page: Page) => page.getByRole('link', { name: /^the cost of the footbridge at about \$6 million — / });
const council = (page: Page) => page.getByRole('link', { name: /^it would spend \$4 million on the new footbridge — / });
const organisers = (page: Page) => page.getByRole('link', { name: /^at least 5,000 people attended the harvest fair — / });
const police = (page: Page) => page.getByRole('link', { name: /^about 3,000 people attended the harvest fair — / });

/** Counts the page loads from now on: opening a claim in the text never reloads the page. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

test('a claim in the last run of a long article opens by click, shows its state, and Back closes it', async ({ page }) => {
  await gotoReady(page, PATH);
  const loads = countLoads(page);
  await builder(page).click();
  await expect(page).toHaveURL(`${PATH}footbridge-cost/builder/`);
  await expect(comparison(page, FOOTBRIDGE)).toBeVisible();
  // A sum of money covers no hours: the "only if" names times and what the sums are for.
  await expect(comparison(page, FOOTBRIDGE).getByRole('group', { name: 'Can they all be true?' })).toContainText(
    'Only if they refer to different times, or are for different things. “$4 million to be spent on the footbridge” and “about $6 million cost of the footbridge”',
  );
  await expect(comparison(page, FOOTBRIDGE).getByRole('group', { name: 'What differs' })).toContainText(
    'They describe the sums differently: the council’s “to be spent on the footbridge” and Builder’s “cost of the footbridge”.',
  );
  await expect(builder(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(builder(page)).toHaveAttribute('data-state', 'current');
  await expect(council(page)).toHaveAttribute('data-state', 'open');
  // A claim in another late run shows no state.
  await expect(organisers(page)).not.toHaveAttribute('data-state');

  await page.goBack();
  await expect(page).toHaveURL(PATH);
  await expect(comparison(page, FOOTBRIDGE)).toBeHidden();
  await expect(builder(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(council(page)).not.toHaveAttribute('data-state');
  expect(loads()).toBe(0);
});

test('the keyboard reaches a claim in a late run with "]" and opens it with Enter; Escape gives focus back', async ({ page }) => {
  await gotoReady(page, PATH);
  const loads = countLoads(page);
  // The first claim is in the first run, the second in the second, the third in the last.
  for (let i = 0; i < 3; i++) await page.keyboard.press(']');
  await expect(council(page)).toBeFocused();
  await expect(council(page)).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${PATH}footbridge-cost/council/`);
  await expect(comparison(page, FOOTBRIDGE)).toBeVisible();
  await expect(council(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(council(page)).toHaveAttribute('data-state', 'current');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(PATH);
  await expect(council(page)).toBeFocused();
  await expect(council(page)).toHaveAttribute('aria-expanded', 'false');
  // Back and forth between the runs: "[" goes back to the claim in the second run.
  await page.keyboard.press('[');
  await expect(police(page)).toBeFocused();
  expect(loads()).toBe(0);
});

test('a link to a claim in a late run shows it open, in view; another claim opened then changes its state in place', async ({ page }) => {
  await gotoReady(page, `${PATH}fair-crowd/organisers/`);
  await expect(comparison(page, FAIR)).toBeVisible();
  await expect(organisers(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(organisers(page)).toHaveAttribute('data-state', 'current');
  await expect(police(page)).toHaveAttribute('data-state', 'open');
  await expect(organisers(page)).toBeInViewport();
  await expectNoAxeViolations(page);

  const loads = countLoads(page);
  await builder(page).click();
  await expect(page).toHaveURL(`${PATH}footbridge-cost/builder/`);
  await expect(builder(page)).toHaveAttribute('data-state', 'current');
  await expect(organisers(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(organisers(page)).not.toHaveAttribute('data-state');
  await expect(police(page)).not.toHaveAttribute('data-state');
  expect(loads()).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a claim in a late run opens as a sheet by a tap, and its state shows', async ({ page }) => {
    await gotoReady(page, PATH);
    const loads = countLoads(page);
    await organisers(page).tap();
    await expect(page).toHaveURL(`${PATH}fair-crowd/organisers/`);
    const sheet = page.getByRole('dialog', { name: FAIR });
    await expect(sheet).toBeVisible();
    await expect(organisers(page)).toHaveAttribute('data-state', 'current');
    await sheet.getByRole('link', { name: 'Close comparison' }).tap();
    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL(PATH);
    await expect(organisers(page)).not.toHaveAttribute('data-state');
    expect(loads()).toBe(0);
  });
});

test('“votes cast” and “votes counted” are never said to count the same thing: each description is quoted', async ({ page }) => {
  await gotoReady(page, `${PATH}votes-cast/`);
  const panel = comparison(page, 'How many votes were cast in the ward?');
  const differs = panel.getByRole('group', { name: 'What differs' });
  await expect(differs).toContainText('They count things described differently: the election office’s “votes cast” and Observers’ “votes counted”.');
  await expect(differs).toContainText('Described in different words. Tally does not judge whether they name the same thing.');
  await expect(panel).not.toContainText('count the same thing');
  await expectNoAxeViolations(page);
});
