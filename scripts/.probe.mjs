import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [url, w] of [['/', 1280], ['/aleppo-2016-09-23/death-toll/hospital/', 1280], ['/aleppo-2016-09-23/death-toll/hospital/', 390], ['/aleppo-2016-09-23/sources/sohr/', 1280], ['/aleppo-2016-09-23/?q=rescue+worker', 1280]]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  const msgs = [];
  page.on('console', (m) => msgs.push(`${m.type()}: ${m.text().slice(0, 300)}`));
  page.on('pageerror', (e) => msgs.push('pageerror: ' + e.message));
  const requests = [];
  page.on('request', (r) => requests.push(r.url().replace('http://127.0.0.1:4500', '')));
  await page.goto('http://127.0.0.1:4500' + url);
  await page.waitForTimeout(1000);
  console.log(url, w, msgs, requests.filter((r) => !r.includes('/assets/')));
  await page.close();
}
await browser.close();
