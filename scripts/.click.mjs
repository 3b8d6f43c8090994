import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  window.__loaf = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: Math.round(e.startTime), dur: Math.round(e.duration), render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0), style: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0), scripts: e.scripts.map(s => ({ inv: s.invoker.slice(0, 40), fn: s.sourceFunctionName, dur: Math.round(s.duration), fwd: Math.round(s.forcedStyleAndLayoutDuration) })) }); }).observe({ type: 'long-animation-frame', buffered: true });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto((process.argv[3] ?? 'http://127.0.0.1:4632') + (process.argv[2] ?? '/bench-claims/'));
await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');
await page.waitForTimeout(2000);
const before = await page.evaluate(() => performance.now());
for (const n of (process.argv[4] ?? "5,300,900").split(",").map(Number)) {
  const link = page.locator('a.highlight').nth(n);
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await link.click();
  await page.locator('#comparison h2').waitFor();
  await page.waitForTimeout(500);
}
for (const e of await page.evaluate((t) => window.__loaf.filter((e) => e.start >= t), before)) console.log(JSON.stringify(e));
await browser.close();
