/**
 * Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi: the smoke pass on
 * every page, and print to PDF.
 */
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markScript, printPass, smokePass, type Tab } from './lib/checks.ts';
import { origin, readerPages } from './lib/site.ts';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const shots = fileURLToPath(new URL('../screenshots/engines/', import.meta.url));

let browser: Browser;
let page: Page;
let problems: string[] = [];

/** A tab that records console errors and uncaught exceptions as they happen. */
async function newTab(width: number, height: number): Promise<Page> {
	const p = await browser.newPage();
	await p.setViewport({ width, height });
	p.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	p.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message ?? e}`));
	return p;
}

beforeAll(async () => {
	browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath,
		headless: true,
		extraPrefsFirefox: {
			// Lets navigator.clipboard.readText() read without the paste prompt a reader would see.
			'dom.events.testing.asyncClipboard': true,
			// Scrollbars that take no width, as on a phone (and as Chromium's headless ones): a
			// classic 12 px bar would make "320 px" a 308 px page, which no phone reader has.
			'ui.useOverlayScrollbars': 1,
		},
	});
	page = await newTab(1280, 800);
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

const tab: Tab = {
	goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
	// The value comes back through JSON, so the caller's type is what the expression returns.
	run: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
	click: (selector) => page.click(selector),
	clipboard: () => page.evaluate(() => navigator.clipboard.readText()),
	problems: async () => problems.splice(0),
	screenshot: () => page.screenshot({ type: 'png' }),
};

describe('firefox: every page at 320 px', () => {
	for (const { route } of readerPages()) {
		it(`${route}: no console error or uncaught exception, nothing scrolls sideways`, async () => {
			const narrow = await newTab(320, 720);
			try {
				problems = [];
				await narrow.goto(origin + route, { waitUntil: 'load' });
				const overflow = await narrow.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
				expect(problems.splice(0)).toEqual([]);
			} finally {
				await narrow.close();
			}
		});
	}
});

smokePass('firefox', () => tab, shots);

printPass('firefox', async (route, paper, mark) => {
	const p = await browser.newPage();
	try {
		await p.goto(origin + route, { waitUntil: 'load' });
		if (mark) await p.evaluate(markScript);
		return await p.pdf({
			format: paper,
			// The margins a print dialog starts with.
			margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' },
		});
	} finally {
		await p.close();
	}
});
