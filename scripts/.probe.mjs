import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4500/aleppo-2016-09-23/death-toll/hospital/');
await page.waitForTimeout(500);
console.log(await page.evaluate(() => {
  const li = document.querySelector('.report-columns > li');
  const r = li.querySelector('.report');
  const out = [li.getBoundingClientRect().top, getComputedStyle(li).gridTemplateRows, getComputedStyle(r).gridTemplateRows];
  for (const c of r.children) out.push(c.tagName + ' ' + c.getBoundingClientRect().top + ' ' + getComputedStyle(c).gridRowStart);
  out.push(getComputedStyle(document.querySelector('.report-columns')).gridTemplateRows);
  return out.join('\n');
}));
await browser.close();
