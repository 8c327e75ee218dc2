import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { derived } from '../../src/data/derived';
import { dataRows } from '../../src/lib/downloads';
import { of } from '../../src/lib/format';
import { cardSize } from '../../src/lib/share';

/** The chapter ids, read from the page itself so the list follows the content. */
async function chapterIds(page: Page): Promise<string[]> {
	await page.goto('/');
	return page.locator('section.chapter > h2').evaluateAll((hs) => hs.map((h) => h.id));
}

/** The content of a <meta property|name=...> in raw HTML (what a crawler, which runs no script, reads). */
function meta(html: string, key: string): string | undefined {
	const tag = parse(html).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
	return tag?.getAttribute('content');
}

/** Width and height of a PNG, read from its IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('copy and share', () => {
	test('Copy link puts the section address on the clipboard and says so', async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		await page.getByRole('button', { name: 'Copy link to: The results in detail' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}/#results`);
		const status = page.getByRole('status');
		await expect(status).toHaveText(`Link copied: ${baseURL}/#results`);
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await expect(status).toBeVisible();
	});

	test('a sub-heading and a key figure copy their own addresses', async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		await page
			.getByRole('button', { name: 'Copy link to: Those without remission at first' })
			.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/#those-without-remission-at-first`,
		);
		await page.locator('#fig-remission + button').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/#fig-remission`,
		);
		await expect(page.getByRole('status')).toContainText('#fig-remission');
	});

	test('Share hands the title and the chapter share page to navigator.share', async ({
		page,
		baseURL,
	}) => {
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			Object.assign(window, { shareCalls: calls });
			Object.defineProperty(navigator, 'share', {
				value: async (data: ShareData) => void calls.push(data),
			});
		});
		await page.goto('/');
		await page.getByRole('button', { name: 'Share this part: The results in detail' }).click();
		await page
			.getByRole('button', { name: 'Share this part: Those without remission at first' })
			.click();
		const calls = await page.evaluate(
			() => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
		);
		expect(calls).toEqual([
			{ title: 'The results in detail', url: `${baseURL}/s/results/` },
			{
				title: 'Those without remission at first',
				url: `${baseURL}/#those-without-remission-at-first`,
			},
		]);
	});

	test('without the Web Share API there is no Share button, only Copy link', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Copy link to: / }).first()).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('self-links still work, and no dead button shows', async ({ page }) => {
		await page.goto('/');
		// The buttons are made by script: without it none is sent, so none can sit there dead.
		await expect(page.locator('button')).toHaveCount(0);
		await page.getByRole('link', { name: 'Link to this part: The results in detail' }).click();
		await expect(page).toHaveURL(/\/#results$/);
		await expect(page.locator('#results')).toBeInViewport();
		await page.getByRole('link', { name: `Link to this figure: ${of(derived.remission)}` }).click();
		await expect(page).toHaveURL(/\/#fig-remission$/);
	});

	test('a share page sends the reader to its section', async ({ page }) => {
		await page.goto('/s/results/');
		await expect(page).toHaveURL(/\/#results$/);
		await expect(page.locator('#results')).toBeInViewport();
	});
});

test('every heading and key figure has a unique id and a link to itself', async ({ page }) => {
	await page.goto('/');
	const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
	expect(ids.length).toBe(new Set(ids).size);
	const headings = page.locator('section.chapter h2, section.chapter h3');
	expect(await headings.count()).toBeGreaterThan(10);
	for (const h of await headings.all()) {
		const id = await h.getAttribute('id');
		expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
		const name = `Link to this part: ${(await h.textContent())!.trim()}`;
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `#${id}`);
	}
	for (const f of await page.locator('.key-figure').all()) {
		const id = await f.getAttribute('id');
		await expect(f.getByRole('link')).toHaveAttribute('href', `#${id}`);
		await expect(f.getByRole('link')).toHaveAccessibleName(/^Link to this figure: /);
	}
	await expect(page.locator('#fig-weeks-to-infusion')).toBeVisible();
});

test('a linked section lands clear of the top and marked', async ({ page }) => {
	await page.goto('/#results');
	const h2 = page.locator('#results');
	await expect(h2).toBeInViewport();
	const style = await h2.evaluate((el) => getComputedStyle(el));
	expect(parseFloat(style.scrollMarginTop)).toBeGreaterThan(0);
	expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
	const other = await page
		.locator('#limits')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(other).toBe('rgba(0, 0, 0, 0)');
});

test.describe('previews', () => {
	test(`every chapter has a share page with its own title and ${cardSize.width}×${cardSize.height} card`, async ({
		page,
		request,
	}) => {
		const ids = await chapterIds(page);
		expect(ids.length).toBeGreaterThan(5);
		const images = new Set<string>();
		for (const id of ids) {
			const html = await (await request.get(`/s/${id}/`)).text();
			const title = await page.locator(`#${id}`).textContent();
			expect(meta(html, 'og:title')).toBe(title!.trim());
			expect(meta(html, 'og:url')).toMatch(new RegExp(`^https?://[^/]+/s/${id}/$`));
			expect(html).toContain(`<link rel="canonical" href="${meta(html, 'og:url')}"`);
			expect(html).toContain(`content="0; url=/#${id}"`);
			const image = meta(html, 'og:image')!;
			expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${id}\\.png$`));
			expect(meta(html, 'og:image:alt')).toContain(title!.trim());
			images.add(image);
			const png = await request.get(new URL(image).pathname);
			expect(png.headers()['content-type']).toBe('image/png');
			expect(pngSize(await png.body())).toEqual(cardSize);
		}
		expect(images.size).toBe(ids.length);
	});

	test(`the home page card is a ${cardSize.width}×${cardSize.height} PNG too`, async ({
		request,
	}) => {
		const html = await (await request.get('/')).text();
		const png = await request.get(new URL(meta(html, 'og:image')!).pathname);
		expect(pngSize(await png.body())).toEqual(cardSize);
	});

	for (const path of ['/', '/s/results/']) {
		test(`every URL in the head of ${path} is absolute, with the full set of tags`, async ({
			request,
		}) => {
			const html = await (await request.get(path)).text();
			for (const key of ['og:url', 'og:image', 'twitter:image']) {
				expect(meta(html, key), key).toMatch(/^https?:\/\/[^/]+\//);
			}
			expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^/]+\//);
			for (const key of ['og:title', 'og:description', 'og:image:alt', 'og:type', 'description']) {
				expect(meta(html, key), key).toBeTruthy();
			}
			expect(meta(html, 'twitter:card')).toBe('summary_large_image');
			const ld = JSON.parse(parse(html).querySelector('script[type="application/ld+json"]')!.text);
			expect(ld.url).toMatch(/^https?:\/\//);
			expect(ld.about['@type']).toBe('ScholarlyArticle');
		});
	}

	test('a share page links on to its part of the story', async ({ request }) => {
		// Axe and the rest of the per-page checks run on share pages in quality.spec.ts.
		const html = await (await request.get('/s/results/')).text();
		const link = parse(html)
			.querySelectorAll('a')
			.find((a) => a.text.trim() === 'Read this part of the story');
		expect(link?.getAttribute('href')).toBe('/#results');
	});
});

test.describe('reuse', () => {
	test('the data downloads and the sitemap are linked and served', async ({ page, request }) => {
		await page.goto('/');
		const csv = page.getByRole('link', { name: 'the data as CSV' });
		const json = page.getByRole('link', { name: 'as JSON' });
		const csvRes = await request.get((await csv.getAttribute('href'))!);
		expect(csvRes.headers()['content-type']).toContain('text/csv');
		expect((await csvRes.text()).split('\r\n')[0]).toMatch(/^id,group,label,value/);
		const jsonRes = await request.get((await json.getAttribute('href'))!);
		expect((await jsonRes.json()).rows.length).toBe(dataRows().length);
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
	});

	test('each citation has a copy button that copies it', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		for (const name of [
			'This page, as plain text',
			'This page, as BibTeX',
			'The paper',
			'The paper’s DOI',
			'The paper, as BibTeX',
		]) {
			const block = page.getByRole('figure', { name, exact: true }).locator('pre');
			await page.getByRole('button', { name: `Copy the text of: ${name}`, exact: true }).click();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				await block.textContent(),
			);
		}
		await expect(page.getByRole('status')).toHaveText('Copied.');
	});
});
