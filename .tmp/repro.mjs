import { chromium } from 'playwright-core';
import { startServer } from '/work/wt/integ/scripts/serve.mjs';
const srv = await startServer({ dir: '/work/wt/integ/build', port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
for (const q of ['', '?foo=1', '?eta=2', '?winLength=-Infinity', '?eta=1e300&rho0=-1e300&contrast=99999999999999999999999999&relevance=NaN&winStart=Infinity&winLength=-Infinity&speed=-0', '?speed=-0', '?relevance=NaN&winStart=Infinity']) {
  await p.goto(srv.url + 'embed/inhibitory-plasticity/network/' + q);
  await p.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
  await p.waitForTimeout(500);
  console.log(q, await p.evaluate(() => [...document.querySelectorAll('input[type=range]')].map(i => i.dataset.key + '=' + i.value).join(' ')));
}
await b.close(); await srv.close();
