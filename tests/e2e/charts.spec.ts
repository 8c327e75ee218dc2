import { expect, test } from '@playwright/test';
import { trial } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { num, of, pct1, range, rangeWhole, reported } from '../../src/lib/format';

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

// The Spanish edition: the same charts, in Spanish, with the same counts. The front page's compact
// chart is always there; a chapter's chart is checked once its Spanish chapter is listed.

/** A pattern for text as the accessibility tree gives it: any run of spaces (no-break too) as one. */
const spaced = (text: string) =>
	new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0]+/g, '\\s+'));

/** The Spanish chapters' addresses, as the Spanish front page's contents list them. */
async function spanishRoutes(page: import('@playwright/test').Page): Promise<string[]> {
	await page.goto('/es/');
	return page.locator('nav.toc li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** Each chart on its Spanish chapter page, words its name must hold, and its table's headers. */
const chartsEs = [
	{
		id: 'fig-chart-remission',
		path: '/es/main-result/',
		name: of(derived.remission, 'es'),
		headers: ['Pacientes', 'Número', 'Porcentaje'],
	},
	{
		id: 'fig-chart-outcomes',
		path: '/es/results/',
		name: `${trial.treated.count} pacientes tratados`,
		headers: ['Grupo', 'Pacientes', 'Forma parte de'],
	},
	{
		id: 'fig-chart-timeline',
		path: '/es/how-it-works/',
		name: `Línea de tiempo de los ${num(trial.steps.length, 'es')} pasos`,
		headers: ['Paso', 'Cuándo'],
	},
	{
		id: 'fig-chart-uncertainty',
		path: '/es/how-long-it-lasted/',
		name: rangeWhole(derived.remissionInterval, 'es'),
		headers: [
			'Informe',
			'En remisión',
			`Intervalo del ${reported(derived.remissionInterval.level, 'es')}`,
		],
	},
];

/** English words that must not be left on a Spanish chart (none is a Spanish word). */
const english =
	/\b(patients?|treated|of|the|and|weeks?|days?|could|checked|remission|report|range|dose|leukemia|after|approximate|exact|not reported)\b/i;

test('the Spanish front page has the compact remission chart in Spanish', async ({ page }) => {
	await page.goto('/es/');
	const figure = page.locator('figure#fig-chart-remission-front');
	const img = figure.getByRole('img', { name: spaced(of(derived.remission, 'es')) });
	await expect(img).toBeVisible();
	expect(await img.getAttribute('aria-label')).not.toMatch(english);
	await expect(figure.locator('li[data-key="remission"]')).toHaveText(
		`${trial.inRemission.count}: Sin leucemia detectable`,
	);
	for (const key of await figure.locator('.chart-key li').allTextContents())
		expect(key).not.toMatch(english);
	await expect(figure.locator('svg[role="img"] circle.u-good')).toHaveCount(
		trial.inRemission.count + trial.reEnrolledRemission.count,
	);
});

for (const { id, path, name, headers } of chartsEs) {
	test(`${path}#${id} is named, captioned and tabled in Spanish, with the English page's counts`, async ({
		page,
	}) => {
		test.skip(!(await spanishRoutes(page)).includes(path), `no Spanish chapter at ${path} yet`);
		await page.goto(path);
		const figure = page.locator(`figure#${id}`);
		const img = figure.getByRole('img', { name: spaced(name) });
		await expect(img).toBeVisible();
		expect(await img.getAttribute('aria-label')).not.toMatch(english);
		await expect(figure.locator('figcaption')).toBeVisible();
		await expect(figure.locator('table caption')).toHaveText(
			/^Los (números|pasos) de este gráfico$/,
		);
		await expect(figure.locator('thead th')).toHaveText(headers);
		// Source markers keep the sources' own names; every other word of the figure is Spanish.
		const words = await figure.evaluate((f) => {
			const copy = f.cloneNode(true) as HTMLElement;
			for (const s of copy.querySelectorAll('.src')) s.remove();
			return copy.textContent!;
		});
		expect(words).not.toMatch(english);
		// Same rows, same first cells as the English chart, save the words for "not reported".
		const es = await cells(page, id);
		await page.goto(path.replace(/^\/es/, ''));
		const en = await cells(page, id);
		expect(Object.keys(es)).toEqual(Object.keys(en));
		for (const row of Object.keys(en)) {
			if (en[row] === 'Not reported') expect(es[row]).toBe('No se informó');
			else if (/^\d+$/.test(en[row])) expect(es[row], row).toBe(en[row]);
		}
	});
}

test('the Spanish remission table writes its shares the Spanish way', async ({ page }) => {
	const path = '/es/main-result/';
	test.skip(!(await spanishRoutes(page)).includes(path), `no Spanish chapter at ${path} yet`);
	await page.goto(path);
	await expect(page.locator('#fig-chart-remission tr[data-row="remission"] td').last()).toHaveText(
		spaced(`${pct1(derived.remission, 'es')} de los evaluables`),
	);
});

test('at 320 px each Spanish chart fits the screen, with text at least 12 px', async ({ page }) => {
	const routes = await spanishRoutes(page);
	const here = chartsEs.filter((c) => routes.includes(c.path));
	test.skip(here.length === 0, 'no Spanish chapter with a chart yet');
	await page.setViewportSize({ width: 320, height: 640 });
	for (const { id, path } of here) {
		await page.goto(path);
		const box = (await page.locator(`#${id} svg[role="img"]:visible`).boundingBox())!;
		expect(box.x + box.width, id).toBeLessThanOrEqual(320);
		const texts = page.locator(`#${id} svg[role="img"]:visible text`);
		if ((await texts.count()) === 0) continue;
		const smallest = await texts.evaluateAll((ts) =>
			Math.min(...ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height)),
		);
		expect(smallest, id).toBeGreaterThanOrEqual(12);
	}
});
