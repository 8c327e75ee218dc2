import { expect, test } from '@playwright/test';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { glossary } from '../../src/data/glossary';
import { sources } from '../../src/data/sources';
import { lastReviewed } from '../../src/data/review';
import { approvalResult, date, num, of, pct } from '../../src/lib/format';
import { chapterList } from './story';

test.describe('the front page answers first', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('on a phone’s first screen: the figure with its denominator, plain words, the chart', async ({
		page,
	}) => {
		await page.goto('/');
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toContainText(of(derived.remission));
		await expect(h1).toBeInViewport({ ratio: 1 });
		await expect(page.locator('main .lede')).toBeInViewport();
		const chart = page.getByRole('img', { name: new RegExp(of(derived.remission)) });
		expect((await chart.boundingBox())!.y).toBeLessThan(844 - 40);
	});

	test('then the caveat, every chapter with its summary, the summary to print, the review date', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(page.locator('.callout')).toContainText('Not a cure');
		const toc = page.getByRole('navigation', { name: 'The story, chapter by chapter' });
		await expect(toc.locator('li')).toHaveCount((await chapterList(page)).length);
		await expect(toc.locator('li .toc-summary').first()).not.toBeEmpty();
		await expect(page.getByRole('link', { name: 'Print summary' })).toBeVisible();
		await expect(page.getByText(`Last reviewed: ${date(lastReviewed)}`)).toBeVisible();
	});
});

test('previous and next walk every chapter in order, each page saying where it is', async ({
	page,
}) => {
	const chapters = await chapterList(page);
	expect(chapters.length).toBeGreaterThan(8);
	await page.goto(chapters[0]!.path);
	for (const [i, c] of chapters.entries()) {
		await expect(page).toHaveURL(new RegExp(`${c.path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.getByText(`Chapter ${i + 1} of ${chapters.length}`)).toBeVisible();
		const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
		if (i > 0)
			await expect(pager.getByRole('link', { name: /^Previous/ })).toContainText(
				chapters[i - 1]!.title,
			);
		const next = pager.getByRole('link', { name: /^Next/ });
		if (i === chapters.length - 1) await expect(next).toHaveCount(0);
		else await next.click();
	}
});

test('a chapter leads back to the contents', async ({ page }) => {
	await page.goto('/results/');
	await page.getByRole('link', { name: 'All chapters' }).first().click();
	await expect(page).toHaveURL(/\/#contents$/);
	await expect(page.locator('#contents')).toBeInViewport();
});

test('the headline figure is shown with its denominator', async ({ page }) => {
	await page.goto('/main-result/');
	await expect(page.locator('#fig-remission')).toHaveText(of(derived.remission));
	await expect(page.locator('#fig-remission-treated')).toHaveText(
		`${of(derived.remissionOfTreated)}, or ${pct(derived.remissionOfTreated)}`,
	);
});

test.describe('a term opens its definition in place', () => {
	for (const javaScriptEnabled of [true, false]) {
		test(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/main-result/');
			const term = page.getByRole('button', { name: 'bone marrow' });
			await term.click();
			const definition = page.getByText(glossary.marrow.definition);
			await expect(definition).toBeVisible();
			await expect(page).toHaveURL(/\/main-result\/$/);
			const more = page
				.locator(':popover-open')
				.getByRole('link', { name: 'More in the glossary' });
			await expect(more).toHaveAttribute('href', '/glossary/#term-marrow');
			await page.locator(':popover-open').getByRole('button', { name: 'Close' }).click();
			await expect(definition).toBeHidden();
			await context.close();
		});
	}
});

test('the glossary page defines every term', async ({ page }) => {
	await page.goto('/glossary/');
	for (const [key, t] of Object.entries(glossary)) {
		await expect(page.locator(`#term-${key} dd`)).toHaveText(t.definition);
	}
});

test('source markers say what kind of source it is and link to it on the Sources page', async ({
	page,
}) => {
	await page.goto('/main-result/');
	const marker = page
		.getByRole('link', { name: `Source: ${sources.JCI.label}, journal paper` })
		.first();
	await expect(marker).toHaveText('journal paper');
	await marker.click();
	await expect(page).toHaveURL(/\/sources\/#source-JCI$/);
	await expect(page.locator('#source-JCI')).toBeInViewport();
	await expect(page.locator('ol.sources > li')).toHaveCount(Object.keys(sources).length);
	await expect(page.getByRole('link', { name: sources.JCI.doi })).toHaveAttribute(
		'href',
		`https://doi.org/${sources.JCI.doi}`,
	);
});

test('the numbers in the text match the data module', async ({ page }) => {
	await page.goto('/main-result/');
	await expect(page.locator('#fig-remission-pct')).toHaveText(pct(derived.remission));
	await page.goto('/results/');
	await expect(page.locator('#fig-resistant-relapse')).toHaveText(
		`${num(trial.resistantRelapse.count)} patients`,
	);
});

test('an unknown address gets a helpful 404 that leads back in', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
	await expect(page.getByRole('link', { name: 'The front page' })).toHaveAttribute('href', '/');
	await expect(page.getByRole('link', { name: 'All chapters' })).toHaveAttribute(
		'href',
		'/#contents',
	);
});

test('the facts each chapter needs are there, each in a paragraph that cites its sources', async ({
	page,
}) => {
	const chapters = await chapterList(page);
	const facts = [
		trial.where,
		trial.partner,
		trial.leader,
		trial.seniorAuthors,
		trial.industryTie,
		trial.registration,
		trial.renamed,
	];
	// A fact may be named again elsewhere (a researcher's name in a quote); what counts is that
	// somewhere it stands in a paragraph that cites every one of its sources.
	const cited = new Set<string>();
	for (const c of chapters) {
		await page.goto(c.path);
		for (const fact of facts) {
			const paragraphs = page.locator('main :is(p, li)', { hasText: fact.text });
			for (const p of await paragraphs.all()) {
				const keys = await p
					.locator('.src a')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#source-')[1]));
				if (fact.source.every((k) => keys.includes(k))) cited.add(fact.text);
			}
		}
	}
	expect([...cited].sort()).toEqual(facts.map((f) => f.text).sort());
});

test('the later approvals are shown with their own denominators and a warning not to compare', async ({
	page,
}) => {
	await page.goto('/what-happened-next/');
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
	for (const c of await chapterList(page)) {
		await page.goto(c.path);
		const stray = await page
			.locator('article.chapter-page')
			.evaluate((article) =>
				[...article.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
					.map((n) => n.textContent!.trim()),
			);
		expect(stray, c.path).toEqual([]);
	}
});
