/**
 * The words of the charts, one set per language: the names of the groups, the labels drawn in the
 * SVG, the accessible names, the captions and the tables' headers. The figures are not here: each
 * entry is a function of the counts (or of a step, or an interval), which the chart modules and the
 * components read from the data module and pass in, so both languages say the same numbers.
 *
 * English is below; Spanish is in words-es.ts. Both have the type ChartWords, so a missing Spanish
 * entry is a type error (and tests/unit/charts-es.test.ts checks that the keys match).
 */
import type { Fraction, Interval } from '~/data/derived';
import type { Step } from '~/data/trial';
import type { Locale } from '~/i18n';
import { num, Num, of, pct, rangeWhole, reported } from '~/lib/format';
import { es } from './words-es';

/** A name or label that may change with the count it stands for (Spanish verbs agree with it). */
export type Counted = (n: number) => string;

/** The groups of the remission chart's key and table. */
export type RemissionGroupId =
	| 'treated'
	| 'evaluable'
	| 'remission'
	| 'noRemission'
	| 'reEnrolled'
	| 'notReEnrolled'
	| 'notEvaluable';

/** The groups of the outcome flow, in reading order. */
export type OutcomeGroupId =
	| 'treated'
	| 'evaluable'
	| 'notEvaluable'
	| 'remission'
	| 'noRemission'
	| 'reEnrolled'
	| 'relapsed'
	| 'resistant';

/** The estimates of the uncertainty chart. */
export type EstimateId = 'report2016' | 'followUp2019';

/** The counts the outcome flow's name and caption speak of. */
export interface OutcomeCounts {
	treated: number;
	evaluable: number;
	inRemission: number;
	reEnrolledRemission: number;
	resistantRelapse: number;
}

/** The fields of a step the timeline's words read. */
export type StepTiming = Pick<Step, 'id' | 'name' | 'when' | 'startDay' | 'endDay'>;

/** Every word the four charts say, for one language. */
export interface ChartWords {
	/** The remission unit chart: its key, table, name and caption. */
	remission: {
		/** Each group's name, given its count. */
		groups: Record<RemissionGroupId, Counted>;
		/** The chart's accessible name. */
		name: (c: {
			remission: Fraction;
			noRemission: number;
			reEnrolled: number;
			notEvaluable: number;
		}) => string;
		/** The caption, before its source marker. */
		caption: (c: {
			treated: number;
			evaluable: number;
			inRemission: number;
			ofTreated: Fraction;
			interval: Interval;
		}) => string;
		/** A share in the table: "93.1% of evaluable". */
		share: (percent: string, of: 'evaluable' | 'treated') => string;
		table: { caption: string; patients: string; number: string; percentage: string };
	};
	outcomes: {
		/** Each group's name (for the table) and label (drawn in the chart, with its count). */
		groups: Record<Exclude<OutcomeGroupId, 'relapsed'>, { name: Counted; label: Counted }> & {
			/** How many relapsed in all is not reported: words only, never a count. */
			relapsed: { name: string; label: string };
		};
		name: (c: OutcomeCounts) => string;
		caption: (c: OutcomeCounts) => string;
		table: {
			caption: string;
			group: string;
			patients: string;
			partOf: string;
			notReported: string;
		};
	};
	timeline: {
		/** A step's short name and its timing in the sources' words (sentence case). */
		step: (s: StepTiming) => { name: string; when: string };
		axisTitle: string;
		/** `infuse` and `check` are those steps' timings, already lower-cased to sit in a sentence. */
		name: (c: { steps: number; infuse: string; check: string }) => string;
		caption: (c: { steps: number; approximate: number }) => string;
		table: { caption: string; step: string; when: string; approximate: string; exact: string };
	};
	intervals: {
		/** Each estimate's name, e.g. "2016 report". */
		estimates: Record<EstimateId, string>;
		/** The line under an estimate's name: its range in whole percentages. */
		range: (i: Interval) => string;
		/** A tick of the 0-100% axis. */
		tick: (percent: number) => string;
		axisTitle: string;
		name: (c: { early: Interval; later: Interval; overlap: boolean }) => string;
		caption: (c: { level: number; overlap: boolean }) => string;
		table: {
			caption: string;
			report: string;
			inRemission: string;
			range: (level: number) => string;
		};
	};
}

/** The English words, as the charts have always said them. */
export const en: ChartWords = {
	remission: {
		groups: {
			treated: () => 'Treated',
			evaluable: () => 'Could be checked (evaluable)',
			remission: () => 'No detectable leukemia',
			noRemission: () => 'No remission at first',
			reEnrolled: () => 'Remission after a second, higher dose',
			notReEnrolled: () => 'No remission, no second dose on the trial',
			notEvaluable: () => 'Treated, but could not be checked',
		},
		name: (c) =>
			`${of(c.remission)} evaluable patients (${pct(c.remission)}) had no detectable leukemia in the bone marrow. ${Num(c.noRemission)} did not at first; ${num(c.reEnrolled)} of them reached remission after a higher dose. ${Num(c.notEvaluable)} more treated ${c.notEvaluable === 1 ? 'patient' : 'patients'} could not be checked.`,
		caption: (c) =>
			`Each circle is one of the ${num(c.treated)} adults who were treated. Of the ${num(c.evaluable)} who could be checked, ${num(c.inRemission)} had no detectable leukemia in the bone marrow a few weeks after the infusion. Counted against all ${num(c.treated)} treated, it is ${of(c.ofTreated)}. With so few patients, the true rate could be anywhere from about ${rangeWhole(c.interval)}.`,
		share: (percent, of) => `${percent} of ${of}`,
		table: {
			caption: 'The numbers in this chart',
			patients: 'Patients',
			number: 'Number',
			percentage: 'Percentage',
		},
	},
	outcomes: {
		groups: {
			treated: { name: () => 'Treated', label: (n) => `${n} treated` },
			evaluable: {
				name: () => 'Could be checked (evaluable)',
				label: (n) => `${n} could be checked (evaluable)`,
			},
			notEvaluable: {
				name: () => 'Could not be checked',
				label: (n) => `${n} could not be checked`,
			},
			remission: {
				name: () => 'No detectable leukemia',
				label: (n) => `${n} had no detectable leukemia`,
			},
			noRemission: {
				name: () => 'No remission at first',
				label: (n) => `${n} had no remission at first`,
			},
			reEnrolled: {
				name: () => 'Came back for a higher dose, then reached remission',
				label: (n) => `${n} of them came back for a higher dose, then reached remission`,
			},
			relapsed: {
				name: 'Relapsed later, after remission',
				label:
					'Some who reached remission relapsed later. How many is not reported: the dashed bar spans all who could have.',
			},
			resistant: {
				name: () => 'Relapsed with leukemia the cells could no longer attack',
				label: (n) => `${n} of them relapsed with leukemia the cells could no longer attack`,
			},
		},
		name: (c) =>
			`What happened to the ${num(c.treated)} treated patients: ${num(c.evaluable)} could be checked, ${num(c.inRemission)} had no detectable leukemia, and ${num(c.reEnrolledRemission)} more reached it after a higher dose. Some relapsed later (how many is not reported); ${num(c.resistantRelapse)} with leukemia the cells could no longer attack.`,
		caption: (c) =>
			`Each bar shows a group of patients on the same scale: the full width is all ${num(c.treated)} who were treated. The dashed bar with a question mark is a group whose size our sources do not give: it spans everyone who could belong to it, and its length is not a count. ${Num(c.resistantRelapse)} of the patients who relapsed are known to have had leukemia the cells could no longer attack.`,
		table: {
			caption: 'The numbers in this chart',
			group: 'Group',
			patients: 'Patients',
			partOf: 'Part of',
			notReported: 'Not reported',
		},
	},
	timeline: {
		step: (s) => ({ name: s.name, when: s.when }),
		axisTitle: 'Weeks after collection',
		name: (c) =>
			`Timeline of the ${num(c.steps)} steps in this trial: the cells went back into the patient ${c.infuse}, and the bone marrow was checked ${c.check}.`,
		caption: (c) =>
			`A solid diamond is a known day. Hatched bars and hollow diamonds are approximate: ${num(c.approximate)} of the ${num(c.steps)} steps are only timed roughly in our sources, so where they sit on the scale is our reading of those words, not reported days. The last bar fades out because no end is given.`,
		table: {
			caption: 'The steps in this chart',
			step: 'Step',
			when: 'When',
			approximate: 'approximate',
			exact: 'exact',
		},
	},
	intervals: {
		estimates: { report2016: '2016 report', followUp2019: '2019 follow-up' },
		range: (i) => `${reported(i.level)} range: ${rangeWhole(i)}`,
		tick: (percent) => reported(percent),
		axisTitle: 'Patients in remission (%)',
		name: ({ early, later, overlap }) =>
			`The two estimates agree more than they seem to. In 2016, ${of(early)} (${pct(early)}): the true rate could be from ${rangeWhole(early)}. By 2019, ${of(later)} (${pct(later)}): from ${rangeWhole(later)}. ${overlap ? 'The ranges overlap.' : 'The ranges do not overlap.'}`,
		caption: ({ level, overlap }) =>
			`Each dot is the percentage of patients in remission that a report found. The line around it is its ${reported(level)} range: the true rate could well be anywhere along it. The later group was larger, so its range is shorter.${overlap ? ' The two ranges overlap, so the lower later figure does not contradict the first.' : ''}`,
		table: {
			caption: 'The numbers in this chart',
			report: 'Report',
			inRemission: 'In remission',
			range: (level) => `${reported(level)} range`,
		},
	},
};

const byLocale: Record<Locale, ChartWords> = { en, es };

/** The chart words for a language. */
export function chartWords(locale: Locale): ChartWords {
	return byLocale[locale];
}
