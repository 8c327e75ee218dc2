import { expect, test } from '@playwright/test';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { num, of } from '../../src/lib/format';

// The charts are static SVG: they must all be there, named and readable, with no script at all.
test.use({ javaScriptEnabled: false });

const charts = [
	{ id: 'fig-chart-remission', name: of(derived.remission) },
	{ id: 'fig-chart-outcomes', name: `${trial.treated.count} treated patients` },
	{ id: 'fig-chart-timeline', name: `Timeline of the ${num(trial.steps.length)} steps` },
];

for (const { id, name } of charts) {
	test(`#${id} is a figure with a named image, a caption and a table, without JavaScript`, async ({
		page,
	}) => {
		await page.goto('/');
		const figure = page.locator(`figure#${id}`);
		await expect(figure.getByRole('img', { name: new RegExp(name) })).toBeVisible();
		await expect(figure.locator('figcaption')).toBeVisible();
		await expect(figure.getByRole('table')).toBeVisible();
	});
}

/** The number in the table row `row` of figure `id`. */
async function cell(page: import('@playwright/test').Page, id: string, row: string) {
	return page.locator(`#${id} tr[data-row="${row}"] td`).first().textContent();
}

test('the remission table shows the numbers of the data module', async ({ page }) => {
	await page.goto('/');
	const id = 'fig-chart-remission';
	expect(await cell(page, id, 'treated')).toBe(String(trial.treated.count));
	expect(await cell(page, id, 'evaluable')).toBe(String(trial.evaluable.count));
	expect(await cell(page, id, 'remission')).toBe(String(trial.inRemission.count));
	expect(await cell(page, id, 'noRemission')).toBe(String(derived.noRemission.n));
	expect(await cell(page, id, 'reEnrolled')).toBe(String(trial.reEnrolledRemission.count));
	expect(await cell(page, id, 'notEvaluable')).toBe(String(derived.notEvaluable));
	await expect(page.locator(`#${id} svg[role="img"] circle.u-good`)).toHaveCount(
		trial.inRemission.count + trial.reEnrolledRemission.count,
	);
});

test('the outcome table shows the numbers of the data module, and the unknown as unknown', async ({
	page,
}) => {
	await page.goto('/');
	const id = 'fig-chart-outcomes';
	expect(await cell(page, id, 'treated')).toBe(String(trial.treated.count));
	expect(await cell(page, id, 'evaluable')).toBe(String(trial.evaluable.count));
	expect(await cell(page, id, 'remission')).toBe(String(trial.inRemission.count));
	expect(await cell(page, id, 'noRemission')).toBe(String(derived.noRemission.n));
	expect(await cell(page, id, 'reEnrolled')).toBe(String(trial.reEnrolledRemission.count));
	expect(await cell(page, id, 'resistant')).toBe(String(trial.resistantRelapse.count));
	expect(await cell(page, id, 'relapsed')).toBe('Not reported');
});

test('the timeline table lists every step in order, with its timing in the sources’ words', async ({
	page,
}) => {
	await page.goto('/');
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
	await page.goto('/');
	for (const { id } of charts) {
		const box = (await page.locator(`#${id} svg[role="img"]`).boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		const smallest = await page
			.locator(`#${id} svg[role="img"] text`)
			.evaluateAll((ts) =>
				Math.min(...ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height)),
			);
		// A text box is a little taller than its font size; 12 px text gives boxes of about 14 px.
		expect(smallest).toBeGreaterThanOrEqual(12);
	}
});
