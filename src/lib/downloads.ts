/**
 * The data downloads (/data/trial.csv, /data/trial.json): the figures of the data module as one
 * flat table, a row a figure, each with its source keys and confidence, so a reader who reuses a
 * number can say where it came from.
 */
import { trial, type Count, type MonthsFigure, type ReportedPercent } from '~/data/trial';
import { derived, type Fraction, type Interval } from '~/data/derived';
import type { SourceKey } from '~/data/sources';
import { percent1 } from '~/lib/format';

/** One figure in the downloads. Empty cells are null in JSON and empty in CSV. */
export interface DataRow {
	/** Stable name of the figure, matching the data module (e.g. "inRemission", "derived.remission"). */
	id: string;
	group: 'count' | 'reported percent' | 'reported months' | 'derived' | 'step' | 'approval';
	label: string;
	/** The figure: a count, a percentage (one decimal) or null for steps. */
	value: number | null;
	unit: 'patients' | '%' | 'months' | null;
	numerator: number | null;
	denominator: number | null;
	/** ISO date, for approvals. */
	date: string | null;
	startDay: number | null;
	endDay: number | null;
	/** Wording kept from the source, e.g. a step's "when" or a later trial's name. */
	note: string | null;
	/** Source keys from sources.ts, separated by a space. */
	source: string;
	confidence: string;
}

/** The columns, in order, for the CSV header. */
export const columns = [
	'id',
	'group',
	'label',
	'value',
	'unit',
	'numerator',
	'denominator',
	'date',
	'startDay',
	'endDay',
	'note',
	'source',
	'confidence',
] as const satisfies readonly (keyof DataRow)[];

const empty = {
	value: null,
	unit: null,
	numerator: null,
	denominator: null,
	date: null,
	startDay: null,
	endDay: null,
	note: null,
} as const;

const keys = (s: readonly SourceKey[]) => s.join(' ');

function count(id: string, c: Count): DataRow {
	return {
		...empty,
		id,
		group: 'count',
		label: c.label,
		value: c.count,
		unit: 'patients',
		source: keys(c.source),
		confidence: c.confidence,
	};
}

function reportedPercent(id: string, p: ReportedPercent): DataRow {
	return {
		...empty,
		id,
		group: 'reported percent',
		label: p.label,
		value: p.percent,
		unit: '%',
		source: keys(p.source),
		confidence: p.confidence,
	};
}

// A derived share rests on the figures it is computed from: it takes their sources.
function share(id: string, label: string, f: Fraction, from: Count[]): DataRow {
	const source = [...new Set(from.flatMap((c) => c.source))];
	return {
		...empty,
		id: `derived.${id}`,
		group: 'derived',
		label,
		value: percent1(f),
		unit: '%',
		numerator: f.n,
		denominator: f.d,
		source: keys(source),
		confidence: 'derived',
	};
}

function reportedMonths(id: string, m: MonthsFigure, note: string): DataRow {
	return {
		...empty,
		id,
		group: 'reported months',
		label: m.label,
		value: m.months,
		unit: 'months',
		note,
		source: keys(m.source),
		confidence: m.confidence,
	};
}

// Both ends of a 95% exact interval, each a row, rounded as the site shows them.
function interval(id: string, label: string, i: Interval, from: Count[]): DataRow[] {
	const source = keys([...new Set(from.flatMap((c) => c.source))]);
	return (['low', 'high'] as const).map((end) => ({
		...empty,
		id: `derived.${id}.${end}`,
		group: 'derived',
		label: `${label}: ${end === 'low' ? 'lower' : 'upper'} end of the 95% range`,
		value: Math.round(i[end] * 10) / 10,
		unit: '%',
		numerator: i.n,
		denominator: i.d,
		note: '95% exact (Clopper–Pearson) confidence interval, computed from the counts.',
		source,
		confidence: 'derived',
	}));
}

/** Every figure of the data module as rows, in the order the story tells them. */
export function dataRows(): DataRow[] {
	const t = trial;
	return [
		count('treated', t.treated),
		count('evaluable', t.evaluable),
		count('inRemission', t.inRemission),
		count('reEnrolled', t.reEnrolled),
		count('reEnrolledRemission', t.reEnrolledRemission),
		count('resistantRelapse', t.resistantRelapse),
		share('remission', 'Evaluable patients in remission', derived.remission, [
			t.inRemission,
			t.evaluable,
		]),
		share('remissionOfTreated', 'Treated patients in remission', derived.remissionOfTreated, [
			t.inRemission,
			t.treated,
		]),
		share('noRemission', 'Evaluable patients without remission at first', derived.noRemission, [
			t.inRemission,
			t.evaluable,
		]),
		...interval('remissionInterval', 'Evaluable patients in remission', derived.remissionInterval, [
			t.inRemission,
			t.evaluable,
		]),
		reportedPercent('earlyPressPercent', t.earlyPressPercent),
		...[
			count('crs.patients', t.crs.patients),
			reportedPercent('crs.any', t.crs.any),
			reportedPercent('crs.grade1', t.crs.grade1),
			reportedPercent('crs.grade2', t.crs.grade2),
			reportedPercent('crs.grade3', t.crs.grade3),
			reportedPercent('crs.grade4', t.crs.grade4),
			reportedPercent('crs.grade5', t.crs.grade5),
			count('neurotoxicity.patients', t.neurotoxicity.patients),
			count('neurotoxicity.severe', t.neurotoxicity.severe),
			count('neurotoxicity.afterCrs', t.neurotoxicity.afterCrs),
			share(
				'neurotoxicitySevere',
				'Severe neurotoxicity (grade 3 or higher)',
				derived.neurotoxicitySevere,
				[t.neurotoxicity.severe, t.neurotoxicity.patients],
			),
		].map((row) => ({
			...row,
			note: `A later, wider study of ${t.crs.patients.count} adults (ALL, lymphoma and CLL) treated with the same kind of CAR T-cells at Fred Hutch: not ALL-only.`,
		})),
		...[
			count('followUp.patients', t.followUp.patients),
			count('followUp.mrdNegative', t.followUp.mrdNegative),
			share(
				'followUpRemission',
				'MRD-negative complete remission in the 2019 follow-up',
				derived.followUpRemission,
				[t.followUp.mrdNegative, t.followUp.patients],
			),
			...interval(
				'followUpInterval',
				'MRD-negative complete remission in the 2019 follow-up',
				derived.followUpInterval,
				[t.followUp.mrdNegative, t.followUp.patients],
			),
		].map((row) => ({
			...row,
			note: [row.note, 'The same team’s 2019 follow-up of adults with B-ALL on this trial.']
				.filter(Boolean)
				.join(' '),
		})),
		...(
			[
				['medianFollowUp', t.followUp.medianFollowUp],
				['efsInRemission', t.followUp.efsInRemission],
				['osInRemission', t.followUp.osInRemission],
				['efsWithout', t.followUp.efsWithout],
				['osWithout', t.followUp.osWithout],
			] as const
		).map(([id, m]) =>
			reportedMonths(
				`followUp.${id}`,
				m,
				'A median from a small early trial, before today’s care: not what any one person can expect.',
			),
		),
		...t.steps.map((s): DataRow => ({
			...empty,
			id: `steps.${s.id}`,
			group: 'step',
			label: `${s.name}: ${s.what}`,
			startDay: s.startDay,
			endDay: s.endDay,
			// The days of an approximate step are where the chart draws it, not days anyone reported.
			note: s.approximate
				? `${s.when}. Approximate: the days only place the step on the chart; they are not reported days.`
				: s.when,
			source: keys(s.source),
			confidence: s.confidence,
		})),
		...derived.approvals.map((a): DataRow => ({
			...empty,
			id: `approvals.${a.brand.toLowerCase()}`,
			group: 'approval',
			label: `${a.brand} (${a.drug}), for ${a.forWhom}`,
			date: a.date,
			...(a.rate && a.remission
				? {
						value: percent1(a.rate),
						unit: '%',
						numerator: a.rate.n,
						denominator: a.rate.d,
						note: `Complete remission in ${a.remission.trial}, within ${a.remission.withinMonths} months, among ${a.remission.patients} ${a.remission.patientsWere} patients${a.remission.wider ? `; ${a.remission.wider.patients} ${a.remission.wider.were}${a.remission.wider.percent === undefined ? '' : ` (${a.remission.wider.percent}% counted against them)`}` : ''}. A different, larger trial that measured remission another way: do not compare with this trial's percentage.`,
					}
				: {}),
			source: keys(a.source),
			// Approvals are context: a different trial, endpoint and size.
			confidence: 'context',
		})),
	];
}

// RFC 4180: quote a cell when it holds a comma, quote, or line break; double any quote inside.
function cell(v: string | number | null): string {
	const s = v === null ? '' : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The rows as CSV text (RFC 4180, CRLF line ends, header first). */
export function toCsv(rows: DataRow[]): string {
	const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
	return lines.join('\r\n') + '\r\n';
}
