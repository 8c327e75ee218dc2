/**
 * The uncertainty chart: each estimate of the remission rate as a dot, with its 95% range as a line
 * with end caps, on one 0-to-100% scale. It returns its marks and its table rows from the same
 * intervals, so the picture and the table cannot disagree.
 */
import { scaleLinear } from 'd3-scale';
import type { Interval } from '~/data/derived';
import type { Locale } from '~/i18n';
import { of, pct1, range as rangeText } from '~/lib/format';
import { charsThatFit, el, esc, GLYPH, READER_SPACING, round, wrapWords } from './svg';
import { chartWords } from './words';

/** One estimate to draw: a name and its interval (which holds its counts). */
export interface IntervalInput {
	id: string;
	/** What the estimate is, e.g. "2016 report". */
	name: string;
	interval: Interval;
}

/** One estimate's row: its words, its dot and its range line. */
export interface IntervalRow {
	id: string;
	lines: { text: string; x: number; y: number; bold: boolean }[];
	/** The estimate's dot. */
	cx: number;
	/** The 95% range, as a line from x0 to x1 at height y. */
	x0: number;
	x1: number;
	y: number;
	r: number;
}

/** The same numbers as the marks, for the chart's table. */
export interface IntervalTableRow {
	id: string;
	name: string;
	/** "27 of 29" */
	count: string;
	/** "93.1%" */
	percent: string;
	/** "77.2% to 99.2%" */
	range: string;
}

/** The whole chart: viewBox size, text size, rows, the axis, and the table. */
export interface IntervalChart {
	width: number;
	height: number;
	fontSize: number;
	rows: IntervalRow[];
	/** The axis's ticks: position, value (0-100) and its label, e.g. "75%" ("75 %" in Spanish). */
	ticks: { x: number; value: number; label: string }[];
	axis: { y: number; labelY: number; titleY: number; x0: number; x1: number; title: string };
	table: IntervalTableRow[];
}

/**
 * Lays out the estimates, one under the other, over a shared 0–100% axis; returns positions, not
 * DOM. Its words and numbers are written in `locale` ("27 de 29 (93,1 %)" in Spanish).
 */
export function intervalChart(
	data: readonly IntervalInput[],
	{
		width = 320,
		fontSize = 14,
		locale = 'en',
	}: { width?: number; fontSize?: number; locale?: Locale } = {},
): IntervalChart {
	const words = chartWords(locale).intervals;
	// Room at each end for half the widest tick label ("100%", or "100 %" in Spanish, which is a
	// character longer), with a reader's text spacing and a few units for the wide "%" glyph, so no
	// text leaves the viewBox.
	const tickValues = [0, 25, 50, 75, 100];
	const widest = Math.max(...tickValues.map((v) => words.tick(v).length));
	const pad = Math.max(
		Math.ceil(fontSize * 1.8),
		Math.ceil((widest * fontSize * (GLYPH + READER_SPACING)) / 2) + 4,
	);
	const x = scaleLinear()
		.domain([0, 100])
		.range([pad, width - pad]);
	const lineHeight = round(fontSize * 1.3);
	const maxChars = charsThatFit(width - 4, fontSize);
	const r = 6;
	let y = 0;
	const rows = data.map((d) => {
		const i = d.interval;
		const head = wrapWords(`${d.name}: ${of(i, locale)} (${pct1(i, locale)})`, maxChars);
		const sub = wrapWords(words.range(i), maxChars);
		const lines = [
			...head.map((t) => ({ t, bold: true })),
			...sub.map((t) => ({ t, bold: false })),
		].map((l, j) => ({ text: l.t, bold: l.bold, x: 2, y: round(y + fontSize + j * lineHeight) }));
		const mid = y + lines.length * lineHeight + 6 + r;
		y = mid + r + 16;
		return {
			id: d.id,
			lines,
			cx: round(x(i.estimate)),
			x0: round(x(i.low)),
			x1: round(x(i.high)),
			y: round(mid),
			r,
		};
	});
	const axisY = round(y - 6);
	return {
		width,
		height: round(axisY + fontSize * 2 + lineHeight + 6),
		fontSize,
		rows,
		ticks: tickValues.map((v) => ({ x: round(x(v)), value: v, label: words.tick(v) })),
		axis: {
			y: axisY,
			labelY: round(axisY + fontSize + 6),
			titleY: round(axisY + fontSize + 6 + lineHeight + 2),
			x0: pad,
			x1: width - pad,
			title: words.axisTitle,
		},
		table: data.map((d) => ({
			id: d.id,
			name: d.name,
			count: of(d.interval, locale),
			percent: pct1(d.interval, locale),
			range: rangeText(d.interval, locale),
		})),
	};
}

/** The chart as the inside of an <svg>: grid, one group per estimate (words, range line, dot), axis. */
export function intervalSvg(chart: IntervalChart): string {
	const a = chart.axis;
	const grid = chart.ticks
		.map((t) => el('line', { class: 'i-grid', x1: t.x, x2: t.x, y1: 0, y2: a.y }))
		.join('');
	const rows = chart.rows
		.map((r) =>
			el(
				'g',
				{ 'data-row': r.id },
				r.lines
					.map((l) =>
						el('text', { x: l.x, y: l.y, class: l.bold ? 'i-name' : undefined }, esc(l.text)),
					)
					.join(''),
				el('line', { class: 'i-range', x1: r.x0, x2: r.x1, y1: r.y, y2: r.y }),
				el('line', { class: 'i-range', x1: r.x0, x2: r.x0, y1: r.y - r.r, y2: r.y + r.r }),
				el('line', { class: 'i-range', x1: r.x1, x2: r.x1, y1: r.y - r.r, y2: r.y + r.r }),
				el('circle', { class: 'i-point', cx: r.cx, cy: r.y, r: r.r }),
			),
		)
		.join('');
	const axis =
		el('line', { class: 'i-axis', x1: a.x0, x2: a.x1, y1: a.y, y2: a.y }) +
		chart.ticks
			.map(
				(t) =>
					el('line', { class: 'i-axis', x1: t.x, x2: t.x, y1: a.y, y2: a.y + 5 }) +
					el('text', { x: t.x, y: a.labelY, 'text-anchor': 'middle' }, esc(t.label)),
			)
			.join('') +
		el('text', { x: 2, y: a.titleY }, esc(a.title));
	// The font size in SVG units, as the layout assumed it: text then scales with the chart, not
	// with the page's font size (at 200 % text the labels would otherwise outgrow the chart).
	return el('g', { 'font-size': chart.fontSize }, grid, rows, axis);
}
