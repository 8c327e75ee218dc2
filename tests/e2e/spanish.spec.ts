/**
 * The Spanish edition, as a Spanish-speaking reader and a search engine meet it: every English page
 * has its Spanish twin at /es/…, each names the other (hreflang, x-default), the language switch
 * keeps the reader on the same chapter, and the page says it is Spanish (lang, JSON-LD, card,
 * sitemap). The gates every page passes (axe, CSP, no-JS, budgets, links) run over /es/ too,
 * because they glob dist/ (quality.spec.ts, tests/tools).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { pages } from '../tools/lib/dist.ts';
import { serveDist } from '../tools/lib/serve.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const all = pages(dist);
// Pages with a twin: not the not-found pages (served at any missing address) or old /s/ redirects.
const readerPages = all.filter((p) => !/^\/(es\/)?404\.html$|^\/s\//.test(p.route));
const english = readerPages.filter((p) => !p.route.startsWith('/es/'));
const head = (file: string) => parse(readFileSync(file, 'utf8'));

test('the gates found English and Spanish pages', () => {
	expect(english.length).toBeGreaterThan(10);
	expect(readerPages.length).toBe(english.length * 2);
});

for (const { route, file } of english) {
	const twin = route === '/' ? '/es/' : `/es${route}`;

	test(`${route} has a Spanish twin at ${twin}, and each names the other`, () => {
		const twinFile = all.find((p) => p.route === twin)?.file;
		expect(twinFile, `no ${twin} in dist/`).toBeDefined();
		for (const [f, lang] of [
			[file, 'en'],
			[twinFile!, 'es'],
		] as const) {
			const doc = head(f);
			expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
			const alternates = Object.fromEntries(
				doc
					.querySelectorAll('link[rel=alternate][hreflang]')
					.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
			);
			expect(alternates).toEqual({ en: route, es: twin, 'x-default': route });
			const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
			expect(ld.inLanguage).toBe(lang);
			const card = new URL(
				doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!,
			);
			expect(card.pathname.startsWith('/es/')).toBe(lang === 'es');
			expect(existsSync(`${dist}${card.pathname.slice(1)}`), card.pathname).toBe(true);
		}
	});
}

test('the sitemap lists both languages, each page with its twin', () => {
	const xml = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
	for (const { route } of readerPages) expect(xml).toContain(`${route}</loc>`);
	expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="es" href="[^"]+\/es\/results\/"/);
});

test('the language switch keeps the reader on the same chapter, both ways', async ({ page }) => {
	await page.goto('/results/');
	await page.getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/results\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByText(/^Capítulo \d+ de \d+$/)).toBeVisible();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/results\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the Spanish front page answers first, in Spanish, with Spanish figures', async ({ page }) => {
	await page.goto('/es/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('27 de 29');
	await expect(page.locator('.lede')).toContainText('93\u00a0%');
	await expect(page.getByRole('link', { name: 'Qué puede hacer usted' })).toHaveAttribute(
		'href',
		'/es/what-you-can-do/',
	);
	// Every chapter in the contents is a Spanish page.
	const links = await page
		.locator('nav.toc a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.length).toBeGreaterThan(10);
	for (const href of links) expect(href).toMatch(/^\/es\/[a-z-]+\/$/);
});

test('a Spanish chapter’s controls speak Spanish', async ({ page }) => {
	await page.goto('/es/results/');
	await expect(page.getByRole('button', { name: /^Copiar el enlace a: / }).first()).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'Capítulo anterior y siguiente' }),
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ir a la historia' })).toBeAttached();
});

test('a missing Spanish address gets the Spanish not-found page, with status 404', async () => {
	// As a static host does with dist/_redirects' "/es/* /es/404.html 404" (astro preview, which
	// serves the other tests, sends the root 404 page for every missing address).
	const port = Number(process.env.PORT ?? 4321) + 50 + test.info().parallelIndex;
	const server = await serveDist(dist, port);
	try {
		const response = await fetch(`http://localhost:${port}/es/no-existe/`);
		expect(response.status).toBe(404);
		expect(
			parse(await response.text())
				.querySelector('html')!
				.getAttribute('lang'),
		).toBe('es');
		const english = await fetch(`http://localhost:${port}/no-such-page/`);
		expect(
			parse(await english.text())
				.querySelector('html')!
				.getAttribute('lang'),
		).toBe('en');
	} finally {
		server.close();
	}
	expect(readFileSync(`${dist}_redirects`, 'utf8')).toContain('/es/* /es/404.html 404');
});
