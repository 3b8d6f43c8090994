import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const { lhr } = await lighthouse(process.argv[2], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
await chrome.kill();
const a = lhr.audits;
console.log('CLS', a['cumulative-layout-shift'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue);
console.log(JSON.stringify(a['layout-shifts']?.details?.items?.map(i => [i.score, i.node?.snippet?.slice(0, 120), i.node?.selector]), null, 1));
