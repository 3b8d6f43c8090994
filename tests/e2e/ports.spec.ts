// The browser tests' servers take ports found free when the run starts; each worker must reach the same ones.
import { expect, test } from './fixtures.ts';

test('this worker uses the port the runner chose and its server answers there', async ({ page, baseURL }) => {
  expect(new URL(baseURL!).port).toBe(process.env.TALLY_E2E_PORT);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
});
