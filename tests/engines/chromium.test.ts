/**
 * Chromium's print, with the same margins and checks as Firefox's and WebKit's. (Chromium's smoke
 * pass is the whole Playwright suite in tests/e2e, so it is not repeated here.)
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../tools/lib/browser.ts';
import { markScript, printPass } from './lib/checks.ts';
import { origin, readerPages } from './lib/site.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
	await browser?.close();
});

const shots = fileURLToPath(new URL('../screenshots/engines/', import.meta.url));

it('leaves a screenshot of the first page with a chart, beside the other engines’ ones', async () => {
	const route = readerPages().find((p) => p.charts > 0)?.route;
	expect(route).toBeDefined();
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	mkdirSync(shots, { recursive: true });
	await page.goto(origin + route);
	await page.screenshot({ path: `${shots}chromium.png` });
	await page.close();
});

printPass('chromium', async (route, paper, mark) => {
	const page = await browser.newPage();
	try {
		await page.goto(origin + route);
		if (mark) await page.evaluate(markScript);
		return await page.pdf({
			format: paper,
			// The margins a print dialog starts with.
			margin: { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' },
		});
	} finally {
		await page.close();
	}
});
