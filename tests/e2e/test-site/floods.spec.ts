// A synthetic article on floods (test-only site): people missing, homes flooded in one town and damaged across
// a region, a hospital's bodies received by a morning, a joint statement, and "dozens".
import { expect, test } from '../fixtures.ts';
import { comparison, expectNoAxeViolations, gotoReady } from '../helpers.ts';

const PATH = '/marrow-valley-floods-2024-03-04/';

test('the flood article compares missing people, homes and deaths as the article states them', async ({ page }) => {
  await gotoReady(page, PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Floods Leave Dozens Missing In Marrow Valley');

  // Homes flooded and homes damaged are different things: complementary, marked quietly, no people, no counting rules.
  const flooded = page.getByRole('link', { name: /^1,200 homes were flooded.*Homes flooded and damaged: 2 sources complement each other$/ });
  await expect(flooded).toHaveAttribute('data-weight', 'quiet');
  await flooded.click();
  await expect(page).toHaveURL(/\/homes\/mayor\/$/);
  const homes = comparison(page, 'How many homes did the floods reach?');
  await expect(homes.getByRole('group', { name: 'What differs' })).toContainText('These figures count different things: homes flooded and homes damaged.');
  await expect(homes).not.toContainText(/people|civilians/);
  await expect(homes.getByRole('group', { name: 'One headline figure?' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The hospital's bodies are a floor with a window open at the start; the agency's toll gives no hours.
  await page.getByRole('link', { name: /^it had received 17 bodies by the morning of March 4/ }).click();
  const deaths = comparison(page, 'How many people died in the floods?');
  await expect(deaths.getByRole('group', { name: 'Can they all be true?' })).toContainText(
    'Only if they cover different hours or places, or count different groups.',
  );
  await expect(deaths.getByRole('figure', { name: 'Hours covered' })).toContainText('St. Luke\'s: By the morning of 4 March, with no stated start');
  await expect(deaths.getByRole('group', { name: 'One headline figure?' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  // "Dozens" is read as Tally's range, and the town's count fits inside the valley's.
  await page.getByRole('link', { name: /^leaving dozens of people missing/ }).click();
  const missing = comparison(page, 'How many people are missing after the floods?');
  await expect(missing.getByRole('group', { name: 'Can they all be true?' })).toContainText(
    '“At least 30 people unaccounted for” fits inside “46 people missing”: “Eastbridge” lies within “Marrow Valley”.',
  );
  await expect(missing.getByRole('group', { name: 'One headline figure?' })).toHaveCount(0);
});
