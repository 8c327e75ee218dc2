import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { sources } from '../../src/data/sources';
import { date, of, pct, rangeWhole } from '../../src/lib/format';
import { lastReviewed } from '../../src/data/review';
import { remissionCounts } from '../../src/charts/remission';

/** Labels of controls that make no sense on paper; none may show in print. */
const controlLabels = [
	'Print summary',
	'Print this page',
	'Back to the full story',
	'Skip to the story',
	'Copy link',
	'Share',
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

for (const scheme of ['light', 'dark'] as const) {
	for (const format of ['A4', 'Letter'] as const) {
		test(`the summary prints on exactly one ${format} page (${scheme} mode)`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/summary/');
			expect(await printedPages(page, format)).toEqual({ count: 1, width: paper[format] });
		});
	}
}

test('the printed summary carries the key figures, the dates, the DOI and addresses, and no controls', async ({
	page,
}) => {
	await page.goto('/summary/');
	const text = await printedText(page);
	for (const figure of [
		of(derived.remission),
		pct(derived.remission),
		of(derived.remissionOfTreated),
		pct(derived.remissionOfTreated),
		sources.JCI.doi!,
		sources.JCI.url!,
		sources.REG.url!,
		date(sources.JCI.date!),
		rangeWhole(derived.remissionInterval),
		`Last reviewed ${date(lastReviewed)}`,
	])
		expect(text).toContain(figure);
	for (const label of controlLabels) expect(text).not.toContain(label);
});

test('every caveat is on the printed summary', async ({ page }) => {
	await page.goto('/summary/');
	const text = await printedText(page);
	for (const caveat of [
		'early trial',
		'Small',
		'No comparison group',
		'Some relapsed',
		'Many remissions did not last',
		'Side effects',
	])
		expect(text).toContain(caveat);
});

test('no printed text on the summary is smaller than 9 pt', async ({ page }) => {
	await page.goto('/summary/');
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

test('the summary prints black on white even in dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
	await page.goto('/summary/');
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

test('the summary chart tells its kinds apart by shape and words, not colour', async ({ page }) => {
	await page.goto('/summary/');
	const chart = page.getByRole('img', { name: new RegExp(of(derived.remission)) });
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
	await expect(legend.nth(0)).toContainText(`${trial.inRemission.count}: No detectable leukemia`);
});

test('the QR code on the summary leads back to the site and says so', async ({ page }) => {
	await page.goto('/summary/');
	const qr = page.getByRole('img', { name: /^QR code that opens the full story at https?:\/\// });
	await expect(qr.locator('svg path')).not.toHaveCount(0);
	const name = (await qr.getAttribute('aria-label'))!;
	const site = name.slice(name.indexOf('http'));
	// The same address is printed in words at the foot of the page.
	await expect(page.locator('.summary-dates a')).toHaveAttribute('href', site);
});

test('"Print this page" on the summary opens the print dialog once', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.goto('/summary/');
	await page.getByRole('button', { name: 'Print this page' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the story\'s "Print summary" control is keyboard reachable and opens the summary\'s print', async ({
	page,
}) => {
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.goto('/');
	const control = page.getByRole('link', { name: 'Print summary' });
	await expect(control).toBeVisible();
	await control.focus();
	await expect(control).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/summary\/\?print$/);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
		.toBe(1);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('"Print summary" just opens the summary, which hides the print button', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Print summary' }).click();
		await expect(page).toHaveURL(/\/summary\/\?print$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
	});
});

test('a chapter prints without controls or navigation, with link addresses and whole figures', async ({
	page,
}) => {
	await page.goto('/sources/');
	const text = await printedText(page);
	for (const label of [...controlLabels, 'Previous', 'All chapters', 'Link to a figure'])
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

test('the 404 page offers the one-page summary', async ({ page }) => {
	await page.goto('/no-such-page/');
	await expect(
		page.getByRole('link', { name: 'The one-page summary, ready to print' }),
	).toHaveAttribute('href', '/summary/');
});
