// A synthetic article on a protest (test-only site): police and organisers on the size of a crowd.
import { expect, test } from '../fixtures.ts';
import { comparison, expectNoAxeViolations, gotoReady } from '../helpers.ts';

test('police and organisers on a crowd: the sources differ, and can both be right only if they count differently', async ({ page }) => {
  await gotoReady(page, '/harbour-city-march-2025-05-10/');
  const police = page.getByRole('link', { name: /^about 8,000 people took part in the march — Size of the march: 3 sources differ$/ });
  await expect(police).toHaveAttribute('data-weight', 'strong');
  await police.click();
  await expect(page).toHaveURL(/\/crowd-size\/police\/$/);
  const panel = comparison(page, 'How many people took part in the march?');
  await expect(panel.getByRole('group', { name: 'What differs' })).toContainText(
    'Three figures, from “about 8,000” to “at least 40,000”. They count things described differently: Police’s “people in the march”, Organisers’ “in the crowd” and the Harbour City Observer’s “people counted”; the article gives hours and a place only for the Harbour City Observer’s count.',
  );
  await expect(panel.getByRole('group', { name: 'Can they all be true?' })).toContainText('Only if they cover different hours or places, or count different groups or things.');
  // Casualty recorders' rules say nothing about crowds.
  await expect(panel.getByRole('group', { name: 'One headline figure?' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
