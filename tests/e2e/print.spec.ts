import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { sources } from '../../src/data/sources';
import { date, num, of, pct, rangeWhole } from '../../src/lib/format';
import { lastReviewed } from '../../src/data/review';
import { remissionCounts } from '../../src/charts/remission';
import { t, type Locale } from '../../src/i18n';

/**
 * The summary in each language: where it is, where its QR code and "Back" link lead, and the words
 * a test looks for on it. Both sheets must print on one page of A4 and of Letter, with the same rules.
 */
const editions = [
	{
		locale: 'en' as Locale,
		route: '/summary/',
		home: '/',
		printButton: 'Print this page',
		back: 'Back to the full story',
		reviewed: `Last reviewed ${date(lastReviewed)}`,
		caveats: [
			'early trial',
			'Small',
			'No comparison group',
			'Some relapsed',
			'Many remissions did not last',
			'Side effects',
		],
		qrName: /^QR code that opens the full story at https?:\/\//,
		keyRemission: `${trial.inRemission.count}: No detectable leukemia`,
	},
	{
		locale: 'es' as Locale,
		route: '/es/summary/',
		home: '/es/',
		printButton: 'Imprimir esta página',
		back: 'Volver a la historia completa',
		reviewed: `Última revisión: ${date(lastReviewed, 'es')}`,
		caveats: [
			'Un ensayo temprano',
			'Pequeño',
			'Sin grupo de comparación',
			'Algunos recayeron',
			'Muchas remisiones no duraron',
			'Puede haber efectos graves',
		],
		qrName: /^Código QR que abre la historia completa en https?:\/\//,
		keyRemission: `${trial.inRemission.count}: `,
	},
] as const;

/** Labels of controls that make no sense on paper, in a language; none may show in print. */
const controlLabels = (e: (typeof editions)[number]) => [
	t('printSummary', {}, e.locale),
	e.printButton,
	e.back,
	t('skipLink', {}, e.locale),
	t('copyLink', {}, e.locale),
	t('share', {}, e.locale),
	t('languageSwitch', {}, e.locale),
];
/** Paper widths in PDF points, to prove each PDF really was printed on that paper. */
const paper = { A4: 596, Letter: 612 } as const;

async function printedPages(page: Page, format: keyof typeof paper) {
	const doc = await PDFDocument.load(await page.pdf({ format }));
	return { count: doc.getPageCount(), width: Math.round(doc.getPage(0).getWidth()) };
}

async function printedText(page: Page) {
	await page.emulateMedia({ media: 'print' });
	return page.locator('body').innerText();
}

/** Stubs window.print(), counting the calls in window.printed. */
const countPrints = (page: Page) =>
	page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
const prints = (page: Page) =>
	page.evaluate(() => (window as unknown as { printed: number }).printed);

for (const e of editions) {
	const { locale, route } = e;

	test.describe(`the summary at ${route}`, () => {
		for (const scheme of ['light', 'dark'] as const) {
			for (const format of ['A4', 'Letter'] as const) {
				test(`prints on exactly one ${format} page (${scheme} mode)`, async ({ page }) => {
					await page.emulateMedia({ colorScheme: scheme });
					await page.goto(route);
					expect(await printedPages(page, format)).toEqual({ count: 1, width: paper[format] });
				});
			}
		}

		test('the printed sheet carries the key figures, the dates, the DOI and addresses, and no controls', async ({
			page,
		}) => {
			await page.goto(route);
			const text = await printedText(page);
			for (const figure of [
				of(derived.remission, locale),
				pct(derived.remission, locale),
				of(derived.remissionOfTreated, locale),
				pct(derived.remissionOfTreated, locale),
				sources.JCI.doi!,
				sources.JCI.url!,
				sources.REG.url!,
				date(sources.JCI.date!, locale),
				rangeWhole(derived.remissionInterval, locale),
				e.reviewed,
			])
				expect(text).toContain(figure);
			for (const label of controlLabels(e)) expect(text).not.toContain(label);
		});

		test('every caveat is on the printed sheet', async ({ page }) => {
			await page.goto(route);
			const text = await printedText(page);
			for (const caveat of e.caveats) expect(text).toContain(caveat);
		});

		test('no printed text is smaller than 9 pt', async ({ page }) => {
			await page.goto(route);
			await page.emulateMedia({ media: 'print' });
			const sizes = await page.locator('main *').evaluateAll((els) =>
				els
					.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
					.filter((el) => (el as HTMLElement).offsetParent !== null || el.tagName === 'BODY')
					.map((el) => ({
						text: el.textContent!.trim().slice(0, 30),
						px: parseFloat(getComputedStyle(el).fontSize),
					})),
			);
			expect(sizes.length).toBeGreaterThan(20);
			// 9 pt is 12 CSS pixels.
			expect(sizes.filter((s) => s.px < 12)).toEqual([]);
		});

		test('prints black on white even in dark mode', async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
			await page.goto(route);
			const colours = await page.evaluate(() => ({
				paper: getComputedStyle(document.body).backgroundColor,
				ink: getComputedStyle(document.body).color,
				dot: getComputedStyle(document.querySelector('#summary-chart-remission .u-good')!).fill,
			}));
			expect(colours).toEqual({
				paper: 'rgb(255, 255, 255)',
				ink: 'rgb(0, 0, 0)',
				dot: 'rgb(0, 0, 0)',
			});
		});

		test('the chart tells its kinds apart by shape and words, not colour', async ({ page }) => {
			await page.goto(route);
			const chart = page.getByRole('img', { name: new RegExp(of(derived.remission, locale)) });
			await expect(chart).toBeVisible();
			await expect(chart.locator('[data-kind=remission]')).toHaveCount(derived.remission.n);
			await expect(chart.locator('[data-kind=notReEnrolled], [data-kind=reEnrolled]')).toHaveCount(
				derived.noRemission.n,
			);
			await expect(chart.locator('[data-kind=notEvaluable]')).toHaveCount(derived.notEvaluable);
			const legend = page.locator('#summary-chart-remission .chart-key li');
			const kinds = Object.values(
				remissionCounts({
					treated: trial.treated.count,
					evaluable: trial.evaluable.count,
					inRemission: trial.inRemission.count,
					reEnrolledRemission: trial.reEnrolledRemission.count,
				}),
			);
			await expect(legend).toHaveCount(kinds.filter((n) => n > 0).length);
			await expect(legend.nth(0)).toContainText(e.keyRemission);
		});

		test('the QR code leads to the front page in the same language and says so', async ({
			page,
		}) => {
			await page.goto(route);
			const qr = page.getByRole('img', { name: e.qrName });
			await expect(qr.locator('svg path')).not.toHaveCount(0);
			const name = (await qr.getAttribute('aria-label'))!;
			const site = name.slice(name.indexOf('http'));
			expect(new URL(site).pathname).toBe(e.home);
			// The same address is printed in words at the foot of the page.
			await expect(page.locator('.summary-dates a')).toHaveAttribute('href', site);
			await expect(page.getByRole('link', { name: e.back })).toHaveAttribute('href', e.home);
		});

		test(`"${e.printButton}" opens the print dialog once`, async ({ page }) => {
			await countPrints(page);
			await page.goto(route);
			await page.getByRole('button', { name: e.printButton }).click();
			expect(await prints(page)).toBe(1);
		});

		test(`the front page's "${t('printSummary', {}, locale)}" control is keyboard reachable and opens this sheet's print`, async ({
			page,
		}) => {
			await countPrints(page);
			await page.goto(e.home);
			const control = page.getByRole('link', { name: t('printSummary', {}, locale) });
			await expect(control).toBeVisible();
			await control.focus();
			await expect(control).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${route}\\?print$`));
			await expect.poll(() => prints(page)).toBe(1);
		});

		test.describe('with JavaScript off', () => {
			test.use({ javaScriptEnabled: false });

			test(`"${t('printSummary', {}, locale)}" just opens the sheet, which hides the print button`, async ({
				page,
			}) => {
				await page.goto(e.home);
				await page.getByRole('link', { name: t('printSummary', {}, locale) }).click();
				await expect(page).toHaveURL(new RegExp(`${route}\\?print$`));
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByRole('button', { name: e.printButton })).toBeHidden();
			});
		});
	});
}

test('the Spanish sheet is in Spanish: its language, its words and its figures', async ({
	page,
}) => {
	await page.goto('/es/summary/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	const text = await printedText(page);
	// Spanish typography from the formatter: "93 %", "7,6 meses", "27 de 29".
	expect(text).toContain(`(${pct(derived.remission, 'es')})`);
	expect(text).toContain(`${num(trial.resistantRelapse.count, 'es')},`);
	for (const english of [
		'The results',
		'What this does not tell us',
		'Questions for your care team',
		'Your own questions',
		'Sources',
		'Last reviewed',
		' of 29',
	])
		expect(text).not.toContain(english);
});
test('a chapter prints without controls or navigation, with link addresses and whole figures', async ({
	page,
}) => {
	await page.goto('/sources/');
	const text = await printedText(page);
	for (const label of [
		...controlLabels(editions[0]),
		'Previous',
		'All chapters',
		'Link to a figure',
	])
		expect(text).not.toContain(label);
	const links = await page.locator('main a[href^="http"]').evaluateAll((as) =>
		as.map((a) => ({
			href: a.getAttribute('href')!,
			shown: a.textContent!.includes(a.getAttribute('href')!.replace(/^https:\/\//, '')),
			after: getComputedStyle(a, '::after').content,
		})),
	);
	expect(links.length).toBeGreaterThan(0);
	// Every external link prints its address, either as its own text or right after it.
	for (const l of links) expect(l.shown || l.after.includes(l.href), l.href).toBe(true);
	expect(links.some((l) => l.after.includes(`https://doi.org/${sources.JCI.doi}`))).toBe(true);
	const heading = () => getComputedStyle(document.querySelector('main h2')!).breakAfter;
	expect(await page.evaluate(heading)).toBe('avoid');
	const { count } = await printedPages(page, 'A4');
	expect(count).toBeGreaterThan(1);
	await page.goto('/main-result/');
	await page.emulateMedia({ media: 'print' });
	expect(
		await page.evaluate(() => getComputedStyle(document.querySelector('.callout')!).breakInside),
	).toBe('avoid');
});

test('the 404 page offers the one-page summary, and the Spanish front page in Spanish', async ({
	page,
}) => {
	await page.goto('/no-such-page/');
	await expect(
		page.getByRole('link', { name: 'The one-page summary, ready to print' }),
	).toHaveAttribute('href', '/summary/');
	// A Spanish reader with a broken link may land here: the way to the Spanish pages, in Spanish.
	const spanish = page.locator('main [lang=es]');
	await expect(spanish).toContainText('¿Busca la versión en español?');
	await expect(spanish.getByRole('link')).toHaveAttribute('href', '/es/');
});

test('the Spanish 404 page is in Spanish and leads to the Spanish pages', async ({ page }) => {
	await page.goto('/es/404.html');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esa página');
	await expect(page.getByRole('link', { name: 'La portada' })).toHaveAttribute('href', '/es/');
	await expect(
		page.getByRole('link', { name: 'El resumen en una página, listo para imprimir' }),
	).toHaveAttribute('href', '/es/summary/');
	// Every link in the page's own text stays in the Spanish edition.
	const links = await page
		.locator('main a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.filter((href) => !href?.startsWith('/es/'))).toEqual([]);
});
