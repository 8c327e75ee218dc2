/**
 * Quality gates on every built page, found by globbing dist/ (so pages added later are covered):
 * axe in light and dark and at 320 px, no console error, no request to another origin, an unknown
 * #fragment or ?query is harmless, a strict CSP, a short <title>, and all text and charts there
 * without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { metaPolicy } from '../../src/integrations/csp.ts';
import { pages } from '../tools/lib/dist.ts';
import { expectNoAxeViolations } from './axe';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const routes = pages(dist);

/** Records console errors, uncaught exceptions and requests to any origin but the test server's. */
function watch(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (/^https?:$/.test(url.protocol) && url.origin !== origin)
			problems.push(`request to another origin: ${r.url()}`);
	});
	return problems;
}

/** The text of every block a reader reads, and how many charts, images and tables there are. */
async function content(page: Page) {
	return page.evaluate(() => {
		// Buttons are controls, not content: a Print or Copy button may rightly need JavaScript.
		for (const b of document.querySelectorAll('main button')) b.remove();
		return {
			blocks: [
				...document.querySelectorAll('main :is(h1,h2,h3,h4,p,li,dt,dd,th,td,figcaption,caption)'),
			]
				.map((e) => (e as HTMLElement).innerText.trim())
				.filter(Boolean),
			graphics: document.querySelectorAll('main :is(svg, img, table, figure)').length,
		};
	});
}

/**
 * Opens a page as built. A share page (/s/section/) moves on to the story at once with a meta
 * refresh, so for checks of the page itself we serve it without that one tag.
 */
async function open(page: Page, route: string, html: string, redirect: boolean) {
	if (redirect) {
		const still = html.replace(/<meta http-equiv="refresh"[^>]*>/i, '');
		await page.route(`**${route}`, (r) => r.fulfill({ body: still, contentType: 'text/html' }));
	}
	return page.goto(route);
}

test('the gates found the built pages', () => {
	expect(routes.map((r) => r.route)).toContain('/');
	expect(routes.map((r) => r.route)).toContain('/404.html');
});

for (const { route, file } of routes) {
	const html = readFileSync(file, 'utf8');
	const redirect = /<meta[^>]+http-equiv=["']?refresh/i.test(html);

	test.describe(route, () => {
		// One test per view, each with room for axe on a long page on a busy 2-core machine.
		const views = [
			{ name: 'light', colorScheme: 'light', width: 1280 },
			{ name: 'dark', colorScheme: 'dark', width: 1280 },
			{ name: '320 px', colorScheme: 'light', width: 320 },
		] as const;
		for (const { name, colorScheme, width } of views) {
			test(`axe finds no violation (${name}) and nothing scrolls sideways`, async ({
				page,
				baseURL,
			}) => {
				test.setTimeout(60_000);
				const problems = watch(page, new URL(baseURL!).origin);
				await page.setViewportSize({ width, height: 720 });
				await page.emulateMedia({ colorScheme });
				const response = await open(page, route, html, redirect);
				expect(response?.status()).toBeLessThan(400);
				await expectNoAxeViolations(page);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
				expect(problems).toEqual([]);
			});
		}

		test('no console error, no other origin, and an unknown #fragment or ?query is harmless', async ({
			page,
			baseURL,
		}) => {
			const problems = watch(page, new URL(baseURL!).origin);
			await page.goto(route, { waitUntil: 'networkidle' });
			const response = await page.goto(`${route}?utm_source=test&x=%3Cb%3E#no-such-fragment`, {
				waitUntil: 'networkidle',
			});
			expect(response?.status()).toBeLessThan(400);
			await expect(page.locator('h1').first()).toBeVisible();
			expect(problems).toEqual([]);
		});

		test('a strict Content-Security-Policy: no inline script allowed, no plugins', async ({
			page,
		}) => {
			await open(page, route, html, redirect);
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy).toMatch(/default-src 'self'/);
			expect(policy).toMatch(/object-src 'none'/);
			expect(policy).toMatch(/script-src 'self'/);
			expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		});

		test('the <title> fits in a search result (70 characters at most)', () => {
			const title = parse(html).querySelector('title')?.text.trim();
			expect(title).toBeTruthy();
			expect(title!.length).toBeLessThanOrEqual(70);
		});

		test('all text and charts are there with JavaScript off', async ({ page, browser }) => {
			await open(page, route, html, redirect);
			const withJs = await content(page);
			const context = await browser.newContext({ javaScriptEnabled: false });
			const noJs = await context.newPage();
			await open(noJs, route, html, redirect);
			const without = await content(noJs);
			await context.close();
			expect(withJs.blocks.length).toBeGreaterThan(0);
			for (const block of withJs.blocks) expect(without.blocks).toContain(block);
			expect(without.graphics).toBe(withJs.graphics);
		});
	});
}

test('the _headers file sends the same policy, plus frame-ancestors, for every page', async ({
	request,
}) => {
	const headers = await (await request.get('/_headers')).text();
	expect(headers).toContain("frame-ancestors 'none'");
	for (const { file } of routes) {
		const policy = metaPolicy(readFileSync(file, 'utf8'));
		expect(policy, file).toBeDefined();
		for (const hash of policy!.match(/'sha\d+-[^']+'/g) ?? []) expect(headers).toContain(hash);
	}
});

test('the 404 page names no canonical address and is served with status 404', async ({
	request,
}) => {
	const html = readFileSync(routes.find((r) => r.route === '/404.html')!.file, 'utf8');
	const head = parse(html).querySelector('head')!;
	expect(head.querySelector('link[rel="canonical"]')).toBeNull();
	// The status, not a noindex tag, keeps it out of search indexes (Lighthouse SEO flags noindex).
	expect(head.querySelector('meta[name="robots"]')).toBeNull();
	expect((await request.get('/no-such-page/')).status()).toBe(404);
});

test('no smooth scrolling, so a linked section lands at once', async ({ page }) => {
	await page.goto('/');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto',
	);
});
