import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { sources } from '~/data/sources';

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

	it('gives every source a citation, and a link or a reason for none', () => {
		for (const [key, s] of Object.entries(sources)) {
			expect(s.citation, key).not.toBe('');
			if ('url' in s) expect(s.url, key).toMatch(/^https:\/\//);
			else expect(['meeting', 'paper', 'regulator'], key).toContain(s.kind);
		}
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
});
