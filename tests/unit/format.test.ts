import { describe, expect, it } from 'vitest';
import {
	date,
	displayUrl,
	lowerFirst,
	num,
	Num,
	of,
	pct,
	pct1,
	percent1,
	reported,
	months,
	range,
	rangeWhole,
} from '~/lib/format';
import type { Interval } from '~/data/derived';
import { fraction } from '~/data/derived';

describe.each([
	[0, 'zero'],
	[2, 'two'],
	[10, 'ten'],
	[11, '11'],
	[133, '133'],
	[1200, '1,200'],
])('num(%d)', (n, expected) => {
	it(`reads "${expected}"`, () => expect(num(n)).toBe(expected));
});

describe('formatting', () => {
	it('capitalises a number that starts a sentence', () => {
		expect(Num(2)).toBe('Two');
		expect(Num(29)).toBe('29');
	});
	it('refuses numbers that are not whole counts', () => {
		expect(() => num(-1)).toThrow(RangeError);
		expect(() => num(2.5)).toThrow(RangeError);
	});
	it.each([
		[27, 29, '93%', '93.1%', '27 of 29'],
		[27, 30, '90%', '90.0%', '27 of 30'],
		[28, 54, '52%', '51.9%', '28 of 54'],
		[27, 65, '42%', '41.5%', '27 of 65'],
		[0, 5, '0%', '0.0%', '0 of 5'],
	])('%d of %d is %s (%s) and keeps its denominator', (n, d, whole, tenth, words) => {
		const f = fraction(n, d);
		expect(pct(f)).toBe(whole);
		expect(pct1(f)).toBe(tenth);
		expect(of(f)).toBe(words);
	});
	it.each([
		[27, 29, 93.1],
		[27, 30, 90],
		[1, 16, 6.3],
		[3, 16, 18.8],
	])('percent1: %d of %d is %s, the number pct1 prints', (n, d, value) => {
		const f = fraction(n, d);
		expect(percent1(f)).toBe(value);
		expect(pct1(f)).toBe(`${value.toFixed(1)}%`);
	});
	it('rejects a part larger than its whole, or an empty whole', () => {
		expect(() => fraction(30, 29)).toThrow(/30 of 29/);
		expect(() => fraction(0, 0)).toThrow(RangeError);
	});
	it('prints a reported percentage as given', () => {
		expect(reported(3.8)).toBe('3.8%');
	});
	it.each([
		['2016', '2016'],
		['2016-04', 'April 2016'],
		['2017-08-30', '30 August 2017'],
		['2024-11-08', '8 November 2024'],
	])('date(%s) is "%s"', (iso, expected) => expect(date(iso)).toBe(expected));
	it('rejects a date that is not ISO', () => {
		expect(() => date('April 2016')).toThrow(/Not an ISO date/);
		expect(() => date('2016-13')).toThrow(/Not an ISO date/);
	});
});

describe.each([
	['About 2 weeks after collection', 'about 2 weeks after collection'],
	['day 0', 'day 0'],
	['CAR T cells', 'cAR T cells'],
	['', ''],
])('lowerFirst(%j)', (text, expected) => {
	it(`is ${JSON.stringify(expected)}`, () => expect(lowerFirst(text)).toBe(expected));
});

describe.each([
	['https://example.org/', 'example.org'],
	['http://example.org/', 'example.org'],
	['https://example.org', 'example.org'],
	['https://www.fredhutch.org/en/news.html', 'www.fredhutch.org/en/news.html'],
	['https://clinicaltrials.gov/study/NCT01865617/', 'clinicaltrials.gov/study/NCT01865617/'],
])('displayUrl(%s)', (url, expected) => {
	it(`is ${expected}`, () => expect(displayUrl(url)).toBe(expected));
});

describe('Spanish, through the same formatter', () => {
	const f = fraction(27, 29);
	it.each([
		['pct', pct(f, 'es'), '93\u00a0%'],
		['pct1', pct1(f, 'es'), '93,1\u00a0%'],
		['of', of(f, 'es'), '27 de 29'],
		['date, a day', date('2017-08-30', 'es'), '30 de agosto de 2017'],
		['date, a month', date('2016-04', 'es'), 'abril de 2016'],
		['reported', reported(3.8, 'es'), '3,8\u00a0%'],
		['num, a word', num(2, 'es'), 'dos'],
		['num, one stays a digit (un/una)', num(1, 'es'), '1'],
		['num, no thousands point under 10,000', num(1200, 'es'), '1200'],
		['Num', Num(10, 'es'), 'Diez'],
		['months', months(7.6, 'es'), '7,6 meses'],
		[
			'rangeWhole',
			rangeWhole({ low: 77.2, high: 99.2 } as Interval, 'es'),
			'77\u00a0% a 99\u00a0%',
		],
		['range', range({ low: 77.2, high: 99.2 } as Interval, 'es'), '77,2\u00a0% a 99,2\u00a0%'],
	])('%s reads "%s"', (_, actual, expected) => expect(actual).toBe(expected));

	it('keeps a percent sign on the same line as its number (a no-break space)', () => {
		expect(pct(f, 'es')).not.toContain(' ');
	});

	it('rejects a day that does not exist', () => {
		expect(() => date('2017-02-30', 'es')).toThrow(/Not an ISO date/);
	});
});
