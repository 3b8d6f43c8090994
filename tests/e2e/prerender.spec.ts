import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, comparison, TOLL_QUESTION } from './helpers.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the article and its comparisons are readable, and highlights are links between them', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('U.S., Russia Fail On Syrian Truce');
    await expect(page.locator('[data-block]').first()).toBeVisible();
    await page.getByRole('link', { name: /^91 people had been killed/ }).click();
    await expect(page).toHaveURL(/\/death-toll\/hospital\/$/);
    const panel = comparison(page);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('article')).toHaveCount(4);
    await expect(panel.locator('li[aria-current="true"]')).toContainText('91');
    await expect(panel.getByRole('group', { name: 'What differs' })).toContainText('Four figures, from “at least 27” to “91”');
  });

  test('a source card is readable too', async ({ page }) => {
    await page.goto(`${ARTICLE_PATH}sources/sohr/`);
    await expect(page.getByRole('region', { name: 'Syrian Observatory for Human Rights' })).toContainText('Its 7 reports in this article');
  });
});

for (const path of ['/', `${ARTICLE_PATH}death-toll/hospital/`, `${ARTICLE_PATH}sources/sohr/`]) {
  test(`${path} hydrates without a warning and without a visible change`, async ({ browser }) => {
    const shots: Buffer[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
      });
      page.on('pageerror', (error) => messages.push(error.message));
      await page.goto(path);
      if (javaScriptEnabled) await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');
      // The app brings a linked claim's words into view once the page is painted: wait for that to be done.
      // Without scripts the words are scrolled to the same place by hand, so that both pages are drawn
      // after the same scrolling (a sticky column redrawn at another offset can differ by a pixel of
      // antialiasing on its rounded corner).
      if (path.includes('/death-toll/hospital/')) {
        const quote = page.locator('#quote-death-toll--hospital');
        if (!javaScriptEnabled) await quote.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        await expect(quote).toBeInViewport({ ratio: 1 });
      }
      await page.mouse.move(0, 0);
      // The app brings a linked claim's words into view; compare the page itself, from the top.
      await page.evaluate(() => window.scrollTo(0, 0));
      // The app's own root: the notice for readers without scripts, shown only to them below the page (on a
      // short page such as the library, within the first screen), is not a change made by hydration.
      shots.push(await page.locator('#root').screenshot());
      expect(messages).toEqual([]);
      await context.close();
    }
    expect(shots[1]!.equals(shots[0]!)).toBe(true);
  });
}

test('a phone hydrates a prerendered comparison into its sheet without an error', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${ARTICLE_PATH}death-toll/`);
  await expect(page.getByRole('dialog', { name: TOLL_QUESTION })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

// The first paint waits for no script: the page starts the app from a script written into it, which requests
// the app's code only after that paint (an address in the page would be fetched as soon as it was parsed).
for (const path of ['/', ARTICLE_PATH, `${ARTICLE_PATH}death-toll/hospital/`, '/no-such-page/']) {
  test(`${path} requests no script before its first paint`, async ({ page }) => {
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ file: new URL(entry.name).pathname, requested: entry.startTime })),
    }));
    expect(paint).toBeDefined();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.requested < paint!)).toEqual([]);
  });
}
