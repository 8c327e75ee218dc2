/**
 * WebKit (WebKitGTK 2.50 from Debian): the smoke pass on every page through WebKitWebDriver and
 * MiniBrowser, the console and the 320 px layout through WebKitGTK itself, and print to PDF through
 * WebKitGTK's own print operation (see lib/webkit.ts for why each way).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { By } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markScript, printPass, smokePass, type Tab } from './lib/checks.ts';
import { origin, readerPages, summaryRoutes } from './lib/site.ts';
import { startWebDriver, webkitPy, xClipboard, type Driven } from './lib/webkit.ts';

const shots = fileURLToPath(new URL('../screenshots/engines/', import.meta.url));

/**
 * Catches errors that happen after load, while the test clicks (console errors and uncaught
 * exceptions as the page loads are caught by WebKit's own console, below).
 */
const watchScript = `(() => {
	if (window.__engineProblems) return;
	const list = (window.__engineProblems = []);
	addEventListener('error', (e) => list.push('page error: ' + e.message));
	addEventListener('unhandledrejection', (e) => list.push('unhandled rejection: ' + e.reason));
	const error = console.error;
	console.error = (...args) => { list.push('console error: ' + args.join(' ')); error.apply(console, args); };
})()`;

let session: Driven;

beforeAll(async () => {
	session = await startWebDriver();
	await session.driver.manage().window().setRect({ width: 1280, height: 800 });
}, 60_000);

afterAll(async () => {
	await session?.stop();
});

const tab: Tab = {
	async goto(url) {
		await session.driver.get(url);
		await session.driver.executeScript(`${watchScript}`);
	},
	run: <T>(expression: string) => session.driver.executeScript<T>(`return ${expression}`),
	async click(selector) {
		await session.driver.findElement(By.css(selector)).click();
	},
	clipboard: xClipboard,
	problems: () => session.driver.executeScript('return (window.__engineProblems ?? []).splice(0)'),
	async screenshot() {
		return Buffer.from(await session.driver.takeScreenshot(), 'base64');
	},
};

describe('webkit: every page at 320 px, as WebKit loads it', () => {
	const pages = readerPages();
	let results: { url: string; console: string[]; innerWidth: number; overflow: number }[] = [];
	beforeAll(async () => {
		results = (await webkitPy([
			'check',
			'320',
			'720',
			...pages.map((p) => origin + p.route),
		])) as typeof results;
	}, 240_000);

	for (const { route } of pages) {
		it(`${route}: no console error or uncaught exception, nothing scrolls sideways`, () => {
			const result = results.find((r) => r.url === origin + route)!;
			expect(result.innerWidth).toBe(320);
			expect(result.overflow).toBeLessThanOrEqual(0);
			// WebKit prints errors as "CONSOLE <source> ERROR"; warnings and logs are not failures.
			expect(result.console.filter((l) => / CONSOLE .*ERROR/.test(` ${l}`))).toEqual([]);
		});
	}
});

smokePass('webkit', () => tab, shots);

/**
 * WebKit prints every page the pass needs in one run of webkit.py (starting WebKitGTK is the slow
 * part), the first time a print is asked for.
 */
let printed: Promise<Map<string, Uint8Array>> | undefined;
function printAll(): Promise<Map<string, Uint8Array>> {
	printed ??= (async () => {
		const dir = mkdtempSync(join(tmpdir(), 'webkit-print-'));
		const jobs = [
			...summaryRoutes.flatMap((route) =>
				(['A4', 'Letter'] as const).map((paper) => ({
					route: route as string,
					paper,
					mark: false,
				})),
			),
			...readerPages()
				.filter((p) => p.captioned > 0 && !(summaryRoutes as readonly string[]).includes(p.route))
				.map((p) => ({ route: p.route, paper: 'A4' as const, mark: true })),
		].map((j, i) => ({
			key: `${j.route} ${j.paper} ${j.mark}`,
			url: origin + j.route,
			out: join(dir, `${i}.pdf`),
			paper: j.paper,
			script: j.mark ? markScript : undefined,
		}));
		writeFileSync(join(dir, 'jobs.json'), JSON.stringify(jobs));
		await webkitPy(['print', join(dir, 'jobs.json')]);
		return new Map(jobs.map((j) => [j.key, readFileSync(j.out)]));
	})();
	return printed;
}

printPass('webkit', async (route, paper, mark) => {
	const pdf = (await printAll()).get(`${route} ${paper} ${mark}`);
	if (!pdf) throw new Error(`webkit: no print made for ${route} on ${paper}`);
	return pdf;
});
