/**
 * THE figures of the site. Every number a reader sees — in prose, charts, tables, alt text, share
 * cards, the printed summary and the downloads — is read from here, never typed anywhere else.
 * Each figure carries the source keys (see `sources.ts`) and the confidence the fact sheet gives it.
 *
 * Derived numbers (percentages, the two without remission, 27 of the 30 treated) are computed in
 * `derived.ts`, never typed. The schema in `schema.ts` checks this module when it is imported, so a
 * malformed figure fails the build with a message that names the field.
 */
import type { SourceKey } from './sources';
import { parseTrial } from './schema';

/** How sure the fact sheet is: verified = primary or official source; press = press release or news; context = verified but about a later or wider analysis. */
export type Confidence = 'verified' | 'press' | 'context';

/** A count of patients, with where it comes from. */
export interface Count {
	/** Number of people; a whole number, zero or more. */
	count: number;
	/** What is being counted, in plain words, for tables and downloads. */
	label: string;
	source: readonly SourceKey[];
	confidence: Confidence;
}

/** A percentage reported as such by a source (not derived from counts we hold). */
export interface ReportedPercent {
	percent: number;
	label: string;
	source: readonly SourceKey[];
	confidence: Confidence;
}

/** A fact in words (a place, a person, a date), with its source. */
export interface Fact {
	text: string;
	source: readonly SourceKey[];
	confidence: Confidence;
}

/** One step of the CAR T-cell process, on a time line in days from collection (day 0). */
export interface Step {
	id: 'collect' | 'engineer' | 'grow' | 'chemo' | 'infuse' | 'check';
	/** Short name, one or two words. */
	name: string;
	/** What happens, in plain words. */
	what: string;
	/** When it happens, as the source puts it (approximate wording kept). */
	when: string;
	/** Earliest day of the step, counted from collection. */
	startDay: number;
	/** Last day of the step; equal to startDay for a one-day event. */
	endDay: number;
	/** True when the source gives only an approximate time: charts draw it as approximate. */
	approximate: boolean;
	/** True when the step has no known end in the sources (drawn as open-ended). */
	openEnded: boolean;
	source: readonly SourceKey[];
	confidence: Confidence;
}

/** A later FDA approval, for context only: different trials, endpoints and sizes. */
export interface Approval {
	/** ISO date of the approval. */
	date: string;
	/** Generic name and brand name. */
	drug: string;
	brand: string;
	/** Who it was approved for, in plain words. */
	forWhom: string;
	/** Complete remission in the pivotal trial, where the fact sheet gives it. */
	remission?: { trial: string; inRemission: number; patients: number; within: string };
	source: readonly SourceKey[];
}

/** The whole shape of the data module. */
export interface Trial {
	where: Fact;
	partner: Fact;
	renamed: Fact;
	who: Fact;
	phase: Fact;
	registration: Fact;
	leader: Fact;
	seniorAuthor: Fact;
	cellProduct: Fact;
	firstAnnounced: Fact;
	published: Fact;
	printIssue: Fact;
	/** Adults with ALL who were given the CAR T-cells. */
	treated: Count;
	/** Of those treated, the ones whose response could be assessed. */
	evaluable: Count;
	/** Of the evaluable, those with no detectable leukemia in the bone marrow a few weeks after infusion. */
	inRemission: Count;
	/** Of those without remission at first, the ones who enrolled again at a higher dose. */
	reEnrolled: Count;
	/** Of the re-enrolled, those who then reached complete remission. */
	reEnrolledRemission: Count;
	/** Of those in remission, the ones whose leukemia came back in a form the CAR T-cells could no longer attack. */
	resistantRelapse: Count;
	/** The percentage first reported in press coverage of the AAAS talk. */
	earlyPressPercent: ReportedPercent;
	/** Cytokine release syndrome across the whole trial (all diseases): context, not ALL-only. */
	crs: {
		patients: Count;
		any: ReportedPercent;
		grade4: ReportedPercent;
		grade5: ReportedPercent;
		riskFactors: Fact;
	};
	steps: readonly Step[];
	approvals: readonly Approval[];
}

/** The figures as the fact sheet gives them; `trial` below is this after validation. */
export const rawTrial = {
	where: {
		text: 'Fred Hutchinson Cancer Research Center in Seattle',
		source: ['NEWS', 'FH'],
		confidence: 'press',
	},
	partner: {
		text: 'the University of Washington Cancer Consortium',
		source: ['NEWS', 'FH'],
		confidence: 'press',
	},
	renamed: {
		text: 'Since a merger with Seattle Cancer Care Alliance in 2022, the centre is called Fred Hutchinson Cancer Center.',
		source: ['MERGE'],
		confidence: 'verified',
	},
	who: {
		text: 'adults with B-cell acute lymphoblastic leukemia that had come back or stopped responding after several earlier treatments',
		source: ['NEWS', 'JCI'],
		confidence: 'press',
	},
	phase: { text: 'phase 1/2', source: ['REG'], confidence: 'verified' },
	registration: { text: 'NCT01865617', source: ['REG'], confidence: 'verified' },
	leader: { text: 'Dr. Cameron Turtle', source: ['NEWS'], confidence: 'press' },
	seniorAuthor: { text: 'Dr. David Maloney', source: ['NEWS'], confidence: 'press' },
	cellProduct: {
		text: 'CD4+ (helper) and CD8+ (killer) T-cells selected separately and given in a set mix',
		source: ['JCI'],
		confidence: 'verified',
	},
	firstAnnounced: { text: '2016-02', source: ['AAAS'], confidence: 'verified' },
	published: { text: '2016-04', source: ['JCI', 'FH'], confidence: 'verified' },
	printIssue: { text: '2016-06', source: ['JCI'], confidence: 'verified' },
	treated: {
		count: 30,
		label: 'Adults with ALL treated with CAR T-cells',
		source: ['FH'],
		confidence: 'press',
	},
	evaluable: {
		count: 29,
		label: 'Patients whose response could be assessed (evaluable)',
		source: ['NEWS', 'FH'],
		confidence: 'press',
	},
	inRemission: {
		count: 27,
		label: 'Evaluable patients with no detectable leukemia in the bone marrow',
		source: ['JCI', 'FH', 'NEWS'],
		confidence: 'verified',
	},
	reEnrolled: {
		count: 1,
		label: 'Patients without remission who enrolled again at a higher dose',
		source: ['NEWS'],
		confidence: 'press',
	},
	reEnrolledRemission: {
		count: 1,
		label: 'Re-enrolled patients who then reached complete remission',
		source: ['NEWS'],
		confidence: 'press',
	},
	resistantRelapse: {
		count: 2,
		label: 'Patients who relapsed with leukemia the CAR T-cells could no longer attack',
		source: ['NEWS'],
		confidence: 'press',
	},
	earlyPressPercent: {
		percent: 94,
		label: 'Remission figure in press coverage of the first public report (AAAS, February 2016)',
		source: ['AAAS'],
		confidence: 'verified',
	},
	crs: {
		patients: {
			count: 133,
			label: 'Patients on the same trial (ALL, lymphoma and CLL) in the later safety analysis',
			source: ['HAY'],
			confidence: 'context',
		},
		any: {
			percent: 70,
			label: 'Had cytokine release syndrome, mostly mild',
			source: ['HAY'],
			confidence: 'context',
		},
		grade4: {
			percent: 3.8,
			label: 'Had grade 4 (life-threatening) cytokine release syndrome',
			source: ['HAY'],
			confidence: 'context',
		},
		grade5: {
			percent: 3.8,
			label: 'Died of cytokine release syndrome (grade 5)',
			source: ['HAY'],
			confidence: 'context',
		},
		riskFactors: {
			text: 'Two chemotherapy drugs given together (cyclophosphamide and fludarabine), and higher cell doses, made it more likely.',
			source: ['HAY'],
			confidence: 'context',
		},
	},
	steps: [
		{
			id: 'collect',
			name: 'Collect',
			what: "T-cells are taken from the patient's blood (leukapheresis).",
			when: 'Day 0',
			startDay: 0,
			endDay: 0,
			approximate: false,
			openEnded: false,
			source: ['NEWS'],
			confidence: 'press',
		},
		{
			id: 'engineer',
			name: 'Engineer',
			what: 'A disabled virus carries the gene for the CAR into the T-cells.',
			when: 'The first days',
			startDay: 1,
			endDay: 3,
			approximate: true,
			openEnded: false,
			source: ['NEWS'],
			confidence: 'press',
		},
		{
			id: 'grow',
			name: 'Grow',
			what: 'The changed cells are multiplied in the lab, to billions.',
			when: 'Over about 2 weeks',
			startDay: 1,
			endDay: 14,
			approximate: true,
			openEnded: false,
			source: ['NEWS'],
			confidence: 'press',
		},
		{
			id: 'chemo',
			name: 'Chemotherapy',
			what: 'The patient has chemotherapy to make room for the new cells (lymphodepletion).',
			when: 'Shortly before the infusion',
			startDay: 11,
			endDay: 13,
			approximate: true,
			openEnded: false,
			source: ['NEWS'],
			confidence: 'press',
		},
		{
			id: 'infuse',
			name: 'Infuse',
			what: 'The cells go back into the same patient through a drip.',
			when: 'About 2 weeks after collection',
			startDay: 14,
			endDay: 14,
			approximate: true,
			openEnded: false,
			source: ['NEWS'],
			confidence: 'press',
		},
		{
			id: 'check',
			name: 'Check',
			what: 'Very sensitive tests of the bone marrow look for leukemia.',
			when: 'A few weeks after the infusion; the exact day is not reported',
			startDay: 28,
			endDay: 42,
			approximate: true,
			openEnded: true,
			source: ['NEWS'],
			confidence: 'press',
		},
	],
	approvals: [
		{
			date: '2017-08-30',
			drug: 'tisagenlecleucel',
			brand: 'Kymriah',
			forWhom:
				'patients up to age 25 with B-cell precursor ALL that is refractory or in second or later relapse; the first CAR T-cell therapy approved',
			source: ['FDA'],
		},
		{
			date: '2021-02-05',
			drug: 'lisocabtagene maraleucel',
			brand: 'Breyanzi',
			forWhom:
				'adults with large B-cell lymphoma; a CD19 CAR T-cell product given as separate CD8+ and CD4+ parts, the defined-mix approach this trial tested',
			source: ['FDA'],
		},
		{
			date: '2021-10-01',
			drug: 'brexucabtagene autoleucel',
			brand: 'Tecartus',
			forWhom: 'adults with relapsed or refractory B-ALL; the first CAR T-cell therapy for them',
			remission: { trial: 'ZUMA-3', inRemission: 28, patients: 54, within: 'within 3 months' },
			source: ['FDA'],
		},
		{
			date: '2024-11-08',
			drug: 'obecabtagene autoleucel',
			brand: 'Aucatzyl',
			forWhom: 'adults with relapsed or refractory B-ALL',
			remission: { trial: 'FELIX', inRemission: 27, patients: 65, within: 'within 3 months' },
			source: ['FDA'],
		},
	],
} as const satisfies Trial;

/** The validated figures. Importing this module fails (and so fails the build) if any figure is malformed. */
export const trial: Trial = parseTrial(rawTrial);
