import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LAUNCH_ARGS } from '../scripts/chromium.mjs';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: LAUNCH_ARGS, logLevel: 'silent' });
for (const url of process.argv.slice(2)) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = lhr.audits;
  console.log(url.padEnd(62), 'perf', Math.round(lhr.categories.performance.score * 100), 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'TBT', Math.round(a['total-blocking-time'].numericValue));
}
await chrome.kill();
