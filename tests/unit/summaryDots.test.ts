import { describe, expect, it } from 'vitest';
import { summaryDots } from '~/charts/summaryDots';
import { derived } from '~/data/derived';
import { trial } from '~/data/trial';

const counts = {
	remission: derived.remission.n,
	noRemission: derived.noRemission.n,
	notEvaluable: derived.notEvaluable,
};

describe('summaryDots', () => {
	const { dots, width, height } = summaryDots(counts);

	it('draws one mark per treated patient', () => {
		expect(dots).toHaveLength(trial.treated.count);
	});

	it('counts each kind from the data module, in reading order', () => {
		const kinds = dots.map((d) => d.kind);
		expect(kinds.filter((k) => k === 'remission')).toHaveLength(trial.inRemission.count);
		expect(kinds.filter((k) => k === 'noRemission')).toHaveLength(derived.noRemission.n);
		expect(kinds.filter((k) => k === 'notEvaluable')).toHaveLength(derived.notEvaluable);
		expect(kinds.indexOf('noRemission')).toBe(trial.inRemission.count);
		expect(kinds.at(-1)).toBe('notEvaluable');
	});

	it('keeps every mark, stroke room included, inside the viewBox', () => {
		for (const d of dots) {
			expect(d.x - d.r).toBeGreaterThan(0);
			expect(d.y - d.r).toBeGreaterThan(0);
			expect(d.x + d.r).toBeLessThan(width);
			expect(d.y + d.r).toBeLessThan(height);
		}
	});

	it('never overlaps two marks', () => {
		for (const a of dots)
			for (const b of dots)
				if (a.i < b.i) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
	});

	it('fills rows of the given width, and returns rounded numbers', () => {
		const layout = summaryDots(counts, { columns: 15, size: 10, gap: 3.333 });
		expect(new Set(layout.dots.map((d) => d.y)).size).toBe(Math.ceil(trial.treated.count / 15));
		for (const d of layout.dots) expect(Number(d.x.toFixed(2))).toBe(d.x);
	});

	it('refuses an empty chart', () => {
		expect(() => summaryDots({ remission: 0, noRemission: 0, notEvaluable: 0 })).toThrow(
			RangeError,
		);
	});
});
