// The test-only site (seed + synthetic fixtures) is built and served apart from the published one.
import { test } from '../fixtures.ts';
import { openArticle } from '../helpers.ts';

test('the test-only site serves the seed like the published site', async ({ page }) => {
  await openArticle(page);
});
