// A synthetic article on aid pledges (test-only site): money in three currencies, never converted.
import { expect, test } from '../fixtures.ts';
import { comparison, gotoReady } from '../helpers.ts';

test('pledges in euros, dollars and yen are compared only within one currency, and no sentence names people', async ({ page }) => {
  await gotoReady(page, '/quake-recovery-pledges-2025-11-18/');
  const eu = page.getByRole('link', { name: /^it would give €500 million — Money pledged: 4 sources complement each other$/ });
  await expect(eu).toHaveAttribute('data-weight', 'quiet');
  await eu.click();
  const panel = comparison(page, 'How much did donors pledge?');
  await expect(panel.getByRole('group', { name: 'What differs' })).toContainText(
    'Four figures in three currencies (USD, EUR and JPY), which Tally does not convert',
  );
  const check = panel.getByRole('group', { name: 'Can they all be true?' });
  await expect(check).toContainText('“€500 million” and “30 billion yen”, in another currency, are not added');
  await expect(check).toContainText('486,000,000 USD');
  await expect(panel.getByRole('group', { name: 'What differs' })).not.toContainText(/people|civilians|killed/);
  await expect(check).not.toContainText(/people|civilians|killed/);
  await expect(panel.getByRole('group', { name: 'One headline figure?' })).toHaveCount(0);
});
