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
import {
	parseTrial,
	type BoxedWarnings,
	type FactList,
	type FollowUp,
	type MonthsFigure,
	type Neurotoxicity,
} from './schema';

export type { BoxedWarnings, FactList, FollowUp, MonthsFigure, Neurotoxicity };

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
	/** Who it was approved for, worded as the fact sheet words it. */
	forWhom: string;
	/**
	 * The age limits in `forWhom`, as numbers, so another language can say them without reading
	 * them out of English words (the schema checks that `forWhom` says the same numbers).
	 */
	ages?: { min?: number; max?: number };
	/** What the product is, where it matters to this story (the label's words, not ours). */
	note?: string;
	/** Complete remission in the pivotal trial, where the fact sheet gives it, with both denominators. */
	remission?: {
		trial: string;
		inRemission: number;
		patients: number;
		/** Who `patients` counts, e.g. "evaluable". */
		patientsWere: string;
		/** Complete remission was counted within this many months of the infusion. */
		withinMonths: number;
		/** The larger group the trial started from; `percent` only where the source reports it. */
		wider?: { patients: number; were: string; percent?: number };
	};
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
	/** The two co-senior authors (equal contribution): each is "a senior author". */
	seniorAuthors: Fact;
	/** Juno Therapeutics among the authors' affiliations: said once, plainly. */
	industryTie: Fact;
	cellProduct: Fact;
	/** The mix used in the lymphoma part of the same trial (STM), not the ALL part. */
	lymphomaMix: Fact;
	/** The kind of virus that carried the CAR gene. */
	vector: Fact;
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
	/** Cytokine release syndrome in the later, wider study of 133 patients (ALL, lymphoma, CLL): context, not ALL-only. */
	crs: {
		patients: Count;
		any: ReportedPercent;
		grade1: ReportedPercent;
		grade2: ReportedPercent;
		grade3: ReportedPercent;
		grade4: ReportedPercent;
		grade5: ReportedPercent;
		/** When most of the grade 4 and 5 cases happened. */
		severeEarly: Fact;
		/** What was linked to (found to predict, not shown to cause) CRS. */
		linkedTo: FactList;
	};
	/** Severe neurotoxicity in the same 133 patients (GUST): context, not ALL-only. */
	neurotoxicity: Neurotoxicity;
	/** Today's FDA boxed warnings on the CAR T-cell products for adult ALL. */
	boxedWarnings: BoxedWarnings;
	/** The same team's 2019 follow-up of the adults with B-ALL on this trial (HAY19). */
	followUp: FollowUp;
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
	leader: { text: 'Dr. Cameron Turtle', source: ['NEWS', 'JCI'], confidence: 'press' },
	seniorAuthors: {
		text: 'Dr. David Maloney and Dr. Stanley Riddell',
		source: ['JCI'],
		confidence: 'verified',
	},
	industryTie: {
		text: 'The paper lists Juno Therapeutics, a company in Seattle, among the places its authors worked. Juno later developed the product with a set mix of cells that was approved as Breyanzi.',
		source: ['JCI'],
		confidence: 'verified',
	},
	cellProduct: {
		text: 'CD4+ (helper) and CD8+ (killer) T-cells selected separately and given in a set mix',
		source: ['JCI'],
		confidence: 'verified',
	},
	lymphomaMix: {
		text: 'equal numbers of killer and helper cells (one to one)',
		source: ['STM'],
		confidence: 'verified',
	},
	vector: {
		text: 'a lentivirus',
		source: ['REG-TEXT'],
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
		label: 'Remission figure in press coverage of the AAAS talk (February 2016)',
		source: ['AAAS'],
		confidence: 'press',
	},
	crs: {
		patients: {
			count: 133,
			label:
				'Adults with ALL, lymphoma or CLL treated with the same kind of CAR T-cells at Fred Hutch (later safety study)',
			source: ['HAY'],
			confidence: 'context',
		},
		any: {
			percent: 70,
			label: 'Had cytokine release syndrome (any grade)',
			source: ['HAY'],
			confidence: 'context',
		},
		grade1: {
			percent: 26,
			label: 'Had grade 1 (mild) cytokine release syndrome',
			source: ['HAY'],
			confidence: 'context',
		},
		grade2: {
			percent: 32,
			label: 'Had grade 2 (moderate) cytokine release syndrome',
			source: ['HAY'],
			confidence: 'context',
		},
		grade3: {
			percent: 4.5,
			label: 'Had grade 3 (severe) cytokine release syndrome',
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
		severeEarly: {
			text: 'Most of the grade four and five cases happened while the doses were still being worked out.',
			source: ['HAY'],
			confidence: 'context',
		},
		linkedTo: {
			items: [
				'a lot of leukemia in the bone marrow',
				'chemotherapy with both cyclophosphamide and fludarabine',
				'a higher dose of CAR T-cells',
				'few platelets (blood cells that help clotting) before the chemotherapy',
				'how the cells were made',
			],
			source: ['HAY'],
			confidence: 'context',
		},
	},
	neurotoxicity: {
		patients: {
			count: 133,
			label: 'The same 133 patients, in the neurotoxicity study',
			source: ['GUST'],
			confidence: 'context',
		},
		severe: {
			count: 28,
			label: 'Had severe (grade 3 or higher) neurotoxicity: side effects on the brain and nerves',
			source: ['GUST'],
			confidence: 'context',
		},
		afterCrs: {
			count: 28,
			label: 'Of those with severe neurotoxicity, had cytokine release syndrome first',
			source: ['GUST'],
			confidence: 'context',
		},
		deaths: {
			text: 'at least one',
			source: ['GUST'],
			confidence: 'context',
		},
	},
	boxedWarnings: {
		products: ['Tecartus', 'Aucatzyl'],
		items: [
			'cytokine release syndrome',
			'neurologic toxicity (effects on the brain and nerves)',
			'secondary blood cancers (T-cell cancers)',
		],
		source: ['FDA'],
		confidence: 'verified',
	},
	followUp: {
		patients: {
			count: 53,
			label: 'Adults with B-ALL treated on the trial who could be evaluated (2019 follow-up)',
			source: ['HAY19'],
			confidence: 'context',
		},
		mrdNegative: {
			count: 45,
			label:
				'Reached complete remission with no leukemia found by high-resolution flow cytometry (MRD-negative)',
			source: ['HAY19'],
			confidence: 'context',
		},
		medianFollowUp: {
			months: 30.9,
			label: 'Median follow-up',
			source: ['HAY19'],
			confidence: 'context',
		},
		efsInRemission: {
			months: 7.6,
			label: 'Median event-free survival, patients in MRD-negative remission',
			source: ['HAY19'],
			confidence: 'context',
		},
		osInRemission: {
			months: 20.0,
			label: 'Median overall survival, patients in MRD-negative remission',
			source: ['HAY19'],
			confidence: 'context',
		},
		efsWithout: {
			months: 0.8,
			label: 'Median event-free survival, patients not in MRD-negative remission',
			source: ['HAY19'],
			confidence: 'context',
		},
		osWithout: {
			months: 5.0,
			label: 'Median overall survival, patients not in MRD-negative remission',
			source: ['HAY19'],
			confidence: 'context',
		},
		linkedToLonger: {
			items: [
				'fludarabine in the chemotherapy before the cells',
				'a lower LDH (a common blood test) before treatment',
				'a higher platelet count before treatment',
				'a stem-cell transplant after the CAR T-cells',
			],
			source: ['HAY19'],
			confidence: 'context',
		},
	},
	steps: [
		{
			id: 'collect',
			name: 'Collect',
			what: "T-cells were taken from the patient's blood (leukapheresis).",
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
			what: 'A disabled virus (a lentivirus) carried the gene for the CAR into the T-cells.',
			when: 'The first days',
			startDay: 1,
			endDay: 3,
			approximate: true,
			openEnded: false,
			source: ['NEWS', 'REG-TEXT'],
			confidence: 'press',
		},
		{
			id: 'grow',
			name: 'Grow',
			what: 'The changed cells were multiplied in the lab, to billions.',
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
			what: 'The patient had chemotherapy to make room for the new cells (lymphodepletion).',
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
			what: 'The cells went back into the same patient through a drip.',
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
			what: 'Very sensitive tests of the bone marrow looked for leukemia.',
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
				'patients up to age 25 with B-cell precursor ALL that is refractory or in second or later relapse',
			ages: { max: 25 },
			note: 'the first CAR T-cell therapy approved',
			source: ['FDA'],
		},
		{
			date: '2021-02-05',
			drug: 'lisocabtagene maraleucel',
			brand: 'Breyanzi',
			forWhom:
				'adults with large B-cell lymphoma that came back or did not respond after at least two earlier treatments',
			note: 'a CD19 CAR T-cell product given as separate CD8+ and CD4+ parts (its label says so)',
			source: ['FDA'],
		},
		{
			date: '2021-10-01',
			drug: 'brexucabtagene autoleucel',
			brand: 'Tecartus',
			forWhom: 'adults (18 and older) with relapsed or refractory B-cell precursor ALL',
			ages: { min: 18 },
			note: 'the first CAR T-cell therapy for that whole adult group (Kymriah already covered patients up to 25)',
			remission: {
				trial: 'ZUMA-3',
				inRemission: 28,
				patients: 54,
				patientsWere: 'evaluable',
				withinMonths: 3,
				wider: { patients: 71, were: 'whose cells were collected', percent: 41 },
			},
			source: ['FDA'],
		},
		{
			date: '2024-11-08',
			drug: 'obecabtagene autoleucel',
			brand: 'Aucatzyl',
			forWhom: 'adults with relapsed or refractory B-cell precursor ALL',
			remission: {
				trial: 'FELIX',
				inRemission: 27,
				patients: 65,
				patientsWere: 'assessed for efficacy',
				withinMonths: 3,
				wider: { patients: 95, were: 'given the cells (dosed)' },
			},
			source: ['FDA'],
		},
	],
} as const satisfies Trial;

/** The validated figures. Importing this module fails (and so fails the build) if any figure is malformed. */
export const trial: Trial = parseTrial(rawTrial);
