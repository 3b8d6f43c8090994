// A synthetic article on a march (test-only site): organisers, police, a transport department and a council
// member give crowd sizes over different stated hours and places. What a reader sees must be signable.
import { expect, test } from '../fixtures.ts';
import { comparison, expectNoAxeViolations, gotoReady } from '../helpers.ts';

test('four crowd sizes: places and hours as stated, no “exact”, Tally’s readings named as Tally’s', async ({ page }) => {
  await gotoReady(page, '/thousands-march-in-harbourton-over-ferry-cuts-2025-03-14/crowd-size/');
  const panel = comparison(page, 'How many people took part in the march?');
  const differs = panel.getByRole('group', { name: 'What differs' });
  await expect(differs).toContainText(
    'Four figures, from “at least 4,000” to “18,000”, and Lindqvist’s “a few thousand”. They count things described differently: the alliance’s “people who took part in the march”, police’s “people in the march at its peak”, transport department’s “people gathered before the march set off” and Lindqvist’s “people who turned out”; they give their hours in their own words: the alliance’s “between noon and 3 p.m.”, police’s “at its peak” and transport department’s “before the march set off”; the article does not say how “the central post office” relates to “from the harbour front to the city hall” or “the harbour front”; the article gives hours and a place only for the alliance’s count, police’s count and transport department’s count.',
  );
  await expect(differs).toContainText('the alliance: a figure given without a qualifier');
  // One kind of figure, described in different words: the words are shown, and Tally judges neither way.
  await expect(differs).toContainText('Described in different words. Tally does not judge whether they name the same thing.');
  await expect(panel).not.toContainText(/count the same thing|mean different/);
  await expect(panel).not.toContainText(/exact|hours they state differ|different places/);
  const verdict = panel.getByRole('group', { name: 'Can they all be true?' });
  await expect(verdict).toContainText(
    'Only if they cover different hours or places, or count different things. “18,000 people who took part in the march” and “about 6,500 people in the march at its peak” can both be true only if they cover different hours or places, or count different things, which the article does not rule out: Tally reads “about 6,500” as 5,850 to 7,150, below “18,000”.',
  );
  await expect(panel.getByRole('article', { name: 'police' })).toContainText('Who they are, per the article: not stated');
  await expect(panel.getByRole('article', { name: 'Lindqvist' })).toContainText('‘a few thousand’ had turned out');
  await expectNoAxeViolations(page);
});
