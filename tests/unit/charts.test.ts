import { describe, expect, it } from 'vitest';
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { remissionSvg, remissionUnits, type RemissionInput } from '~/charts/remission';
import { outcomeFlow, outcomeSvg, type OutcomeInput } from '~/charts/outcomes';
import { processTimeline, timelineSvg } from '~/charts/timeline';
import { intervalChart, intervalSvg, type IntervalInput } from '~/charts/intervals';
import { GLYPH, wrapWords } from '~/charts/svg';
import { exactInterval, fraction } from '~/data/derived';
import { of, range as rangeText } from '~/lib/format';

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
const widths = [280, 320, 640];
/** The narrowest drawing width: a 320 px phone less the page's 1rem padding each side. */
const phoneWidth = 320 - 32;

describe('remission unit chart', () => {
	const chart = remissionUnits(remissionInput);
	const kinds = chart.units.map((u) => u.kind);

	it('draws one mark per treated patient, and one per evaluable patient apart from the rest', () => {
		expect(chart.units).toHaveLength(trial.treated.count);
		expect(kinds.filter((k) => k !== 'notEvaluable')).toHaveLength(trial.evaluable.count);
		expect(kinds.filter((k) => k === 'notEvaluable')).toHaveLength(derived.notEvaluable);
	});

	it('shows the remissions, the two without, and marks the re-enrolled patient', () => {
		expect(kinds.filter((k) => k === 'remission')).toHaveLength(trial.inRemission.count);
		expect(kinds.filter((k) => k === 'notReEnrolled' || k === 'reEnrolled')).toHaveLength(
			derived.noRemission.n,
		);
		expect(kinds.filter((k) => k === 'reEnrolled')).toHaveLength(trial.reEnrolledRemission.count);
	});

	it('puts the remissions first and the patient who could not be checked last, in reading order', () => {
		const order = ['remission', 'reEnrolled', 'notReEnrolled', 'notEvaluable'];
		const ranks = kinds.map((k) => order.indexOf(k));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		chart.units.slice(1).forEach((u, i) => {
			const prev = chart.units[i]!;
			expect(u.cy > prev.cy || (u.cy === prev.cy && u.cx > prev.cx)).toBe(true);
		});
	});

	it.each(widths)('keeps every mark inside the viewBox at width %i', (width) => {
		const c = remissionUnits(remissionInput, { width });
		for (const u of c.units) {
			expect(u.cx - u.r).toBeGreaterThanOrEqual(0);
			expect(u.cx + u.r).toBeLessThanOrEqual(c.width);
			expect(u.cy - u.r).toBeGreaterThanOrEqual(0);
			expect(u.cy + u.r).toBeLessThanOrEqual(c.height);
		}
	});

	it('refuses counts that cannot be true', () => {
		expect(() =>
			remissionUnits({ ...remissionInput, inRemission: remissionInput.evaluable + 1 }),
		).toThrow(RangeError);
	});

	it('renders the same rounded SVG as before', () => {
		expect(remissionSvg(chart)).toMatchSnapshot();
	});

	it('gives its key and its table the same names and counts, from the marks', () => {
		for (const k of chart.key) {
			const row = chart.groups.find((g) => g.id === k.id)!;
			expect(row).toEqual(k);
			expect(kinds.filter((kind) => kind === k.kind)).toHaveLength(k.count);
		}
		// No name appears twice with two counts (the old bug: "1: no remission at first" in the key,
		// "No remission at first: 2" in the table).
		const names = chart.groups.map((g) => g.name);
		expect(new Set(names).size).toBe(names.length);
		expect(chart.groups.find((g) => g.id === 'noRemission')!.count).toBe(derived.noRemission.n);
	});

	it('leaves a kind with no patients out of the key', () => {
		const c = remissionUnits({ ...remissionInput, reEnrolledRemission: 0 });
		expect(c.key.map((k) => k.kind)).not.toContain('reEnrolled');
	});
});

describe('uncertainty chart', () => {
	const input: IntervalInput[] = [
		{ id: 'a', name: '2016 report', interval: exactInterval(fraction(27, 29)) },
		{ id: 'b', name: '2019 follow-up', interval: exactInterval(fraction(45, 53)) },
	];
	const chart = intervalChart(input);

	it('keeps the estimates in the order given, one under the other', () => {
		expect(chart.rows.map((r) => r.id)).toEqual(['a', 'b']);
		expect(chart.rows[1]!.y).toBeGreaterThan(chart.rows[0]!.y);
	});

	it('places each dot inside its range, in proportion on a 0-100% scale', () => {
		const [t0, , , , t100] = chart.ticks;
		const at = (v: number) => t0!.x + ((t100!.x - t0!.x) * v) / 100;
		chart.rows.forEach((r, i) => {
			const iv = input[i]!.interval;
			expect(r.x0).toBeLessThan(r.cx);
			expect(r.cx).toBeLessThan(r.x1);
			expect(r.cx).toBeCloseTo(at(iv.estimate), 0);
			expect(r.x0).toBeCloseTo(at(iv.low), 0);
			expect(r.x1).toBeCloseTo(at(iv.high), 0);
		});
		// The larger group gives the shorter range.
		expect(chart.rows[1]!.x1 - chart.rows[1]!.x0).toBeLessThan(
			chart.rows[0]!.x1 - chart.rows[0]!.x0,
		);
	});

	it('makes its table rows from the same intervals as its marks', () => {
		expect(chart.table).toEqual(
			input.map((d) =>
				expect.objectContaining({
					id: d.id,
					name: d.name,
					count: of(d.interval),
					range: rangeText(d.interval),
				}),
			),
		);
		expect(chart.table.map((r) => r.range)).toEqual(['77.2% to 99.2%', '72.4% to 93.3%']);
	});

	it.each(widths)('keeps every mark and line of text inside the viewBox at width %i', (width) => {
		const c = intervalChart(input, { width });
		for (const r of c.rows) {
			expect(r.x0 - r.r).toBeGreaterThanOrEqual(0);
			expect(r.x1 + r.r).toBeLessThanOrEqual(c.width);
			expect(r.y + r.r).toBeLessThan(c.axis.y);
			for (const l of r.lines)
				expect(l.x + l.text.length * c.fontSize * GLYPH).toBeLessThanOrEqual(width);
		}
		for (const t of c.ticks) {
			const half = (String(t.value).length + 1) * c.fontSize * GLYPH * 0.5;
			expect(t.x - half).toBeGreaterThanOrEqual(0);
			expect(t.x + half).toBeLessThanOrEqual(c.width);
		}
		expect(c.axis.titleY).toBeLessThanOrEqual(c.height);
	});

	it('keeps its text at 12 px or more on a 320 px phone', () => {
		expect((chart.fontSize * phoneWidth) / chart.width).toBeGreaterThanOrEqual(12);
	});

	it('renders the same rounded SVG as before', () => {
		expect(intervalSvg(chart)).toMatchSnapshot();
	});
});

describe('patient-outcome flow', () => {
	const chart = outcomeFlow(outcomeInput);
	const row = (id: string) => chart.rows.find((r) => r.id === id)!;
	const full = row('treated').x1 - row('treated').x0;

	it('follows the patients from treated to the later relapses, in that order', () => {
		expect(chart.rows.map((r) => r.id)).toEqual([
			'treated',
			'evaluable',
			'notEvaluable',
			'remission',
			'noRemission',
			'reEnrolled',
			'relapsed',
			'resistant',
		]);
	});

	it('gives each known group the count from the data module', () => {
		expect(row('treated').count).toBe(trial.treated.count);
		expect(row('evaluable').count).toBe(trial.evaluable.count);
		expect(row('notEvaluable').count).toBe(derived.notEvaluable);
		expect(row('remission').count).toBe(trial.inRemission.count);
		expect(row('noRemission').count).toBe(derived.noRemission.n);
		expect(row('reEnrolled').count).toBe(trial.reEnrolledRemission.count);
		expect(row('resistant').count).toBe(trial.resistantRelapse.count);
	});

	it('never invents how many relapsed in all: no count, no digit, and says so in words', () => {
		const relapsed = row('relapsed');
		expect(relapsed.count).toBeNull();
		expect(relapsed.kind).toBe('unknown');
		expect(relapsed.label).not.toMatch(/\d/);
		expect(relapsed.label).toMatch(/not reported/);
	});

	it('draws each known group as a bar in proportion to its count', () => {
		for (const r of chart.rows.filter((r) => r.count !== null)) {
			expect((r.x1 - r.x0) / full).toBeCloseTo(r.count! / trial.treated.count, 2);
		}
	});

	it('keeps each group inside the group it is part of', () => {
		for (const r of chart.rows.filter((r) => r.parent)) {
			const p = row(r.parent!);
			expect(r.x0).toBeGreaterThanOrEqual(p.x0);
			expect(r.x1).toBeLessThanOrEqual(p.x1);
		}
	});

	it.each(widths)('keeps every bar and line of text inside the viewBox at width %i', (width) => {
		const c = outcomeFlow(outcomeInput, { width });
		let bottom = 0;
		for (const r of c.rows) {
			expect(r.lines[0]!.y - c.fontSize).toBeGreaterThanOrEqual(bottom);
			for (const l of r.lines)
				expect(l.x + l.text.length * c.fontSize * GLYPH).toBeLessThanOrEqual(width);
			expect(r.y).toBeGreaterThan(r.lines.at(-1)!.y);
			expect(r.x0).toBeGreaterThanOrEqual(0);
			expect(r.x1).toBeLessThanOrEqual(c.width);
			bottom = r.y + r.h;
		}
		expect(bottom).toBeLessThanOrEqual(c.height);
	});

	it('keeps its text at 12 px or more on a 320 px phone', () => {
		expect((chart.fontSize * phoneWidth) / chart.width).toBeGreaterThanOrEqual(12);
	});

	it('renders the same rounded SVG as before', () => {
		expect(outcomeSvg(chart)).toMatchSnapshot();
	});
});

describe('process timeline', () => {
	const chart = processTimeline(trial.steps);

	it('shows the six steps of the data module in time order', () => {
		expect(chart.rows.map((r) => r.id)).toEqual(trial.steps.map((s) => s.id));
		chart.rows.slice(1).forEach((r, i) => {
			expect(r.x0).toBeGreaterThanOrEqual(chart.rows[i]!.x0);
			expect(r.y).toBeGreaterThan(chart.rows[i]!.y);
		});
	});

	it('draws approximate steps as approximate, and only those', () => {
		trial.steps.forEach((s, i) => {
			const r = chart.rows[i]!;
			expect(r.approximate).toBe(s.approximate);
			expect(r.shape === 'exactPoint').toBe(!s.approximate && !s.openEnded);
		});
	});

	it('runs an open-ended step to the edge instead of stopping at a made-up day', () => {
		trial.steps.forEach((s, i) => {
			const r = chart.rows[i]!;
			expect(r.shape === 'openBand').toBe(s.openEnded);
			if (s.openEnded) expect(r.x1).toBeGreaterThan(chart.ticks.at(-1)!.x);
		});
	});

	it('prints no exact day for an approximate step', () => {
		chart.rows
			.filter((r) => r.approximate)
			.forEach((r) => {
				const text = r.lines.map((l) => l.bold + l.text).join(' ');
				expect(text).not.toMatch(/\bdays? \d/i);
			});
	});

	it('has an axis in whole weeks that covers every step', () => {
		expect(chart.ticks.map((t) => t.week)).toEqual(chart.ticks.map((_, i) => i));
		const lastDay = Math.max(...trial.steps.map((s) => s.endDay));
		expect(chart.ticks.at(-1)!.week * 7).toBeGreaterThanOrEqual(lastDay);
	});

	it.each(widths)('keeps every mark and line of text inside the viewBox at width %i', (width) => {
		const c = processTimeline(trial.steps, { width });
		for (const r of c.rows) {
			expect(r.x0).toBeGreaterThanOrEqual(0);
			expect(r.x1).toBeLessThanOrEqual(c.width);
			expect(r.y).toBeLessThan(c.axis.y);
			for (const l of r.lines) {
				expect(l.x + (l.bold + l.text).length * c.fontSize * GLYPH).toBeLessThanOrEqual(width);
			}
		}
		expect(c.axis.titleY).toBeLessThanOrEqual(c.height);
	});

	it('keeps its text at 12 px or more on a 320 px phone', () => {
		expect((chart.fontSize * phoneWidth) / chart.width).toBeGreaterThanOrEqual(12);
	});

	it('renders the same rounded SVG as before', () => {
		expect(timelineSvg(chart)).toMatchSnapshot();
	});
});

describe('wrapWords', () => {
	it('breaks between words and keeps every word', () => {
		const lines = wrapWords('one two three four five', 9);
		expect(lines).toEqual(['one two', 'three', 'four five']);
	});
});
