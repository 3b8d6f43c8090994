import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75, javaScriptEnabled: process.argv[3] !== 'nojs' });
const page = await context.newPage();
await page.addInitScript(() => { window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ t: Math.round(e.startTime), v: e.value, had: e.hadRecentInput, sources: e.sources.map(s => ({ node: s.node?.nodeName + '#' + (s.node?.id || '') + '.' + (s.node?.className || ''), prev: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height], cur: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height] })) }); }).observe({ type: 'layout-shift', buffered: true }); });
await page.goto('http://127.0.0.1:4611' + process.argv[2]);
await page.waitForTimeout(2500);
console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
await browser.close();
