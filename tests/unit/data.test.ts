import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { sources } from '~/data/sources';
import { range } from '~/lib/format';

const factSheet = new URL('../../../shared/brief/facts.md', import.meta.url);

describe('the data module', () => {
	it('derives the headline from the counts, never from a typed percentage', () => {
		expect(derived.remission).toEqual({ n: trial.inRemission.count, d: trial.evaluable.count });
		expect(derived.remissionOfTreated).toEqual({
			n: trial.inRemission.count,
			d: trial.treated.count,
		});
		expect(derived.noRemission.n + trial.inRemission.count).toBe(trial.evaluable.count);
		expect(derived.notEvaluable + trial.evaluable.count).toBe(trial.treated.count);
	});

	it('gives every source a citation and a link a reader can follow', () => {
		for (const [key, s] of Object.entries(sources)) {
			expect(s.citation, key).not.toBe('');
			expect(s.url ?? `https://doi.org/${s.doi}`, key).toMatch(/^https:\/\//);
		}
	});

	it('does not call the AAAS talk the first report, and links the press coverage its 94% came from', () => {
		expect(sources.AAAS.citation).not.toMatch(/first/i);
		expect(sources.AAAS.url).toMatch(/newsmax\.com\/.*2016\/02\/17/);
		expect(trial.earlyPressPercent.confidence).toBe('press');
	});

	// Nested denominators and time order are enforced by parseTrial when trial.ts is imported
	// (see schema.test.ts), so they are not asserted again here.
	it('lists the six process steps, and marks approximate ones', () => {
		expect(trial.steps.map((s) => s.id)).toEqual([
			'collect',
			'engineer',
			'grow',
			'chemo',
			'infuse',
			'check',
		]);
		for (const s of trial.steps) {
			if (/about|few|first|shortly/i.test(s.when)) expect(s.approximate, s.id).toBe(true);
		}
	});

	it('derives the later trials’ rates from their counts', () => {
		for (const a of derived.approvals) {
			if (a.remission)
				expect(a.rate).toEqual({ n: a.remission.inRemission, d: a.remission.patients });
		}
	});
});

// The fact sheet is the only source of figures. Where it is at hand (it is beside the checkout on
// our machines and in CI), check that every count we show is one it states.
describe.skipIf(!existsSync(factSheet))('against the fact sheet', () => {
	const sheet = existsSync(factSheet) ? readFileSync(factSheet, 'utf8') : '';
	it.each([
		['treated', trial.treated.count],
		['evaluable', trial.evaluable.count],
		['inRemission', trial.inRemission.count],
		['crs.patients', trial.crs.patients.count],
	])('%s (%d) appears in the fact sheet', (_name, n) => {
		expect(sheet).toMatch(new RegExp(`\\b${n}\\b`));
	});
	it('states the headline as the fact sheet does', () => {
		expect(sheet).toContain(`${trial.inRemission.count} of the ${trial.evaluable.count}`);
		expect(sheet).toContain(`${trial.inRemission.count} of ${trial.treated.count}`);
	});
	it.each(trial.approvals.filter((a) => a.remission).map((a) => [a.brand, a.remission!] as const))(
		'%s: its remission count appears in the fact sheet',
		(_brand, r) => {
			expect(sheet).toContain(`${r.inRemission} of ${r.patients}`);
		},
	);

	// Second edition: every new or corrected row, as the sheet writes it.
	const f = trial.followUp;
	it.each([
		['follow-up', `${f.mrdNegative.count} of ${f.patients.count}`],
		['follow-up time', `median ${f.medianFollowUp.months.toFixed(1)} months`],
		[
			'survival among those in remission',
			`median event-free survival ${f.efsInRemission.months.toFixed(1)} months and median overall survival ${f.osInRemission.months.toFixed(1)} months`,
		],
		[
			'survival among those without',
			`${f.efsWithout.months.toFixed(1)} and ${f.osWithout.months.toFixed(1)} months`,
		],
		[
			'neurotoxicity',
			`${trial.neurotoxicity.severe.count} (${Math.round((derived.neurotoxicitySevere.n / derived.neurotoxicitySevere.d) * 100)} %, derived)`,
		],
		['neurotoxicity cohort', `same ${trial.neurotoxicity.patients.count} patients`],
		['boxed warnings', trial.boxedWarnings.products.join(', ')],
		['senior authors', 'Dr. David Maloney and Dr. Stanley Riddell'],
		['lentivirus', 'lentiviral vector'],
		['Juno', 'Juno Therapeutics'],
		['Breyanzi indication', 'after at least two earlier treatments'],
	])('%s as the sheet has it', (_name, text) => {
		expect(sheet.replace(/\s+/g, ' ')).toContain(text);
	});
	it('CRS grades in the sheet are the ones in order', () => {
		expect(sheet).toContain(
			'grade 1 26 %, grade 2 32 %, grade 3 4.5 %, grade 4 3.8 %, grade 5 (fatal) 3.8 %',
		);
		expect([1, 2, 3, 4, 5].map((g) => (trial.crs as any)[`grade${g}`].percent)).toEqual([
			26, 32, 4.5, 3.8, 3.8,
		]);
	});
	it.each([
		['2016 report', derived.remissionInterval],
		['2019 follow-up', derived.followUpInterval],
	])('the %s interval is the one the sheet gives', (label, i) => {
		const row = `| ${i.n} of ${i.d} (${label}) | ${range(i).replaceAll('%', ' %')} |`;
		expect(sheet).toContain(row);
	});
	it('the approvals keep both denominators the sheet gives', () => {
		const [tecartus, aucatzyl] = trial.approvals.filter((a) => a.remission?.wider);
		const t = tecartus!.remission!;
		expect(sheet).toContain(
			`${t.inRemission} of ${t.patients} ${t.patientsWere} patients (${Math.round((t.inRemission / t.patients) * 100)} %)`,
		);
		expect(sheet).toContain(
			`all ${t.wider!.patients} whose cells were collected, ${t.wider!.percent} %`,
		);
		const a = aucatzyl!.remission!;
		expect(sheet).toContain(`${a.inRemission} of ${a.patients} patients assessed for efficacy`);
		expect(sheet).toContain(`larger: ${a.wider!.patients}`);
	});
});
