/**
 * The patient-outcome flow: what happened to the treated patients, one row per group, each with a
 * bar on the same 0-to-all-treated scale so a group's share can be seen. A group whose size the
 * sources do not give (how many relapsed in all) gets a dashed outline and words, never a number.
 */
import { scaleLinear } from 'd3-scale';
import type { Locale } from '~/i18n';
import { charsThatFit, el, esc, hatchPattern, round, wrapWords } from './svg';
import { chartWords, type OutcomeGroupId } from './words';

/** The counts the flow needs, all read from the data module by the caller. */
export interface OutcomeInput {
	treated: number;
	evaluable: number;
	inRemission: number;
	reEnrolled: number;
	reEnrolledRemission: number;
	resistantRelapse: number;
}

/** How a row is drawn: solid good, hatched bad, dashed muted, or unknown (dashed outline, no count). */
export type FlowKind = 'all' | 'good' | 'bad' | 'muted' | 'unknown';

/** One group of patients: its words, its count (null when unknown) and its bar. */
export interface FlowRow {
	id: OutcomeGroupId;
	/** The row's words in the chart, including the count where it is known. */
	label: string;
	/** The group's name without its count, for the table. */
	name: string;
	count: number | null;
	/** The id of the group this one is part of. */
	parent: OutcomeGroupId | null;
	kind: FlowKind;
	lines: { text: string; x: number; y: number }[];
	x0: number;
	x1: number;
	y: number;
	h: number;
}

/** The whole flow: viewBox size, rows in reading order, and the text size used. */
export interface OutcomeChart {
	width: number;
	height: number;
	fontSize: number;
	rows: FlowRow[];
}

type RowSpec = Pick<FlowRow, 'id' | 'label' | 'name' | 'count' | 'parent' | 'kind'> & {
	from: number;
	to: number;
};

/**
 * The groups, in the order a reader follows them, with their extent on the 0-to-treated scale,
 * named and labelled in `locale`.
 */
export function outcomeGroups(d: OutcomeInput, locale: Locale = 'en'): RowSpec[] {
	const without = d.evaluable - d.inRemission;
	const w = chartWords(locale).outcomes.groups;
	const known = (id: Exclude<OutcomeGroupId, 'relapsed'>, n: number) => ({
		name: w[id].name(n),
		label: w[id].label(n),
	});
	return [
		{
			id: 'treated',
			...known('treated', d.treated),
			count: d.treated,
			parent: null,
			kind: 'all',
			from: 0,
			to: d.treated,
		},
		{
			id: 'evaluable',
			...known('evaluable', d.evaluable),
			count: d.evaluable,
			parent: 'treated',
			kind: 'all',
			from: 0,
			to: d.evaluable,
		},
		{
			id: 'notEvaluable',
			...known('notEvaluable', d.treated - d.evaluable),
			count: d.treated - d.evaluable,
			parent: 'treated',
			kind: 'muted',
			from: d.evaluable,
			to: d.treated,
		},
		{
			id: 'remission',
			...known('remission', d.inRemission),
			count: d.inRemission,
			parent: 'evaluable',
			kind: 'good',
			from: 0,
			to: d.inRemission,
		},
		{
			id: 'noRemission',
			...known('noRemission', without),
			count: without,
			parent: 'evaluable',
			kind: 'bad',
			from: d.inRemission,
			to: d.evaluable,
		},
		{
			id: 'reEnrolled',
			...known('reEnrolled', d.reEnrolledRemission),
			count: d.reEnrolledRemission,
			parent: 'noRemission',
			kind: 'good',
			from: d.inRemission,
			to: d.inRemission + d.reEnrolledRemission,
		},
		{
			id: 'relapsed',
			...w.relapsed,
			count: null,
			// Anyone who reached remission, including after a higher dose, may be among them.
			parent: 'evaluable',
			kind: 'unknown',
			from: 0,
			to: d.inRemission + d.reEnrolledRemission,
		},
		{
			id: 'resistant',
			...known('resistant', d.resistantRelapse),
			count: d.resistantRelapse,
			parent: 'relapsed',
			kind: 'bad',
			from: 0,
			to: d.resistantRelapse,
		},
	];
}

/** Lays the groups out as rows: words on top, then a bar on a shared scale; returns positions, not DOM. */
export function outcomeFlow(
	d: OutcomeInput,
	{
		width = 320,
		fontSize = 15,
		locale = 'en',
	}: { width?: number; fontSize?: number; locale?: Locale } = {},
): OutcomeChart {
	const pad = 2;
	const x = scaleLinear()
		.domain([0, d.treated])
		.range([pad, width - pad]);
	const lineHeight = round(fontSize * 1.25);
	const barH = 16;
	const gap = 14;
	const maxChars = charsThatFit(width - 2 * pad, fontSize);
	let y = 0;
	const rows = outcomeGroups(d, locale).map((g) => {
		const words = wrapWords(g.label, maxChars);
		const lines = words.map((text, i) => ({
			text,
			x: pad,
			y: round(y + fontSize + i * lineHeight),
		}));
		const barY = y + words.length * lineHeight + 4;
		y = barY + barH + gap;
		const { from, to, ...rest } = g;
		return { ...rest, lines, x0: round(x(from)), x1: round(x(to)), y: round(barY), h: barH };
	});
	return { width, height: round(y - gap + 2), fontSize, rows };
}

/** The flow as the inside of an <svg>; `idPrefix` keeps pattern ids unique on the page. */
export function outcomeSvg(chart: OutcomeChart, idPrefix = 'flow'): string {
	const hatch = `${idPrefix}-hatch`;
	const defs = el('defs', {}, hatchPattern(hatch, 6, 'f-hatch', 'f-bad'));
	const track = (r: FlowRow) =>
		el('rect', { class: 'f-track', x: 2, y: r.y, width: chart.width - 4, height: r.h });
	const bar = (r: FlowRow) => {
		const w = Math.max(r.x1 - r.x0, 0);
		const box = { x: r.x0, y: r.y, width: w, height: r.h };
		switch (r.kind) {
			case 'all':
				return el('rect', { class: 'f-all', ...box });
			case 'good':
				return el('rect', { class: 'f-good', ...box });
			case 'bad':
				return el('rect', { class: 'f-bad-outline', ...box, fill: `url(#${hatch})` });
			case 'muted':
				return el('rect', { class: 'f-muted', ...box });
			case 'unknown':
				return (
					el('rect', { class: 'f-unknown', ...box }) +
					el(
						'text',
						{ class: 'f-q', x: r.x0 + w / 2, y: r.y + r.h - 3.5, 'text-anchor': 'middle' },
						'?',
					)
				);
		}
	};
	const rows = chart.rows
		.map((r) =>
			el(
				'g',
				{ 'data-id': r.id },
				r.lines.map((l) => el('text', { x: l.x, y: l.y }, esc(l.text))).join(''),
				track(r),
				bar(r),
			),
		)
		.join('');
	return defs + el('g', { class: 'f-rows', 'font-size': chart.fontSize }, rows);
}
