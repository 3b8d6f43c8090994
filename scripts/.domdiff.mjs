import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const js of [false, true]) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, javaScriptEnabled: js });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4611' + process.argv[2]);
  await page.waitForTimeout(2000);
  const html = await page.evaluate(() => document.documentElement.outerHTML.replace(/></g, '>\n<'));
  writeFileSync(`/tmp/dom-${js}.html`, html);
  const r = await page.evaluate(() => [document.documentElement.clientWidth, window.innerWidth, document.querySelector('.article-body').getBoundingClientRect().width, getComputedStyle(document.documentElement).scrollbarGutter]);
  console.log(js, r);
  await context.close();
}
await browser.close();
