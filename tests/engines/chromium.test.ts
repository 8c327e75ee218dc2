/**
 * Chromium's print, with the same margins and checks as Firefox's and WebKit's. (Chromium's smoke
 * pass is the whole Playwright suite in tests/e2e, so it is not repeated here.)
 */
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumPath } from '../tools/lib/browser.ts';
import { markScript, printPass } from './lib/checks.ts';
import { origin } from './lib/site.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
	await browser?.close();
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
