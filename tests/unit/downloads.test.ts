import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { trial, type Count } from '../../src/data/trial';
import { derived } from '../../src/data/derived';
import { sources, sourceKeys } from '../../src/data/sources';
import { columns, dataRows, toCsv, type DataRow } from '../../src/lib/downloads';
import { pageBibtex, pageCitation, paperBibtex } from '../../src/lib/cite';
import { lastReviewed } from '../../src/data/review';
import { GET as csvRoute } from '../../src/pages/data/trial.csv';
import { GET as jsonRoute } from '../../src/pages/data/trial.json';

const site = new URL('https://example.org/');
const call = (route: typeof csvRoute) => route({ site } as APIContext) as Promise<Response>;

// CSV cells are text: numbers come back as strings and empty cells as "".
const asCsvCells = (r: DataRow) =>
	Object.fromEntries(columns.map((c) => [c, r[c] === null ? '' : String(r[c])]));

const byId = (rows: { id: string }[]) => new Map(rows.map((r) => [r.id, r]));

/** Every Count in the data module, by the id the downloads use ("treated", "crs.patients"). */
const counts: [string, Count][] = [
	...Object.entries(trial).filter(([, v]) => typeof v === 'object' && v && 'count' in v),
	['crs.patients', trial.crs.patients],
	['neurotoxicity.patients', trial.neurotoxicity.patients],
	['neurotoxicity.severe', trial.neurotoxicity.severe],
	['neurotoxicity.afterCrs', trial.neurotoxicity.afterCrs],
	['followUp.patients', trial.followUp.patients],
	['followUp.mrdNegative', trial.followUp.mrdNegative],
] as [string, Count][];

describe('the downloads hold the data module', () => {
	it('the CSV parses into exactly the rows, header first', async () => {
		const text = await (await call(csvRoute)).text();
		const rows = parse(text, { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual([...columns]);
		expect(rows).toEqual(dataRows().map(asCsvCells));
	});

	it('the JSON parses into the same rows', async () => {
		const json = await (await call(jsonRoute)).json();
		expect(json.rows).toEqual(dataRows());
		expect(json.url).toBe(site.href);
	});

	it.each(counts)('the count %s matches trial.ts, with its sources', (id, c) => {
		const row = byId(dataRows()).get(id)!;
		expect(row).toMatchObject({
			value: c.count,
			source: c.source.join(' '),
			confidence: c.confidence,
		});
	});

	it('derived shares keep their numerator and denominator', () => {
		const rows = byId(dataRows());
		for (const key of [
			'remission',
			'remissionOfTreated',
			'noRemission',
			'followUpRemission',
			'neurotoxicitySevere',
		] as const) {
			const f = derived[key];
			expect(rows.get(`derived.${key}`)).toMatchObject({
				numerator: f.n,
				denominator: f.d,
				value: Math.round((f.n / f.d) * 1000) / 10,
			});
		}
	});

	it('both ends of each 95% range are there, with their counts, as the site rounds them', () => {
		const rows = byId(dataRows());
		for (const key of ['remissionInterval', 'followUpInterval'] as const) {
			const i = derived[key];
			expect(rows.get(`derived.${key}.low`)).toMatchObject({
				value: Math.round(i.low * 10) / 10,
				numerator: i.n,
				denominator: i.d,
			});
			expect(rows.get(`derived.${key}.high`)).toMatchObject({
				value: Math.round(i.high * 10) / 10,
			});
		}
		expect((rows.get('derived.remissionInterval.low') as DataRow).value).toBe(77.2);
		expect((rows.get('derived.followUpInterval.high') as DataRow).value).toBe(93.3);
	});

	it('every median is there in months, marked as no one’s personal odds', () => {
		const rows = byId(dataRows());
		expect(rows.get('followUp.efsInRemission')).toMatchObject({
			value: trial.followUp.efsInRemission.months,
			unit: 'months',
		});
		expect((rows.get('followUp.osInRemission') as DataRow).note).toMatch(
			/not what any one person can expect/,
		);
	});

	it('every step and approval is there, with its days or date', () => {
		const rows = byId(dataRows());
		for (const s of trial.steps) {
			expect(rows.get(`steps.${s.id}`)).toMatchObject({ startDay: s.startDay, endDay: s.endDay });
		}
		for (const a of trial.approvals) {
			const row = rows.get(`approvals.${a.brand.toLowerCase()}`);
			expect(row).toMatchObject({ date: a.date, numerator: a.remission?.inRemission ?? null });
		}
	});

	it('every row names known sources and a confidence', () => {
		for (const row of dataRows()) {
			expect(row.source.split(' ').every((k) => (sourceKeys as string[]).includes(k))).toBe(true);
			expect(row.confidence).toMatch(/^(verified|press|context|derived)$/);
		}
	});

	it('quotes commas, quotes and line breaks so they survive a round trip', () => {
		const tricky = { ...dataRows()[0]!, label: 'A "quoted", comma\nand a new line' };
		const [back] = parse(toCsv([tricky]), { columns: true }) as Record<string, string>[];
		expect(back!.label).toBe(tricky.label);
	});
});

/** The fields of a BibTeX entry, read with a small parser that keeps nested braces. */
function fields(entry: string): { type: string; key: string; fields: Record<string, string> } {
	const head = /^@(\w+)\{([^,]+),/.exec(entry);
	if (!head) throw new Error(`Not a BibTeX entry: ${entry}`);
	const out: Record<string, string> = {};
	const re = /^\s*(\w+) = \{/gm;
	let m: RegExpExecArray | null;
	while ((m = re.exec(entry))) {
		let depth = 1;
		let i = re.lastIndex;
		for (; depth > 0; i++) depth += entry[i] === '{' ? 1 : entry[i] === '}' ? -1 : 0;
		out[m[1]!] = entry.slice(re.lastIndex, i - 1);
	}
	expect(entry.trimEnd().endsWith('}')).toBe(true);
	return { type: head[1]!, key: head[2]!, fields: out };
}

describe('citations', () => {
	it('the page is a @misc with title, URL, year and access note', () => {
		const e = fields(pageBibtex('https://example.org/', lastReviewed));
		expect(e.type).toBe('misc');
		expect(e.fields).toMatchObject({ url: 'https://example.org/', year: lastReviewed.slice(0, 4) });
		expect(e.fields.title).toBeTruthy();
		expect(e.fields.note).toContain(`Last reviewed ${lastReviewed}`);
	});

	it('the plain-text citation is dated by the review, not the build', () => {
		expect(pageCitation('https://example.org/', lastReviewed)).toContain(
			`Last reviewed ${lastReviewed}`,
		);
	});

	it('the paper is an @article with every field a reference list needs', () => {
		const e = fields(paperBibtex());
		const a = sources.JCI.article!;
		expect(e.type).toBe('article');
		expect(e.fields).toMatchObject({
			journal: a.journal,
			year: String(a.year),
			volume: a.volume,
			number: a.issue,
			doi: sources.JCI.doi,
		});
		expect(e.fields.author!.split(' and ')).toEqual([...a.authors, 'others']);
		expect(e.fields.title).toBe(`{${a.title}}`);
		expect(e.fields.pages).toMatch(/^\d+--\d+$/);
	});
});
