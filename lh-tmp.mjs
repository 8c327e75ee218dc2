// throwaway: node lh-tmp.mjs URL [runs]
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
const url = process.argv[2]; const runs = Number(process.argv[3] ?? 1);
const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--remote-debugging-port=9333', 'about:blank'], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 2000));
for (let i = 0; i < runs; i++) {
  const r = await lighthouse(url, { port: 9333, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  const doc = JSON.stringify((a['total-byte-weight'].details?.items ?? []).map(x => [x.url.replace(/^https?:\/\/[^/]+/, ''), x.totalBytes]));
  console.log('perf', r.lhr.categories.performance.score * 100, 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue), doc);
}
chrome.kill(); process.exit(0);
