/**
 * The process timeline: the six steps on one time scale in weeks from collecting the cells. Steps
 * the sources time only roughly are drawn as approximate (hatched band or hollow mark, dashed
 * edge) and labelled with the sources' own words ("about", "a few weeks"), never with exact days.
 */
import { max, range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Step } from '~/data/trial';
import type { Locale } from '~/i18n';
import { lowerFirst } from '~/lib/format';
import { charsThatFit, el, esc, hatchPattern, round, wrapWords } from './svg';
import { chartWords } from './words';

/** How a step is drawn: an exact day, an approximate day, an approximate span, or a span with no known end. */
export type StepShape = 'exactPoint' | 'approxPoint' | 'approxBand' | 'openBand';

/** The fields of a step the timeline reads. */
export type TimelineStep = Pick<
	Step,
	'id' | 'name' | 'when' | 'startDay' | 'endDay' | 'approximate' | 'openEnded'
>;

/** One step's row: its words and its mark on the time scale. */
export interface TimelineRow {
	id: TimelineStep['id'];
	n: number;
	shape: StepShape;
	approximate: boolean;
	/** Text lines: `bold` (the step's number and name, first line only) is followed by `text`. */
	lines: { bold: string; text: string; x: number; y: number }[];
	x0: number;
	x1: number;
	/** Middle of the mark, vertically. */
	y: number;
}

/** The whole timeline: viewBox size, rows in time order, and the week ticks of the axis. */
export interface TimelineChart {
	width: number;
	height: number;
	fontSize: number;
	rows: TimelineRow[];
	ticks: { x: number; week: number }[];
	axis: {
		y: number;
		top: number;
		labelY: number;
		titleY: number;
		x0: number;
		x1: number;
		/** The axis's title in the chart's language, wrapped: one line, or more in a narrow chart. */
		title: { text: string; y: number }[];
	};
}

/** How a step should look, from what the sources say about its timing. */
function stepShape(s: TimelineStep): StepShape {
	if (s.openEnded) return 'openBand';
	if (s.startDay === s.endDay) return s.approximate ? 'approxPoint' : 'exactPoint';
	return 'approxBand';
}

/**
 * Lays the steps out as rows (words, then a mark) over a shared week axis; returns positions, not
 * DOM. The steps' names and timings are said in `locale` (English: the data module's own words).
 */
export function processTimeline(
	steps: readonly TimelineStep[],
	{
		width = 320,
		fontSize = 15,
		locale = 'en',
	}: { width?: number; fontSize?: number; locale?: Locale } = {},
): TimelineChart {
	const words = chartWords(locale).timeline;
	const pad = 10;
	const lastDay = max(steps, (s) => s.endDay) ?? 0;
	const weeks = Math.ceil(lastDay / 7);
	// Open-ended steps run on past the last tick, so leave them room to fade out.
	const x = scaleLinear()
		.domain([0, weeks * 7])
		.range([pad, width - pad - 18]);
	const lineHeight = round(fontSize * 1.25);
	const maxChars = charsThatFit(width - 4, fontSize);
	const markH = 14;
	let y = 0;
	const rows = steps.map((s, i) => {
		// The step's name is bold and its timing plain; both share the first line when they fit.
		const said = words.step(s);
		const name = `${i + 1}. ${said.name}:`;
		const when = lowerFirst(said.when);
		const head = wrapWords(`${name} ${when}`, maxChars);
		const lines = head.map((text, j) => ({
			bold: j === 0 ? name : '',
			text: j === 0 ? text.slice(name.length) : text,
			x: 2,
			y: round(y + fontSize + j * lineHeight),
		}));
		const mid = y + head.length * lineHeight + 4 + markH / 2;
		y = mid + markH / 2 + 14;
		const shape = stepShape(s);
		return {
			id: s.id,
			n: i + 1,
			shape,
			approximate: s.approximate,
			lines,
			x0: round(x(s.startDay)),
			x1: round(shape === 'openBand' ? width - pad : x(s.endDay)),
			y: round(mid),
		};
	});
	const axisY = round(y - 4);
	const titleY = round(axisY + fontSize + 4 + lineHeight + 2);
	// The title starts 8 units left of the axis, 2 from the chart's edge.
	const title = wrapWords(words.axisTitle, charsThatFit(width - 4, fontSize));
	return {
		width,
		height: round(axisY + fontSize * 2 + lineHeight * title.length + 6),
		fontSize,
		rows,
		ticks: range(0, weeks + 1).map((w) => ({ x: round(x(w * 7)), week: w })),
		axis: {
			y: axisY,
			top: 0,
			labelY: round(axisY + fontSize + 4),
			titleY,
			x0: pad,
			x1: width - pad,
			title: title.map((text, i) => ({ text, y: round(titleY + i * lineHeight) })),
		},
	};
}

/** The timeline as the inside of an <svg>; `idPrefix` keeps pattern and gradient ids unique on the page. */
export function timelineSvg(chart: TimelineChart, idPrefix = 'timeline'): string {
	const hatch = `${idPrefix}-hatch`;
	const fade = `${idPrefix}-fade`;
	const defs = el(
		'defs',
		{},
		hatchPattern(hatch, 5, 't-hatch'),
		// The open-ended step fades out: the sources give no end to it.
		el(
			'linearGradient',
			{ id: fade },
			el('stop', { offset: '0%', 'stop-color': 'white', 'stop-opacity': 1 }),
			el('stop', { offset: '55%', 'stop-color': 'white', 'stop-opacity': 1 }),
			el('stop', { offset: '100%', 'stop-color': 'white', 'stop-opacity': 0 }),
		),
		el(
			'mask',
			{ id: `${fade}-mask`, maskContentUnits: 'objectBoundingBox' },
			el('rect', { width: 1, height: 1, fill: `url(#${fade})` }),
		),
	);
	const grid = chart.ticks
		.map((t) =>
			el('line', { class: 't-grid', x1: t.x, x2: t.x, y1: chart.axis.top, y2: chart.axis.y }),
		)
		.join('');
	const mark = (r: TimelineRow) => {
		const h = 14;
		const top = r.y - h / 2;
		switch (r.shape) {
			case 'exactPoint':
				return el('path', { class: 't-exact', d: diamond(r.x0, r.y, 8) });
			case 'approxPoint':
				return el('path', { class: 't-approx-point', d: diamond(r.x0, r.y, 8) });
			case 'approxBand':
				return el('rect', {
					class: 't-approx',
					x: r.x0,
					y: top,
					width: r.x1 - r.x0,
					height: h,
					rx: h / 2,
					fill: `url(#${hatch})`,
				});
			case 'openBand':
				return el(
					'g',
					{ mask: `url(#${fade}-mask)` },
					el('rect', {
						class: 't-approx t-open',
						x: r.x0,
						y: top,
						width: r.x1 - r.x0,
						height: h,
						fill: `url(#${hatch})`,
					}),
				);
		}
	};
	const rows = chart.rows
		.map((r) =>
			el(
				'g',
				{ 'data-step': r.id, 'data-shape': r.shape },
				r.lines
					.map((l) =>
						el(
							'text',
							{ x: l.x, y: l.y },
							l.bold ? el('tspan', { class: 't-name' }, esc(l.bold)) : '',
							esc(l.text),
						),
					)
					.join(''),
				mark(r),
			),
		)
		.join('');
	const a = chart.axis;
	const axis =
		el('line', { class: 't-axis', x1: a.x0, x2: a.x1, y1: a.y, y2: a.y }) +
		chart.ticks
			.map(
				(t) =>
					el('line', { class: 't-axis', x1: t.x, x2: t.x, y1: a.y, y2: a.y + 5 }) +
					el('text', { x: t.x, y: a.labelY, 'text-anchor': 'middle' }, String(t.week)),
			)
			.join('') +
		a.title.map((l) => el('text', { x: a.x0 - 8, y: l.y }, esc(l.text))).join('');
	return defs + el('g', { 'font-size': chart.fontSize }, grid, rows, axis);
}

/** A diamond centred on (cx, cy) with half-diagonal r. */
function diamond(cx: number, cy: number, r: number): string {
	return `M${round(cx)} ${round(cy - r)}L${round(cx + r)} ${round(cy)}L${round(cx)} ${round(cy + r)}L${round(cx - r)} ${round(cy)}Z`;
}
