/**
 * The remission unit chart: one mark per treated patient, so "27 of 29" can be counted by eye and
 * the 30th patient (treated, but not evaluable) is visible instead of silently dropped.
 */
import { range } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { Locale } from '~/i18n';
import { el, round } from './svg';
import { chartWords, type RemissionGroupId } from './words';

/** The counts the chart needs, all read from the data module by the caller. */
export interface RemissionInput {
	treated: number;
	evaluable: number;
	inRemission: number;
	/** Of the evaluable patients without remission, those who re-enrolled at a higher dose and then reached remission. */
	reEnrolledRemission: number;
}

/** What a mark stands for; each kind has its own shape, not only its own colour. */
export type UnitKind = 'remission' | 'reEnrolled' | 'notReEnrolled' | 'notEvaluable';

/**
 * One group of patients, as the table lists it and (for a kind of mark) as the key names it. The
 * key and the table are both made from these, so they cannot give one name two counts.
 */
export interface RemissionGroup {
	id: RemissionGroupId;
	/** The group's name in the chart's language. */
	name: string;
	count: number;
	/** The kind of mark that draws this group, when it is drawn as marks of its own. */
	kind: UnitKind | null;
	/** Groups this one is shown as a share of, in the table (e.g. "of evaluable"). */
	shareOf: ('evaluable' | 'treated')[];
}

/** One patient's mark: a circle at (cx, cy). */
export interface Unit {
	i: number;
	kind: UnitKind;
	cx: number;
	cy: number;
	r: number;
}

/** The whole chart: its viewBox size and the marks in reading order. */
export interface RemissionChart {
	width: number;
	height: number;
	units: Unit[];
	counts: Record<UnitKind, number>;
	/** Every group, in table order; the key is the groups with a kind. */
	groups: RemissionGroup[];
	/** The key: one entry per kind of mark that appears, in reading order. */
	key: (RemissionGroup & { kind: UnitKind })[];
}

/** Counts per kind, in the order the marks are laid out (reading order). */
export function remissionCounts(d: RemissionInput): Record<UnitKind, number> {
	const without = d.evaluable - d.inRemission;
	return {
		remission: d.inRemission,
		reEnrolled: d.reEnrolledRemission,
		notReEnrolled: without - d.reEnrolledRemission,
		notEvaluable: d.treated - d.evaluable,
	};
}

/** The groups of the table and key, from the same counts as the marks, named in `locale`. */
export function remissionGroups(d: RemissionInput, locale: Locale = 'en'): RemissionGroup[] {
	const c = remissionCounts(d);
	const names = chartWords(locale).remission.groups;
	const groups: Omit<RemissionGroup, 'name'>[] = [
		{ id: 'treated', count: d.treated, kind: null, shareOf: [] },
		{
			id: 'evaluable',
			count: d.evaluable,
			kind: null,
			shareOf: [],
		},
		{
			id: 'remission',
			count: c.remission,
			kind: 'remission',
			shareOf: ['evaluable', 'treated'],
		},
		{
			id: 'noRemission',
			count: d.evaluable - d.inRemission,
			kind: null,
			shareOf: ['evaluable'],
		},
		{
			id: 'reEnrolled',
			count: c.reEnrolled,
			kind: 'reEnrolled',
			shareOf: [],
		},
		{
			id: 'notReEnrolled',
			count: c.notReEnrolled,
			kind: 'notReEnrolled',
			shareOf: [],
		},
		{
			id: 'notEvaluable',
			count: c.notEvaluable,
			kind: 'notEvaluable',
			shareOf: [],
		},
	];
	return groups.map((g) => ({ ...g, name: names[g.id](g.count) }));
}

/**
 * One mark per treated patient on a grid read left to right, top to bottom; returns positions, not
 * DOM. `locale` names the groups of the key and the table; the marks are the same in every language.
 */
export function remissionUnits(
	d: RemissionInput,
	{
		width = 320,
		columns = 10,
		locale = 'en',
	}: { width?: number; columns?: number; locale?: Locale } = {},
): RemissionChart {
	const counts = remissionCounts(d);
	for (const [kind, n] of Object.entries(counts)) {
		if (!(n >= 0)) throw new RangeError(`remission chart: negative count for ${kind}`);
	}
	const kinds = (Object.keys(counts) as UnitKind[]).flatMap((k) =>
		Array.from({ length: counts[k] }, () => k),
	);
	const x = scaleBand<number>().domain(range(columns)).range([0, width]).padding(0.25);
	const step = x.step();
	const rows = Math.ceil(kinds.length / columns);
	const r = round(x.bandwidth() / 2);
	const units = kinds.map((kind, i) => ({
		i,
		kind,
		cx: round(x(i % columns)! + x.bandwidth() / 2),
		cy: round(Math.floor(i / columns) * step + step / 2),
		r,
	}));
	const groups = remissionGroups(d, locale);
	const key = groups.filter(
		(g): g is RemissionGroup & { kind: UnitKind } => g.kind !== null && g.count > 0,
	);
	return { width, height: round(rows * step), units, counts, groups, key };
}

/** One mark as SVG. Shapes carry the meaning in black and white too: filled, ring with a dot, ring with a cross, dashed ring. */
export function unitSvg({ kind, cx, cy, r }: Pick<Unit, 'kind' | 'cx' | 'cy' | 'r'>): string {
	const ring = (cls: string) => el('circle', { class: cls, cx, cy, r: r - 1.5 });
	const k = r * 0.5;
	switch (kind) {
		case 'remission':
			return el('circle', { class: 'u-good', cx, cy, r });
		case 'reEnrolled':
			return ring('u-bad-ring') + el('circle', { class: 'u-good', cx, cy, r: r * 0.5 });
		case 'notReEnrolled':
			return (
				ring('u-bad-ring') +
				el('path', {
					class: 'u-bad-cross',
					d: `M${round(cx - k)} ${round(cy - k)}L${round(cx + k)} ${round(cy + k)}M${round(cx + k)} ${round(cy - k)}L${round(cx - k)} ${round(cy + k)}`,
				})
			);
		case 'notEvaluable':
			return ring('u-muted-ring');
	}
}

/** The chart's marks as the inside of an <svg>; the component adds the <svg> element and its name. */
export function remissionSvg(chart: RemissionChart): string {
	return chart.units.map((u) => el('g', { 'data-kind': u.kind }, unitSvg(u))).join('');
}
