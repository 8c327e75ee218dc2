/**
 * The only place numbers, percentages and dates are turned into text. Prose, charts, tables,
 * share cards and downloads all format through these helpers so the same figure always reads the same.
 */
import type { Fraction, Interval } from '~/data/derived';
import type { Approval } from '~/data/trial';
import type { Locale } from '~/i18n';

/** BCP 47 tags Intl formats each language with: British English, and Spanish as written in Latin America and Spain alike. */
const intlTag: Record<Locale, string> = { en: 'en-GB', es: 'es' };

/**
 * Small numbers as words in running text. English says "zero" to "ten". Spanish has words for two
 * to ten only: "uno" changes with the noun after it (un paciente, una paciente), so 1 stays a digit.
 */
const smallWords: Record<Locale, Partial<Record<number, string>>> = {
	en: Object.fromEntries(
		['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map(
			(w, i) => [i, w],
		),
	),
	es: Object.fromEntries(
		['cero', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez']
			.map((w, i) => [i, w] as const)
			.filter(([, w]) => w !== ''),
	),
};

/** One Intl formatter per language and pattern, made once: formatting runs for every figure on every page. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `n ${locale} ${JSON.stringify(options)}`;
	if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(intlTag[locale], options));
	return cache.get(key) as Intl.NumberFormat;
}
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d ${locale} ${JSON.stringify(options)}`;
	if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(intlTag[locale], options));
	return cache.get(key) as Intl.DateTimeFormat;
}

/** A percentage (0-100) with exactly `digits` decimals, the way the language writes it: "93%", "93 %". */
function percentText(value: number, locale: Locale, digits: number): string {
	return numberFormat(locale, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	}).format(value / 100);
}

/** The word joining the ends of a range: "77% to 99%", "77 % a 99 %". */
const rangeWord: Record<Locale, string> = { en: 'to', es: 'a' };
/** The word between a part and its whole: "27 of 29", "27 de 29". */
const ofWord: Record<Locale, string> = { en: 'of', es: 'de' };
const monthsWord: Record<Locale, string> = { en: 'months', es: 'meses' };

/** A whole number as a reader would say it in running text: words for small numbers, digits above ten. */
export function num(n: number, locale: Locale = 'en'): string {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`num() takes a whole number, got ${n}`);
	return smallWords[locale][n] ?? numberFormat(locale, {}).format(n);
}

/** Same as num(), with a capital letter, for the start of a sentence. */
export function Num(n: number, locale: Locale = 'en'): string {
	const s = num(n, locale);
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

/** A fraction's share as a whole percentage, e.g. 27 of 29 -> "93%" (Spanish "93 %"). */
export function pct(f: Fraction, locale: Locale = 'en'): string {
	return percentText(Math.round((f.n / f.d) * 100), locale, 0);
}

/** A fraction's share as a number rounded to one decimal place, e.g. 27 of 29 -> 93.1 (for data files). */
export function percent1(f: Fraction): number {
	return Math.round((f.n / f.d) * 1000) / 10;
}

/** A fraction's share to one decimal place, e.g. 27 of 29 -> "93.1%" (Spanish "93,1 %"), for tables. */
export function pct1(f: Fraction, locale: Locale = 'en'): string {
	return percentText(percent1(f), locale, 1);
}

/** A percentage reported as such by a source, with the decimals it gives: 3.8 -> "3.8%". */
export function reported(percent: number, locale: Locale = 'en'): string {
	const digits = (String(percent).split('.')[1] ?? '').length;
	return percentText(percent, locale, digits);
}

/** A 95% interval to one decimal place, as the tables show it: "77.2% to 99.2%". */
export function range(i: Interval, locale: Locale = 'en'): string {
	return `${percentText(i.low, locale, 1)} ${rangeWord[locale]} ${percentText(i.high, locale, 1)}`;
}

/** A 95% interval in whole percentages, for running text: "77% to 99%" ("77 % a 99 %"). */
export function rangeWhole(i: Interval, locale: Locale = 'en'): string {
	const whole = (p: number) => percentText(Math.round(p), locale, 0);
	return `${whole(i.low)} ${rangeWord[locale]} ${whole(i.high)}`;
}

/** A length of time a source reports in months, with the decimal it gives: 7.6 -> "7.6 months". */
export function months(m: number, locale: Locale = 'en'): string {
	if (!(m >= 0)) throw new RangeError(`months() takes a length of time, got ${m}`);
	const n = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	return `${n.format(m)} ${monthsWord[locale]}`;
}

/** A fraction in words that keep the denominator, e.g. "27 of 29" ("27 de 29"). */
export function of(f: Fraction, locale: Locale = 'en'): string {
	return `${f.n} ${ofWord[locale]} ${f.d}`;
}

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as "30 August 2017", "April 2016" or "2017"; in
 * Spanish "30 de agosto de 2017", "abril de 2016". Read in UTC, so no time zone moves the day.
 */
export function date(iso: string, locale: Locale = 'en'): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
	const [, y, mo, d] = m;
	if (!mo) return y!;
	const when = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d ?? 1)));
	if (when.getUTCMonth() !== Number(mo) - 1 || (d && when.getUTCDate() !== Number(d)))
		throw new RangeError(`Not an ISO date: ${iso}`);
	const options: Intl.DateTimeFormatOptions = d
		? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
		: { month: 'long', year: 'numeric', timeZone: 'UTC' };
	return dateFormat(locale, options).format(when);
}

/**
 * A later approval's remission result with both of the denominators its trial reports, e.g.
 * "28 of 54 evaluable patients (52%) within 3 months, ZUMA-3 trial. Counted against all 71 whose
 * cells were collected: 41%." A wider group's share is shown only where the source reports it.
 */
export function approvalResult(a: Pick<Approval, 'remission'> & { rate?: Fraction }): string {
	const r = a.remission;
	if (!r || !a.rate) return 'not in our sources';
	const main = `${of(a.rate)} ${r.patientsWere === 'evaluable' ? 'evaluable patients' : `patients ${r.patientsWere}`} (${pct(a.rate)}) within ${r.withinMonths} months, ${r.trial} trial.`;
	if (!r.wider) return main;
	return r.wider.percent === undefined
		? `${main} The group ${r.wider.were} was larger: ${r.wider.patients} patients.`
		: `${main} Counted against all ${r.wider.patients} ${r.wider.were}: ${reported(r.wider.percent)}.`;
}
