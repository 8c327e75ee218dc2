/**
 * Remakes the README's chart screenshots from the built site: `npm run build && npm run screenshots`.
 * It serves dist/ with `astro preview` (port from PORT, default 4331), opens the front page in
 * Debian's Chromium, puts the four chart figures from their chapter pages in its place, and saves
 * one PNG per way of reading:
 * desktop, a 320 px phone, dark mode, and print (black and white) into tests/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, startPreview, waitFor } from './lib/browser.ts';

const port = Number(process.env.PORT ?? 4331);
const base = `http://localhost:${port}/`;
const outDir = new URL('../screenshots/', import.meta.url);
/** Each chart and the chapter page it is on. */
const figures = [
	{ id: '#fig-chart-remission', path: '/main-result/' },
	{ id: '#fig-chart-uncertainty', path: '/how-long-it-lasted/' },
	{ id: '#fig-chart-outcomes', path: '/results/' },
	{ id: '#fig-chart-timeline', path: '/how-it-works/' },
];

const shots: {
	file: string;
	width: number;
	colorScheme: 'light' | 'dark';
	media: 'screen' | 'print';
}[] = [
	{ file: 'charts-desktop.png', width: 1100, colorScheme: 'light', media: 'screen' },
	{ file: 'charts-320.png', width: 320, colorScheme: 'light', media: 'screen' },
	{ file: 'charts-dark.png', width: 1100, colorScheme: 'dark', media: 'screen' },
	{ file: 'charts-print.png', width: 800, colorScheme: 'light', media: 'print' },
];

/**
 * Leaves only the chart figures in <main>, in reading order, so one PNG shows them all. Their
 * tables are hidden to keep the pictures short: the tables are plain HTML and look like any other.
 */
async function keepOnlyCharts(page: Page): Promise<void> {
	await page.evaluate(async (charts) => {
		const main = document.querySelector('main')!;
		const figs = await Promise.all(
			charts.map(async ({ id, path }) => {
				const html = await (await fetch(path)).text();
				const fig = new DOMParser().parseFromString(html, 'text/html').querySelector(id)!;
				fig.querySelector('table')?.remove();
				return document.importNode(fig, true);
			}),
		);
		main.replaceChildren(...figs);
		document.body.replaceChildren(main);
	}, figures);
}

/** True when something already serves the site on the port (for example a preview you started). */
async function alreadyServing(): Promise<boolean> {
	try {
		return (await fetch(base)).ok;
	} catch {
		return false;
	}
}

mkdirSync(outDir, { recursive: true });
const server = (await alreadyServing()) ? undefined : startPreview(port);
try {
	await waitFor(base, server);
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	for (const shot of shots) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: 800 },
			colorScheme: shot.colorScheme,
		});
		await page.emulateMedia({ media: shot.media, colorScheme: shot.colorScheme });
		await page.goto(base);
		await keepOnlyCharts(page);
		await page.locator('main').screenshot({ path: new URL(shot.file, outDir).pathname });
		console.log(`wrote tests/screenshots/${shot.file}`);
		await page.close();
	}
	await browser.close();
} finally {
	// Stop the preview server we started, if we did.
	if (server && server.child.exitCode === null) server.child.kill();
}
