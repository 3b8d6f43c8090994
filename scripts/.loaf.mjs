import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.addInitScript(() => {
  window.__loaf = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: Math.round(e.startTime), dur: Math.round(e.duration), block: Math.round(e.blockingDuration), scripts: e.scripts.map(s => ({ inv: s.invoker, src: (s.sourceURL||'').slice(-30), fn: s.sourceFunctionName, dur: Math.round(s.duration), fwd: Math.round(s.forcedStyleAndLayoutDuration) })) }); }).observe({ type: 'long-animation-frame', buffered: true });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto((process.argv[3] ?? 'http://127.0.0.1:4631') + (process.argv[2] ?? '/'));
await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');
await page.waitForTimeout(1500);
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]));
console.log(marks);
for (const e of await page.evaluate(() => window.__loaf)) console.log(JSON.stringify(e));
await browser.close();
