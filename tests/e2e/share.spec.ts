import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { dataRows } from '../../src/lib/downloads';
import { cardSize } from '../../src/lib/share';
import { chapterList } from './story';

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

const clipboard = (page: import('@playwright/test').Page) =>
	page.evaluate(() => navigator.clipboard.readText());

test.describe('copy and share', () => {
	test('on every chapter, Copy link copies the address in the address bar, which previews as that chapter', async ({
		page,
		context,
		request,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		for (const c of await chapterList(page)) {
			await page.goto(c.path);
			await page.getByRole('button', { name: `Copy link to: ${c.title}`, exact: true }).click();
			const copied = await clipboard(page);
			expect(copied).toBe(`${baseURL}${c.path}`);
			expect(copied).toBe(page.url());
			await expect(page.getByRole('status')).toHaveText(`Link copied: ${copied}`);
			// What an unfurler reads at that address: the chapter's own tags, and no redirect.
			const html = await (await request.get(copied)).text();
			expect(meta(html, 'og:title'), c.path).toBe(c.title);
			expect(meta(html, 'og:url')).toMatch(new RegExp(`^https?://[^/]+${c.path}$`));
			expect(html).toContain(`<link rel="canonical" href="${meta(html, 'og:url')}"`);
			expect(meta(html, 'og:image')).toMatch(new RegExp(`/og/${c.section}\\.png$`));
			expect(html).not.toMatch(/http-equiv="refresh"/i);
		}
	});

	test('a sub-heading and a figure copy the chapter address with their own #id', async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/results/');
		await page
			.getByRole('button', { name: 'Copy link to: Those without remission at first' })
			.click();
		expect(await clipboard(page)).toBe(`${baseURL}/results/#those-without-remission-at-first`);
		await page.goto('/main-result/');
		await page.getByRole('button', { name: /^Copy link to this figure: 27 of 29 adults/ }).click();
		expect(await clipboard(page)).toBe(`${baseURL}/main-result/#fig-remission`);
		await expect(page.getByRole('status')).toContainText('#fig-remission');
	});

	test('every figure link names what it counts, and no two on a page share a name', async ({
		page,
	}) => {
		for (const c of await chapterList(page)) {
			await page.goto(c.path);
			const names = await page
				.getByRole('link', { name: /^Link to this figure: / })
				.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')!));
			expect(new Set(names).size, c.path).toBe(names.length);
			// More than the bare number: "Link to this figure: 3.8% who died of ...".
			for (const name of names) expect(name.split(' ').length, name).toBeGreaterThan(6);
		}
	});

	test('Share hands navigator.share the same address as Copy link', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			Object.assign(window, { shareCalls: calls });
			Object.defineProperty(navigator, 'share', {
				value: async (data: ShareData) => void calls.push(data),
			});
		});
		await page.goto('/results/');
		await page.getByRole('button', { name: 'Share: The results in detail' }).click();
		await page.getByRole('button', { name: 'Share: Those without remission at first' }).click();
		const calls = await page.evaluate(
			() => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
		);
		expect(calls).toEqual([
			{ title: 'The results in detail', url: `${baseURL}/results/` },
			{
				title: 'Those without remission at first',
				url: `${baseURL}/results/#those-without-remission-at-first`,
			},
		]);
	});

	test('without the Web Share API there is no Share button, only Copy link', async ({ page }) => {
		await page.goto('/results/');
		await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Copy link to: / }).first()).toBeVisible();
	});

	test('what a button did is shown beside it and never covers the focused control', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.setViewportSize({ width: 390, height: 600 });
		await page.goto('/results/');
		for (const name of ['Copy link to: The results in detail', 'Copy link to: Relapses']) {
			const button = page.getByRole('button', { name, exact: true });
			// Bring it to the bottom edge of the screen, where a fixed message would cover it.
			await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(button).toBeFocused();
			const note = button.locator('xpath=following-sibling::*[1][contains(@class, "share-note")]');
			await expect(note).toHaveText(/^Link copied: /);
			const overlap = await page.evaluate(() => {
				const focused = document.activeElement!.getBoundingClientRect();
				return [...document.querySelectorAll('.share-note, [role="status"]')].some((el) => {
					const r = el.getBoundingClientRect();
					const visible =
						r.width > 1 && r.height > 1 && getComputedStyle(el).position !== 'absolute';
					return (
						visible &&
						r.left < focused.right &&
						focused.left < r.right &&
						r.top < focused.bottom &&
						focused.top < r.bottom
					);
				});
			});
			expect(overlap, name).toBe(false);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('self-links still work, and the only buttons are the glossary terms, which work without it', async ({
		page,
	}) => {
		await page.goto('/results/');
		const buttons = page.locator('main button:not([popovertarget])');
		await expect(buttons).toHaveCount(0);
		await page.getByRole('link', { name: 'Link to this part: Relapses' }).click();
		await expect(page).toHaveURL(/\/results\/#relapses$/);
		await expect(page.locator('#relapses')).toBeInViewport();
		await page.goto('/main-result/');
		await page.getByRole('link', { name: /^Link to this figure: 27 of 29/ }).click();
		await expect(page).toHaveURL(/\/main-result\/#fig-remission$/);
	});

	test('an old share page /s/<section>/ sends the reader to the chapter page', async ({ page }) => {
		await page.goto('/s/results/');
		await expect(page).toHaveURL(/\/results\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The results in detail');
	});
});

test.describe('old links keep working', () => {
	for (const [old, now] of [
		['/#results', '/results/'],
		['/#those-without-remission-at-first', '/results/#those-without-remission-at-first'],
		['/#fig-remission', '/main-result/#fig-remission'],
		['/#term-cd19', '/glossary/#term-cd19'],
		['/#source-JCI', '/sources/#source-JCI'],
	]) {
		test(`${old} lands on ${now}`, async ({ page }) => {
			await page.goto(old);
			await expect(page).toHaveURL(new RegExp(`${now.replace(/[/#]/g, '\\$&')}$`));
			const id = now.split('#')[1];
			if (id) await expect(page.locator(`#${id}`)).toBeInViewport();
		});
	}

	test('an unknown #id leaves the reader on the front page', async ({ page }) => {
		await page.goto('/#no-such-part');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page).toHaveURL(/\/#no-such-part$/);
	});

	test('hosts that read _redirects answer each old share page with a 301 to its chapter', async ({
		page,
		request,
	}) => {
		// The 301s only; the /es/* not-found rule is checked in spanish.spec.ts.
		const lines = (await (await request.get('/_redirects')).text())
			.trim()
			.split('\n')
			.filter((l) => l.endsWith(' 301'));
		const chapters = await chapterList(page);
		expect(lines.sort()).toEqual(chapters.map((c) => `/s/${c.section}/ ${c.path} 301`).sort());
	});

	test('an old share page names the chapter as canonical and links to it', async ({ request }) => {
		const html = await (await request.get('/s/results/')).text();
		expect(html).toContain('content="0; url=/results/"');
		expect(meta(html, 'og:url')).toMatch(/\/results\/$/);
		const link = parse(html).querySelector('main a[href="/results/"]');
		expect(link?.text.trim()).toBe('The results in detail');
	});
});

test('every heading on a chapter page has a unique id and a link to itself', async ({ page }) => {
	for (const c of await chapterList(page)) {
		await page.goto(c.path);
		const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
		expect(ids.length, c.path).toBe(new Set(ids).size);
		for (const h of await page.locator('.heading-row > :is(h2, h3)').all()) {
			const id = await h.getAttribute('id');
			expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
			const name = `Link to this part: ${(await h.textContent())!.trim()}`;
			await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `#${id}`);
		}
	}
});

test('a linked sub-section lands clear of the top and marked', async ({ page }) => {
	await page.goto('/results/#relapses');
	const h2 = page.locator('#relapses');
	await expect(h2).toBeInViewport();
	const style = await h2.evaluate((el) => getComputedStyle(el));
	expect(parseFloat(style.scrollMarginTop)).toBeGreaterThan(0);
	expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
	const other = await page
		.locator('#who-reached-remission')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(other).toBe('rgba(0, 0, 0, 0)');
});

test.describe('previews', () => {
	test(`each chapter's card is its own ${cardSize.width}×${cardSize.height} PNG`, async ({
		page,
		request,
	}) => {
		const chapters = await chapterList(page);
		const cards = new Set<string>();
		for (const c of chapters) {
			const png = await request.get(`/og/${c.section}.png`);
			expect(png.headers()['content-type']).toBe('image/png');
			const body = await png.body();
			expect(pngSize(body)).toEqual(cardSize);
			cards.add(body.toString('base64'));
		}
		expect(cards.size).toBe(chapters.length);
	});

	test(`the front page card is a ${cardSize.width}×${cardSize.height} PNG too`, async ({
		request,
	}) => {
		const html = await (await request.get('/')).text();
		const png = await request.get(new URL(meta(html, 'og:image')!).pathname);
		expect(pngSize(await png.body())).toEqual(cardSize);
	});

	for (const path of ['/', '/results/']) {
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
			expect(ld.url).toBe(meta(html, 'og:url'));
			expect(ld.about['@type']).toBe('ScholarlyArticle');
		});
	}

	test('the sitemap lists the front page and every chapter page, and no old share page', async ({
		page,
		request,
	}) => {
		const xml = await (await request.get('/sitemap-0.xml')).text();
		const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		for (const c of await chapterList(page)) expect(urls).toContain(c.path);
		expect(urls).toContain('/');
		expect(urls.filter((u) => u.startsWith('/s/'))).toEqual([]);
	});
});

test.describe('reuse', () => {
	test('the data downloads and the sitemap are linked and served', async ({ page, request }) => {
		await page.goto('/sources/');
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
		await page.goto('/sources/');
		for (const name of [
			'This page, as plain text',
			'This page, as BibTeX',
			'The paper',
			'The paper’s DOI',
			'The paper, as BibTeX',
		]) {
			const block = page.getByRole('figure', { name, exact: true }).locator('pre');
			await page.getByRole('button', { name: `Copy the text of: ${name}`, exact: true }).click();
			expect(await clipboard(page)).toBe(await block.textContent());
		}
		await expect(page.getByRole('status')).toHaveText('Copied.');
	});
});
