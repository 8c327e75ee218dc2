import { expect, test } from '@playwright/test';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { num, of, range, rangeWhole } from '../../src/lib/format';

// The charts are static SVG: they must all be there, named and readable, with no script at all.
test.use({ javaScriptEnabled: false });

/** Each chart, the chapter page it is on, and words its name must hold. */
const charts = [
	{ id: 'fig-chart-remission', path: '/main-result/', name: of(derived.remission) },
	{ id: 'fig-chart-outcomes', path: '/results/', name: `${trial.treated.count} treated patients` },
	{
		id: 'fig-chart-timeline',
		path: '/how-it-works/',
		name: `Timeline of the ${num(trial.steps.length)} steps`,
	},
	{
		id: 'fig-chart-uncertainty',
		path: '/how-long-it-lasted/',
		name: rangeWhole(derived.remissionInterval),
	},
];
const pathOf = (id: string) => charts.find((c) => c.id === id)!.path;

for (const { id, path, name } of charts) {
	test(`#${id} is a figure with a named image, a caption and a table, without JavaScript`, async ({
		page,
	}) => {
		await page.goto(path);
		const figure = page.locator(`figure#${id}`);
		await expect(figure.getByRole('img', { name: new RegExp(name) })).toBeVisible();
		await expect(figure.locator('figcaption')).toBeVisible();
		await expect(figure.getByRole('table')).toBeVisible();
	});
}

/** The first cell of each row (by data-row) of figure `id`'s table. */
async function cells(page: import('@playwright/test').Page, id: string) {
	return Object.fromEntries(
		await page
			.locator(`#${id} tbody tr`)
			.evaluateAll((trs) =>
				trs.map((tr) => [tr.getAttribute('data-row'), tr.querySelector('td')?.textContent]),
			),
	);
}

/** Rows both tables have, with the counts from the data module. */
const sharedRows = {
	treated: String(trial.treated.count),
	evaluable: String(trial.evaluable.count),
	remission: String(trial.inRemission.count),
	noRemission: String(derived.noRemission.n),
	reEnrolled: String(trial.reEnrolledRemission.count),
};

test('the remission table shows the numbers of the data module', async ({ page }) => {
	await page.goto(pathOf('fig-chart-remission'));
	const id = 'fig-chart-remission';
	expect(await cells(page, id)).toEqual({
		...sharedRows,
		notReEnrolled: String(derived.noRemission.n - trial.reEnrolledRemission.count),
		notEvaluable: String(derived.notEvaluable),
	});
	await expect(page.locator(`#${id} svg[role="img"] circle.u-good`)).toHaveCount(
		trial.inRemission.count + trial.reEnrolledRemission.count,
	);
});

test('the uncertainty table shows both estimates with their counts and 95% ranges', async ({
	page,
}) => {
	await page.goto(pathOf('fig-chart-uncertainty'));
	const rows = page.locator('#fig-chart-uncertainty tbody tr');
	for (const [i, iv] of [derived.remissionInterval, derived.followUpInterval].entries()) {
		await expect(rows.nth(i)).toContainText(of(iv));
		await expect(rows.nth(i)).toContainText(range(iv));
	}
});

test('the outcome table shows the numbers of the data module, and the unknown as unknown', async ({
	page,
}) => {
	await page.goto(pathOf('fig-chart-outcomes'));
	expect(await cells(page, 'fig-chart-outcomes')).toEqual({
		...sharedRows,
		notEvaluable: String(derived.notEvaluable),
		resistant: String(trial.resistantRelapse.count),
		relapsed: 'Not reported',
	});
});

test('the timeline table lists every step in order, with its timing in the sources’ words', async ({
	page,
}) => {
	await page.goto(pathOf('fig-chart-timeline'));
	const rows = page.locator('#fig-chart-timeline tbody tr');
	await expect(rows).toHaveCount(trial.steps.length);
	for (const [i, s] of trial.steps.entries()) {
		await expect(rows.nth(i).locator('th')).toHaveText(`${i + 1}. ${s.name}`);
		await expect(rows.nth(i).locator('td')).toHaveText(
			`${s.when} (${s.approximate ? 'approximate' : 'exact'})`,
		);
	}
});

// (axe and sideways scrolling on every page, charts included, are in quality.spec.ts.)
test('at 320 px each chart fits the screen, with text at least 12 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const { id, path } of charts) {
		await page.goto(path);
		const box = (await page.locator(`#${id} svg[role="img"]:visible`).boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		const smallest = await page
			.locator(`#${id} svg[role="img"]:visible text`)
			.evaluateAll((ts) =>
				Math.min(...ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height)),
			);
		// A text box is a little taller than its font size; 12 px text gives boxes of about 14 px.
		expect(smallest).toBeGreaterThanOrEqual(12);
	}
});

test('on a desktop the wide charts use the column’s width, one chart each for the reader', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const { id, path } of charts.filter((c) => c.id !== 'fig-chart-remission')) {
		await page.goto(path);
		// Two layouts in the HTML, one shown and exposed: a screen reader meets one chart.
		await expect(page.locator(`figure#${id}`).getByRole('img')).toHaveCount(1);
		const column = (await page.locator('main').boundingBox())!.width;
		const chart = (await page.locator(`#${id} svg[role="img"]:visible`).boundingBox())!;
		expect(chart.width, id).toBeGreaterThan(column * 0.9);
		const sizes = await page
			.locator(`#${id} svg[role="img"]:visible text`)
			.evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
		expect(Math.min(...sizes), id).toBeGreaterThanOrEqual(12);
		// Not blown up either: a label no taller than body text.
		expect(Math.max(...sizes), id).toBeLessThanOrEqual(24);
	}
});
