// The reader's small charts on a phone: a source's name and the axis's last tick are drawn whole, never cut
// at the chart's edge, and the type stays readable (the view widens for a long name: chart-frame.ts; the
// Studio's preview draws the same charts).
import { expect, test } from '../fixtures.ts';
import { comparison, gotoReady } from '../helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

const CASES = [
  { path: '/marrow-valley-floods-2024-03-04/missing/', question: 'How many people are missing after the floods?', name: 'Eastbridge police' },
  { path: '/thousands-march-in-harbourton-over-ferry-cuts-2025-03-14/crowd-size/', question: 'How many people took part in the march?', name: 'transport department' },
];

for (const { path, question, name } of CASES) {
  test(`at 390 px the charts show “${name}” and every tick whole (${path})`, async ({ page }) => {
    await gotoReady(page, path);
    const panel = comparison(page, question);
    const chart = panel.getByRole('figure', { name: 'Seen on one axis' });
    await expect(chart.locator('svg text', { hasText: name })).toBeVisible();
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('chart.png'), fullPage: false });
    // Text is cut where it leaves what its svg shows (its content box, unless it may overflow) or the panel.
    const cut = await panel.evaluate((root) => {
      const frame = root.getBoundingClientRect();
      return [...root.querySelectorAll('svg')].flatMap((svg) => {
        const style = getComputedStyle(svg);
        const box = svg.getBoundingClientRect();
        const [left, right] =
          style.overflow === 'visible'
            ? [frame.left, frame.right]
            : [box.left + parseFloat(style.paddingLeft), box.right - parseFloat(style.paddingRight)];
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const t = text.getBoundingClientRect();
            return t.left < left - 0.5 || t.right > right + 0.5;
          })
          .map((text) => text.textContent);
      });
    });
    expect(cut).toEqual([]);
    // The chart is drawn smaller to make room, but its 11 px labels stay at least 9 px on the screen.
    const smallest = await panel.evaluate((root) =>
      Math.min(...[...root.querySelectorAll('svg')].map((svg) => (11 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width)),
    );
    expect(smallest).toBeGreaterThanOrEqual(9);
  });
}
