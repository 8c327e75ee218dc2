/**
 * The only place numbers, percentages and dates are turned into text. Prose, charts, tables,
 * share cards and downloads all format through these helpers so the same figure always reads the same.
 */
import type { Fraction, Interval } from '~/data/derived';
import type { Approval } from '~/data/trial';

const smallWords = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
];

/** A whole number as a reader would say it in running text: words up to ten, digits above. */
export function num(n: number): string {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`num() takes a whole number, got ${n}`);
	return n <= 10 ? smallWords[n]! : n.toLocaleString('en-GB');
}

/** Same as num(), with a capital letter, for the start of a sentence. */
export function Num(n: number): string {
	const s = num(n);
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The same text with its first letter in lower case, to sit inside a sentence. */
export function lowerFirst(s: string): string {
	return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * An address as printed for a reader: without its scheme, and without the lone "/" of a bare
 * site address ("https://example.org/" -> "example.org"); a deeper path is kept whole.
 */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1');
}

/** A fraction's share as a whole percentage, e.g. 27 of 29 -> "93%". */
export function pct(f: Fraction): string {
	return `${Math.round((f.n / f.d) * 100)}%`;
}

/** A fraction's share as a number rounded to one decimal place, e.g. 27 of 29 -> 93.1 (for data files). */
export function percent1(f: Fraction): number {
	return Math.round((f.n / f.d) * 1000) / 10;
}

/** A fraction's share to one decimal place, e.g. 27 of 29 -> "93.1%", for tables. */
export function pct1(f: Fraction): string {
	return `${percent1(f).toFixed(1)}%`;
}

/** A percentage reported as such by a source, e.g. 3.8 -> "3.8%". */
export function reported(percent: number): string {
	return `${percent}%`;
}

/** A 95% interval to one decimal place, as the tables show it: "77.2% to 99.2%". */
export function range(i: Interval): string {
	return `${i.low.toFixed(1)}% to ${i.high.toFixed(1)}%`;
}

/** A 95% interval in whole percentages, for running text: "77% to 99%". */
export function rangeWhole(i: Interval): string {
	return `${Math.round(i.low)}% to ${Math.round(i.high)}%`;
}

/** A length of time a source reports in months, with the decimal it gives: 7.6 -> "7.6 months". */
export function months(m: number): string {
	if (!(m >= 0)) throw new RangeError(`months() takes a length of time, got ${m}`);
	return `${m.toFixed(1)} months`;
}

/** A fraction in words that keep the denominator, e.g. "27 of 29". */
export function of(f: Fraction): string {
	return `${f.n} of ${f.d}`;
}

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as "30 August 2017", "April 2016" or "2017". */
export function date(iso: string): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
	const [, y, mo, d] = m;
	if (!mo) return y!;
	const month = monthNames[Number(mo) - 1];
	if (!month) throw new RangeError(`Not an ISO date: ${iso}`);
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A later approval's remission result with both of the denominators its trial reports, e.g.
 * "28 of 54 evaluable patients (52%) within 3 months, ZUMA-3 trial. Counted against all 71 whose
 * cells were collected: 41%." A wider group's share is shown only where the source reports it.
 */
export function approvalResult(a: Pick<Approval, 'remission'> & { rate?: Fraction }): string {
	const r = a.remission;
	if (!r || !a.rate) return 'not in our sources';
	const main = `${of(a.rate)} ${r.patientsWere === 'evaluable' ? 'evaluable patients' : `patients ${r.patientsWere}`} (${pct(a.rate)}) ${r.within}, ${r.trial} trial.`;
	if (!r.wider) return main;
	return r.wider.percent === undefined
		? `${main} The group ${r.wider.were} was larger: ${r.wider.patients} patients.`
		: `${main} Counted against all ${r.wider.patients} ${r.wider.were}: ${reported(r.wider.percent)}.`;
}
