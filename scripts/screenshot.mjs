#!/usr/bin/env node
// Takes the README's screenshot from the built site: the death-toll comparison at 1280×800.
//   npm run screenshot   (builds first)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { freePorts } from './free-ports.mjs';

const [port] = await freePorts(1);
const server = spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', '--port', String(port)], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 400));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${port}/aleppo-2016-09-23/death-toll/hospital/`);
  await page.locator('#comparison').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => document.documentElement.dataset.tallyReady === 'true');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png');
} finally {
  server.kill();
}
