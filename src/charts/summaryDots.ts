/**
 * Geometry for the printed summary's remission chart: one mark per treated patient, in reading
 * order — first those with no detectable leukemia, then those without remission at first, then the
 * ones who could not be assessed. Returns rounded positions, not DOM, so it runs in Node and in tests.
 */

/** What a mark stands for; the component draws each kind with its own shape, never colour alone. */
export type DotKind = 'remission' | 'noRemission' | 'notEvaluable';

/** One patient's mark: its centre and radius in viewBox units. */
export interface SummaryDot {
	i: number;
	kind: DotKind;
	x: number;
	y: number;
	r: number;
}

/** The whole chart: marks plus the viewBox size that holds them all. */
export interface SummaryDotsLayout {
	dots: SummaryDot[];
	width: number;
	height: number;
}

/** How many patients fall in each group. */
export interface SummaryCounts {
	remission: number;
	noRemission: number;
	notEvaluable: number;
}

/** Lays the patients out in rows of `columns`, left to right, top to bottom. */
export function summaryDots(
	counts: SummaryCounts,
	{ columns = 10, size = 16, gap = 6 }: { columns?: number; size?: number; gap?: number } = {},
): SummaryDotsLayout {
	const kinds: DotKind[] = [
		...Array<DotKind>(counts.remission).fill('remission'),
		...Array<DotKind>(counts.noRemission).fill('noRemission'),
		...Array<DotKind>(counts.notEvaluable).fill('notEvaluable'),
	];
	if (kinds.length === 0) throw new RangeError('summaryDots needs at least one patient');
	const step = size + gap;
	// Half a gap of margin all round keeps strokes inside the viewBox.
	const pad = gap / 2;
	const round = (v: number) => Math.round(v * 100) / 100;
	const dots = kinds.map((kind, i) => ({
		i,
		kind,
		x: round(pad + (i % columns) * step + size / 2),
		y: round(pad + Math.floor(i / columns) * step + size / 2),
		r: round(size / 2),
	}));
	const rows = Math.ceil(kinds.length / columns);
	const cols = Math.min(columns, kinds.length);
	return { dots, width: round(cols * step), height: round(rows * step) };
}
