/**
 * The charts in both languages: the same counts behind the English and the Spanish words, no
 * English word left on a Spanish chart, and every mark and label inside its viewBox in both.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import RemissionChart from '~/components/RemissionChart.astro';
import OutcomeFlow from '~/components/OutcomeFlow.astro';
import ProcessTimeline from '~/components/ProcessTimeline.astro';
import UncertaintyChart from '~/components/UncertaintyChart.astro';
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { locales, type Locale } from '~/i18n';
import { num, of, pct1, range as rangeText } from '~/lib/format';
import { remissionGroups, remissionUnits, type RemissionInput } from '~/charts/remission';
import { outcomeFlow, outcomeSvg, type OutcomeInput } from '~/charts/outcomes';
import { processTimeline, timelineSvg } from '~/charts/timeline';
import { intervalChart, intervalSvg, type IntervalInput } from '~/charts/intervals';
import { GLYPH, READER_SPACING, wrapWords } from '~/charts/svg';
import { chartWords, en, type ChartWords } from '~/charts/words';
import { es, stepsEs } from '~/charts/words-es';

const remissionInput: RemissionInput = {
	treated: trial.treated.count,
	evaluable: trial.evaluable.count,
	inRemission: trial.inRemission.count,
	reEnrolledRemission: trial.reEnrolledRemission.count,
};
const outcomeInput: OutcomeInput = {
	...remissionInput,
	reEnrolled: trial.reEnrolled.count,
	resistantRelapse: trial.resistantRelapse.count,
};
const estimates = (locale: Locale): IntervalInput[] => [
	{
		id: 'report2016',
		name: chartWords(locale).intervals.estimates.report2016,
		interval: derived.remissionInterval,
	},
	{
		id: 'followUp2019',
		name: chartWords(locale).intervals.estimates.followUp2019,
		interval: derived.followUpInterval,
	},
];
const widths = [280, 320, 640];
/** Room a line of text takes, with a reader's own text spacing (as the charts wrap for it). */
const textWidth = (text: string, fontSize: number) =>
	text.length * fontSize * (GLYPH + READER_SPACING);

/**
 * English words that must not be left on a Spanish chart (none of them is a Spanish word). Whole
 * words, any case: "remission" is English, "remisión" is not.
 */
const english =
	/\b(patients?|treated|of|the|and|weeks?|days?|could|checked|remission|report|range|dose|leukemia|after|before|about|steps?|group|number|percentage|when|approximate|exact|timeline|follow-up|not reported)\b/i;

/** The text of the SVG's <text> elements. */
const svgText = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('chart words', () => {
	/** The shape of a words object: its keys, all the way down, and which entries are functions. */
	function shape(o: unknown): unknown {
		if (typeof o === 'function') return 'function';
		if (typeof o === 'string') return 'string';
		return Object.fromEntries(
			Object.entries(o as object)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([k, v]) => [k, shape(v)]),
		);
	}

	it('has the same entries in Spanish as in English', () => {
		expect(shape(es)).toEqual(shape(en));
	});

	it('has a Spanish name and timing for every step of the data module, and no other', () => {
		expect(Object.keys(stepsEs).sort()).toEqual(trial.steps.map((s) => s.id).sort());
	});

	it('gives each language its own words', () => {
		expect(chartWords('en')).toBe(en);
		expect(chartWords('es')).toBe(es);
		const all: Record<Locale, ChartWords> = Object.fromEntries(
			locales.map((l) => [l, chartWords(l)]),
		) as Record<Locale, ChartWords>;
		expect(Object.keys(all)).toEqual([...locales]);
	});

	it('reads the Spanish steps’ days and weeks from the data module', () => {
		const grow = trial.steps.find((s) => s.id === 'grow')!;
		const infuse = trial.steps.find((s) => s.id === 'infuse')!;
		expect(es.timeline.step(infuse).when).toContain(num(infuse.startDay / 7, 'es'));
		expect(es.timeline.step(grow).when).toContain(num(grow.endDay / 7, 'es'));
		expect(es.timeline.step({ ...infuse, startDay: 21 }).when).toContain('tres semanas');
	});

	it('makes Spanish names agree with their count', () => {
		expect(es.remission.groups.notEvaluable(1)).toBe('Tratado, pero no se pudo comprobar');
		expect(es.remission.groups.notEvaluable(2)).toBe('Tratados, pero no se pudieron comprobar');
		expect(es.outcomes.groups.remission.label(1)).toBe('1 no tenía leucemia detectable');
		expect(es.outcomes.groups.remission.label(27)).toBe('27 no tenían leucemia detectable');
	});
});

describe('Spanish charts say the same counts as the English ones', () => {
	it('remission: the same groups, counts and marks, with Spanish names', () => {
		const enChart = remissionUnits(remissionInput);
		const esChart = remissionUnits(remissionInput, { locale: 'es' });
		expect(esChart.units).toEqual(enChart.units);
		expect(esChart.groups.map(({ name: _, ...g }) => g)).toEqual(
			enChart.groups.map(({ name: _, ...g }) => g),
		);
		expect(esChart.key.map((k) => k.id)).toEqual(enChart.key.map((k) => k.id));
		const names = Object.fromEntries(esChart.groups.map((g) => [g.id, g.name]));
		expect(names).toMatchObject({
			treated: 'Tratados',
			evaluable: 'Se pudieron comprobar (evaluables)',
			remission: 'Sin leucemia detectable',
			noRemission: 'Sin remisión al principio',
			reEnrolled: 'Remisión tras una segunda dosis, más alta',
			notEvaluable: 'Tratado, pero no se pudo comprobar',
		});
		expect(new Set(Object.values(names)).size).toBe(esChart.groups.length);
		expect(remissionGroups(remissionInput, 'es')).toEqual(esChart.groups);
	});

	it('remission: shares in Spanish, from the same groups', () => {
		const share = es.remission.share(pct1(derived.remission, 'es'), 'evaluable');
		expect(share).toBe('93,1\u00a0% de los evaluables');
		expect(es.remission.share(pct1(derived.remissionOfTreated, 'es'), 'treated')).toBe(
			'90,0\u00a0% de los tratados',
		);
	});

	it('outcomes: the same rows, counts, parents and bars, with Spanish labels', () => {
		const enChart = outcomeFlow(outcomeInput);
		const esChart = outcomeFlow(outcomeInput, { locale: 'es' });
		const numbers = (c: typeof enChart) =>
			c.rows.map((r) => ({ id: r.id, count: r.count, parent: r.parent, x0: r.x0, x1: r.x1 }));
		expect(numbers(esChart)).toEqual(numbers(enChart));
		for (const r of esChart.rows) {
			if (r.count !== null) expect(r.label).toContain(String(r.count));
			expect(r.label).not.toBe(enChart.rows.find((e) => e.id === r.id)!.label);
		}
		const relapsed = esChart.rows.find((r) => r.id === 'relapsed')!;
		expect(relapsed.count).toBeNull();
		expect(relapsed.label).not.toMatch(/\d/);
		expect(relapsed.label).toMatch(/no dicen en cuántos/);
	});

	it('timeline: the same steps and marks, named and timed in Spanish, no exact day for an approximate step', () => {
		const enChart = processTimeline(trial.steps);
		const esChart = processTimeline(trial.steps, { locale: 'es' });
		const marks = (c: typeof enChart) =>
			c.rows.map(({ id, shape, approximate, x0, x1 }) => ({ id, shape, approximate, x0, x1 }));
		expect(marks(esChart)).toEqual(marks(enChart));
		expect(esChart.ticks).toEqual(enChart.ticks);
		expect(esChart.axis.title.map((l) => l.text).join(' ')).toBe('Semanas desde la recolección');
		for (const r of esChart.rows) {
			const text = r.lines.map((l) => l.bold + l.text).join(' ');
			expect(text.startsWith(`${r.n}. ${stepsEs[r.id].name}:`)).toBe(true);
			if (r.approximate) expect(text).not.toMatch(/\bd[ií]as? \d/i);
		}
	});

	it('intervals: the same dots and ranges, with Spanish numbers in the table and the labels', () => {
		const enChart = intervalChart(estimates('en'));
		const esChart = intervalChart(estimates('es'), { locale: 'es' });
		// Where each dot and range sits along the axis, 0 to 1: the Spanish axis leaves a little more
		// room at its ends for "100 %", so positions compare as shares of the axis, not units.
		const marks = (c: typeof enChart) => {
			const [from, to] = [c.ticks[0]!.x, c.ticks.at(-1)!.x];
			const at = (x: number) => Math.round(((x - from) / (to - from)) * 100) / 100;
			return c.rows.map(({ cx, x0, x1, r }) => ({ cx: at(cx), x0: at(x0), x1: at(x1), r }));
		};
		expect(marks(esChart)).toEqual(marks(enChart));
		expect(esChart.table).toEqual([
			{
				id: 'report2016',
				name: 'Informe de 2016',
				count: of(derived.remissionInterval, 'es'),
				percent: pct1(derived.remissionInterval, 'es'),
				range: rangeText(derived.remissionInterval, 'es'),
			},
			{
				id: 'followUp2019',
				name: 'Seguimiento de 2019',
				count: of(derived.followUpInterval, 'es'),
				percent: pct1(derived.followUpInterval, 'es'),
				range: rangeText(derived.followUpInterval, 'es'),
			},
		]);
		expect(esChart.table[0]).toMatchObject({
			count: '27 de 29',
			percent: '93,1\u00a0%',
			range: '77,2\u00a0% a 99,2\u00a0%',
		});
		const text = svgText(intervalSvg(esChart)).join(' ');
		expect(text).toContain('27 de 29 (93,1\u00a0%)');
		expect(text).toContain('100\u00a0%');
		expect(text).not.toMatch(/\d\.\d|\d%/);
	});
});

describe('no English word on a Spanish chart', () => {
	const counts = {
		treated: trial.treated.count,
		evaluable: trial.evaluable.count,
		inRemission: trial.inRemission.count,
		reEnrolledRemission: trial.reEnrolledRemission.count,
		resistantRelapse: trial.resistantRelapse.count,
	};
	const early = derived.remissionInterval;
	const later = derived.followUpInterval;

	it('in the marks’ labels, the keys and the tables', () => {
		const words = [
			...remissionUnits(remissionInput, { locale: 'es' }).groups.map((g) => g.name),
			...outcomeFlow(outcomeInput, { locale: 'es' }).rows.flatMap((r) => [r.name, r.label]),
			...svgText(outcomeSvg(outcomeFlow(outcomeInput, { locale: 'es' }))),
			...svgText(timelineSvg(processTimeline(trial.steps, { locale: 'es' }))),
			...svgText(intervalSvg(intervalChart(estimates('es'), { locale: 'es' }))),
			...trial.steps.flatMap((s) => Object.values(es.timeline.step(s))),
		];
		for (const w of words) expect(w).not.toMatch(english);
	});

	it('in the names, captions and table headers', () => {
		const sentences = [
			es.remission.name({
				remission: derived.remission,
				noRemission: derived.noRemission.n,
				reEnrolled: trial.reEnrolledRemission.count,
				notEvaluable: derived.notEvaluable,
			}),
			es.remission.caption({
				...counts,
				ofTreated: derived.remissionOfTreated,
				interval: early,
			}),
			es.outcomes.name(counts),
			es.outcomes.caption(counts),
			es.timeline.name({ steps: trial.steps.length, infuse: 'x', check: 'y' }),
			es.timeline.caption({ steps: trial.steps.length, approximate: 5 }),
			es.intervals.name({ early, later, overlap: true }),
			es.intervals.name({ early, later, overlap: false }),
			es.intervals.caption({ level: early.level, overlap: true }),
			es.intervals.table.range(early.level),
			...Object.values(es.remission.table),
			...Object.values(es.outcomes.table),
			...Object.values(es.timeline.table),
			...Object.values(es.intervals.table).filter((v) => typeof v === 'string'),
		];
		for (const s of sentences) expect(s).not.toMatch(english);
	});
});

describe.each(locales)('every mark and label inside the viewBox (%s)', (locale) => {
	it.each(widths)('remission chart at width %i', (width) => {
		const c = remissionUnits(remissionInput, { width, locale });
		for (const u of c.units) {
			expect(u.cx - u.r).toBeGreaterThanOrEqual(0);
			expect(u.cx + u.r).toBeLessThanOrEqual(c.width);
			expect(u.cy - u.r).toBeGreaterThanOrEqual(0);
			expect(u.cy + u.r).toBeLessThanOrEqual(c.height);
		}
	});

	it.each(widths)('outcome flow at width %i', (width) => {
		const c = outcomeFlow(outcomeInput, { width, locale });
		let bottom = 0;
		for (const r of c.rows) {
			expect(r.lines[0]!.y - c.fontSize).toBeGreaterThanOrEqual(bottom);
			for (const l of r.lines)
				expect(l.x + textWidth(l.text, c.fontSize), l.text).toBeLessThanOrEqual(width);
			expect(r.y).toBeGreaterThan(r.lines.at(-1)!.y);
			expect(r.x0).toBeGreaterThanOrEqual(0);
			expect(r.x1).toBeLessThanOrEqual(c.width);
			bottom = r.y + r.h;
		}
		expect(bottom).toBeLessThanOrEqual(c.height);
	});

	it.each(widths)('timeline at width %i', (width) => {
		const c = processTimeline(trial.steps, { width, locale });
		let bottom = 0;
		for (const r of c.rows) {
			expect(r.lines[0]!.y - c.fontSize).toBeGreaterThanOrEqual(bottom);
			expect(r.x0).toBeGreaterThanOrEqual(0);
			expect(r.x1).toBeLessThanOrEqual(c.width);
			expect(r.y).toBeLessThan(c.axis.y);
			for (const l of r.lines) {
				const text = l.bold + l.text;
				expect(l.x + textWidth(text, c.fontSize), text).toBeLessThanOrEqual(width);
			}
			bottom = r.y + 7;
		}
		// The axis title starts a little left of the axis and must still fit, wrapped if need be.
		for (const l of c.axis.title) {
			expect(c.axis.x0 - 8, l.text).toBeGreaterThanOrEqual(0);
			expect(c.axis.x0 - 8 + textWidth(l.text, c.fontSize), l.text).toBeLessThanOrEqual(width);
			expect(l.y).toBeGreaterThan(c.axis.labelY);
			expect(l.y).toBeLessThanOrEqual(c.height);
		}
	});

	it.each(widths)('uncertainty chart at width %i', (width) => {
		const c = intervalChart(estimates(locale), { width, locale });
		for (const r of c.rows) {
			expect(r.x0 - r.r).toBeGreaterThanOrEqual(0);
			expect(r.x1 + r.r).toBeLessThanOrEqual(c.width);
			expect(r.y + r.r).toBeLessThan(c.axis.y);
			for (const l of r.lines)
				expect(l.x + textWidth(l.text, c.fontSize), l.text).toBeLessThanOrEqual(width);
		}
		for (const t of c.ticks) {
			const half = textWidth(t.label, c.fontSize) / 2;
			expect(t.x - half, t.label).toBeGreaterThanOrEqual(0);
			expect(t.x + half, t.label).toBeLessThanOrEqual(c.width);
		}
		expect(2 + textWidth(c.axis.title, c.fontSize)).toBeLessThanOrEqual(width);
		expect(c.axis.titleY).toBeLessThanOrEqual(c.height);
	});
});

describe('wrapWords and no-break spaces', () => {
	it('keeps a Spanish percentage whole, its no-break space with it', () => {
		const lines = wrapWords('Intervalo del 95\u00a0%: de 77\u00a0% a 99\u00a0%', 10);
		expect(lines).toEqual(['Intervalo', 'del 95\u00a0%:', 'de 77\u00a0% a', '99\u00a0%']);
	});
});

describe('Spanish SVG, as drawn', () => {
	it('renders the same rounded Spanish SVG as before', () => {
		expect(outcomeSvg(outcomeFlow(outcomeInput, { locale: 'es' }))).toMatchSnapshot();
		expect(timelineSvg(processTimeline(trial.steps, { locale: 'es' }))).toMatchSnapshot();
		expect(intervalSvg(intervalChart(estimates('es'), { locale: 'es' }))).toMatchSnapshot();
	});
});

describe('chart components on a Spanish page', async () => {
	// The container API needs the site's i18n routing to give Astro.currentLocale from the address.
	const container = await AstroContainer.create({
		manifest: {
			i18n: {
				defaultLocale: 'en',
				locales: [...locales],
				strategy: 'pathname-prefix-other-locales',
			},
		},
	} as Parameters<typeof AstroContainer.create>[0]);
	const render = async (component: Parameters<typeof container.renderToString>[0], path: string) =>
		parse(
			await container.renderToString(component, {
				request: new Request(`https://example.org${path}`),
			}),
		);
	const components = [
		{ component: RemissionChart, path: '/es/main-result/', name: of(derived.remission, 'es') },
		{
			component: OutcomeFlow,
			path: '/es/results/',
			name: `${trial.treated.count} pacientes tratados`,
		},
		{
			component: ProcessTimeline,
			path: '/es/how-it-works/',
			name: `Línea de tiempo de los ${num(trial.steps.length, 'es')} pasos`,
		},
		{ component: UncertaintyChart, path: '/es/how-long-it-lasted/', name: 'En 2016, 27 de 29' },
	];

	it.each(components)(
		'$path: named, captioned and tabled in Spanish',
		async ({ component, path, name }) => {
			const root = await render(component, path);
			// Source markers are the sources' own labels, not the chart's words.
			for (const s of root.querySelectorAll('.src')) s.remove();
			const img = root.querySelectorAll('svg[role="img"]');
			expect(img.length).toBeGreaterThan(0);
			for (const svg of img) {
				expect(svg.getAttribute('aria-label')).toContain(name);
				expect(svg.getAttribute('aria-label')).not.toMatch(english);
			}
			expect(root.querySelector('figcaption')!.text).not.toMatch(english);
			expect(root.querySelector('table caption')!.text).toMatch(
				/^Los (números|pasos) de este gráfico$/,
			);
			const text = root.querySelector('figure')!.text;
			expect(text).not.toMatch(english);
			expect(text).not.toMatch(/\d\.\d|\d%/);
		},
	);

	it('the remission chart: Spanish headers, and the same counts as in English', async () => {
		const esRoot = await render(RemissionChart, '/es/main-result/');
		const enRoot = await render(RemissionChart, '/main-result/');
		expect(esRoot.querySelectorAll('thead th').map((th) => th.text)).toEqual([
			'Pacientes',
			'Número',
			'Porcentaje',
		]);
		const counts = (root: typeof esRoot) =>
			root
				.querySelectorAll('tbody tr')
				.map((tr) => [tr.getAttribute('data-row'), tr.querySelector('td')!.text]);
		expect(counts(esRoot)).toEqual(counts(enRoot));
		expect(esRoot.querySelector('tr[data-row="remission"] td:last-child')!.text).toBe(
			'93,1\u00a0% de los evaluables; 90,0\u00a0% de los tratados',
		);
		// The key and the table give each name one count.
		const table = new Map(
			esRoot
				.querySelectorAll('tbody tr')
				.map((tr) => [tr.querySelector('th')!.text.trim(), tr.querySelector('td')!.text.trim()]),
		);
		for (const entry of esRoot.querySelectorAll('.chart-key li span').map((s) => s.text.trim())) {
			const [, count, name] = /^(\d+): (.+)$/.exec(entry)!;
			expect(table.get(name!), entry).toBe(count);
		}
	});

	it('an English page keeps its English chart', async () => {
		const root = await render(RemissionChart, '/main-result/');
		expect(root.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toMatch(
			/^27 of 29 evaluable patients/,
		);
		expect(root.querySelector('table caption')!.text).toBe('The numbers in this chart');
	});
});
