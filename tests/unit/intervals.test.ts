import { describe, expect, it } from 'vitest';
import { derived, exactInterval, fraction } from '~/data/derived';
import { trial } from '~/data/trial';
import { range, rangeWhole } from '~/lib/format';

// The fact sheet's values, computed there with the exact (Clopper–Pearson) method.
describe('95% exact intervals', () => {
	it.each([
		[27, 29, '77.2% to 99.2%', '77% to 99%'],
		[45, 53, '72.4% to 93.3%', '72% to 93%'],
	])('%i of %i gives %s', (n, d, oneDecimal, whole) => {
		const i = exactInterval(fraction(n, d));
		expect(range(i)).toBe(oneDecimal);
		expect(rangeWhole(i)).toBe(whole);
		expect(i.estimate).toBeCloseTo((n / d) * 100, 10);
	});

	it('are computed from the data module’s counts', () => {
		expect(derived.remissionInterval).toMatchObject({
			n: trial.inRemission.count,
			d: trial.evaluable.count,
		});
		expect(derived.followUpInterval).toMatchObject({
			n: trial.followUp.mrdNegative.count,
			d: trial.followUp.patients.count,
		});
	});

	it('stay inside 0–100% at the edges, and contain the estimate', () => {
		expect(exactInterval(fraction(0, 10))).toMatchObject({ low: 0, estimate: 0 });
		expect(exactInterval(fraction(10, 10))).toMatchObject({ high: 100, estimate: 100 });
		for (const [n, d] of [
			[1, 2],
			[5, 9],
			[27, 29],
			[45, 53],
		] as const) {
			const i = exactInterval(fraction(n, d));
			expect(i.low).toBeLessThanOrEqual(i.estimate);
			expect(i.high).toBeGreaterThanOrEqual(i.estimate);
		}
	});

	it('grow narrower as the group grows', () => {
		const small = exactInterval(fraction(9, 10));
		const large = exactInterval(fraction(90, 100));
		expect(large.high - large.low).toBeLessThan(small.high - small.low);
	});

	it('overlap for 2016 and 2019, as the fact sheet says', () => {
		expect(derived.followUpInterval.high).toBeGreaterThan(derived.remissionInterval.low);
	});
});
