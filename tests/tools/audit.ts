/**
 * Benchmark, not a CI test: runs Lighthouse (its default: a mid-range phone on a throttled mobile
 * network, simulated) on every page in dist/ and prints the four category scores, LCP, FCP, TBT,
 * CLS and the bytes each page transfers. Targets: 100 in all four categories and LCP <= 0.8 s.
 *
 * dist/ is served as a host that sends the build's precompressed brotli files serves it (see
 * lib/serve.ts); AUDIT_ENCODING=gzip serves it as a gzip-only host does instead, for comparison.
 * Each page (share pages, which redirect at once, aside) is audited RUNS times (default 3) and the
 * median run is shown. Exits 1 if a page misses a target, naming the audits that cost it points.
 *
 *   npm run audit                 # builds, serves dist/ on PORT (default 4361), audits every page
 *   AUDIT_ENCODING=gzip npm run audit
 *   CHROMIUM_PATH=... npm run audit
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, chromiumPath as chromium, waitFor } from './lib/browser.ts';
import { serveDist } from './lib/serve.ts';
import { pages } from './lib/dist.ts';

const port = Number(process.env.PORT ?? 4361);
const debugPort = port + 1;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LCP_TARGET_MS = 800;
/** Runs per page; the table shows the median run, as Lighthouse advises, since one run is noisy. */
const RUNS = Number(process.env.RUNS ?? 3);

const children: ChildProcess[] = [];
let server: Server | undefined;
const stop = () => {
	children.forEach((c) => c.kill());
	server?.close();
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

const encoding = process.env.AUDIT_ENCODING === 'gzip' ? 'gzip' : 'br';
server = await serveDist(dist, port, encoding);
children.push(
	spawn(
		chromium,
		['--headless=new', ...chromiumArgs, `--remote-debugging-port=${debugPort}`, 'about:blank'],
		{ stdio: 'ignore' },
	),
);
await waitFor(`http://localhost:${port}/`);
await waitFor(`http://127.0.0.1:${debugPort}/json/version`);

const rows: string[][] = [];
let version = '';
const misses: string[] = [];
// Share pages (/s/section/) hand the reader straight on with a meta refresh: Lighthouse would
// audit the story they lead to (already on the list) and finds no paint of their own.
// PAGES=/,/results/ audits only those routes (a quick check of one change on a busy machine).
const only = process.env.PAGES?.split(',').map((p) => p.trim());
const audited = pages(dist).filter(
	({ file, route }) =>
		!/<meta[^>]+http-equiv=["']?refresh/i.test(readFileSync(file, 'utf8')) &&
		(!only || only.includes(route)),
);
for (const [n, { route }] of audited.entries()) {
	console.error(`Auditing ${route} (${n + 1} of ${audited.length}), ${RUNS} run(s)…`);
	const started = Date.now();
	const runs: Result[] = [];
	for (let i = 0; i < RUNS; i++) {
		const result = await lighthouse(`http://localhost:${port}${route}`, {
			port: debugPort,
			logLevel: 'error',
			output: 'json',
			onlyCategories: [...categories],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
		runs.push(result.lhr);
	}
	// Typed here: the median helper's types name a global LH namespace that is not always loaded.
	const lhr: Result = computeMedianRun(runs);
	version = lhr.lighthouseVersion;
	const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
	const ms = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const lcp = ms('largest-contentful-paint');
	rows.push([
		route,
		...scores.map(String),
		`${(lcp / 1000).toFixed(2)} s`,
		`${(ms('first-contentful-paint') / 1000).toFixed(2)} s`,
		`${Math.round(ms('total-blocking-time'))} ms`,
		ms('cumulative-layout-shift').toFixed(3),
		`${(ms('total-byte-weight') / 1000).toFixed(1)} KB`,
		`${((Date.now() - started) / 1000 / RUNS).toFixed(1)} s`,
	]);
	categories.forEach((c, i) => {
		if (scores[i]! < 100) {
			const lost = (lhr.categories[c]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => ref.id);
			misses.push(`${route}: ${c} ${scores[i]} (${lost.join(', ') || 'see the report'})`);
		}
	});
	if (!(lcp <= LCP_TARGET_MS))
		misses.push(`${route}: LCP ${Math.round(lcp)} ms > ${LCP_TARGET_MS} ms`);
}
stop();

const head = [
	'page',
	'perf',
	'a11y',
	'best pr.',
	'SEO',
	'LCP',
	'FCP',
	'TBT',
	'CLS',
	'bytes',
	'time per run',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(
	`\nLighthouse ${version} (mobile, simulated throttling), median of ${RUNS} runs, Chromium at ${chromium}.` +
		`\nServed ${encoding === 'br' ? 'as a host that sends the precompressed brotli files does' : 'as a gzip-only host does'}.`,
);
if (misses.length) {
	console.error(`\nBelow target:\n  ${misses.join('\n  ')}`);
	process.exit(1);
}
console.log('Every page: 100 in all four categories, LCP within 0.8 s.');
