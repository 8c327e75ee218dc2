import { expect, test } from '@playwright/test';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { glossary } from '../../src/data/glossary';
import { sources } from '../../src/data/sources';
import { approvalResult, num, of, pct } from '../../src/lib/format';

test('the headline figure is shown with its denominator', async ({ page }) => {
	await page.goto('/');
	const figure = page.locator('#fig-remission');
	await expect(figure).toHaveText(of(derived.remission));
	await expect(page.locator('#main-result')).toBeVisible();
	await expect(
		page.getByText(`${of(derived.remissionOfTreated)}, or ${pct(derived.remissionOfTreated)}`),
	).toBeVisible();
});

test('there is one h1 and every chapter in order, each with its stable id', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toHaveCount(1);
	const ids = await page.locator('section.chapter > h2').evaluateAll((hs) => hs.map((h) => h.id));
	expect(ids).toEqual([
		'main-result',
		'who-and-where',
		'what-car-t-cells-are',
		'how-it-works',
		'results',
		'side-effects',
		'how-long-it-lasted',
		'limits',
		'researchers',
		'what-happened-next',
		'glossary',
		'sources',
		'about',
	]);
});

test('the contents link to every chapter', async ({ page }) => {
	await page.goto('/');
	const toc = page.getByRole('navigation', { name: 'In this story' });
	await toc.getByRole('link', { name: 'The results in detail' }).click();
	await expect(page).toHaveURL(/#results$/);
});

test('the glossary defines every term, and terms link to it', async ({ page }) => {
	await page.goto('/');
	for (const [key, t] of Object.entries(glossary)) {
		await expect(page.locator(`#term-${key} dd`)).toHaveText(t.definition);
	}
	await page.locator('a.term[href="#term-cd19"]').first().click();
	await expect(page.locator('#term-cd19')).toBeInViewport();
});

test('the sources are listed with working links, and figures cite them', async ({ page }) => {
	await page.goto('/');
	const list = page.locator('section:has(> #sources) ol.sources');
	await expect(list.locator('li')).toHaveCount(Object.keys(sources).length);
	await expect(page.getByRole('link', { name: sources.JCI.doi })).toHaveAttribute(
		'href',
		`https://doi.org/${sources.JCI.doi}`,
	);
	await expect(
		page.locator('section:has(> #main-result) .src a[href="#source-JCI"]').first(),
	).toBeVisible();
});

test('the numbers in the text match the data module', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#fig-remission-pct')).toHaveText(pct(derived.remission));
	await expect(page.locator('#fig-resistant-relapse')).toHaveText(
		`${num(trial.resistantRelapse.count)} patients`,
	);
});

test('an unknown address gets a helpful 404 that links back to the story', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
	await expect(page.getByRole('link', { name: 'The full story' })).toHaveAttribute('href', '/');
});

test('the facts each chapter needs are on the page, each with a link to its source', async ({
	page,
}) => {
	await page.goto('/');
	const facts = [
		trial.where,
		trial.partner,
		trial.leader,
		trial.seniorAuthors,
		trial.industryTie,
		trial.registration,
		trial.renamed,
	];
	for (const fact of facts) {
		const paragraph = page.locator('p', { hasText: fact.text }).first();
		await expect(paragraph).toBeVisible();
		for (const key of fact.source) {
			await expect(page.locator(`.src a[href="#source-${key}"]`).first()).toBeAttached();
		}
	}
});

test('the later approvals are shown with their own denominators and a warning not to compare', async ({
	page,
}) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: /Later FDA approvals/ });
	for (const a of derived.approvals) {
		const row = table.getByRole('row', { name: new RegExp(a.drug) });
		await expect(row).toBeVisible();
		await expect(row).toContainText(approvalResult(a));
		if (a.remission?.wider) await expect(row).toContainText(String(a.remission.wider.patients));
	}
	await expect(page.getByText('Do not compare these percentages')).toBeVisible();
});

test('no chapter text falls outside a paragraph (an MDX line that starts with {…} does)', async ({
	page,
}) => {
	await page.goto('/');
	const stray = await page
		.locator('section.chapter')
		.evaluateAll((sections) =>
			sections.flatMap((s) =>
				[...s.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
					.map((n) => n.textContent!.trim()),
			),
		);
	expect(stray).toEqual([]);
});
