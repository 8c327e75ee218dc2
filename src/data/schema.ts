/**
 * The schema that guards `trial.ts`. It runs when the data module is imported, so a malformed
 * figure stops `astro build` (and every test) with a message that names the field, for example
 * `trial.inRemission.count: 30 is more than its denominator trial.evaluable.count (29)`.
 */
import { z } from 'astro/zod';
import { checkData, DataError, type DataIssue } from './validate';
import { sourceKeys } from './sources';
import type { Trial } from './trial';

const sourceList = z
	.array(z.enum(sourceKeys, { error: `must be one of ${sourceKeys.join(', ')}` }))
	.min(1, 'needs at least one source')
	.readonly();
const confidence = z.enum(['verified', 'press', 'context']);
const wholeCount = z
	.number({ error: 'must be a number' })
	.int('must be a whole number')
	.nonnegative('must not be negative');
const isoDate = z
	.string()
	.regex(/^\d{4}(-\d{2}){0,2}$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

const count = z.object({
	count: wholeCount,
	label: z.string().min(1),
	source: sourceList,
	confidence,
});
const percent = z.object({
	percent: z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less'),
	label: z.string().min(1),
	source: sourceList,
	confidence,
});
const fact = z.object({ text: z.string().min(1), source: sourceList, confidence });
const dateFact = fact.extend({ text: isoDate });
/** A list of short items (risk factors, warnings) that share one source. */
const factList = z.object({
	items: z.array(z.string().min(1)).min(1, 'needs at least one item').readonly(),
	source: sourceList,
	confidence,
});
/** A length of time a source reports in months (a median), kept to its one decimal place. */
const monthsFigure = z.object({
	months: z.number().positive('must be more than zero'),
	label: z.string().min(1),
	source: sourceList,
	confidence,
});

/** The same team's 2019 follow-up of the adults with B-ALL on this trial (HAY19). */
export const followUpSchema = z
	.object({
		/** Adults with B-ALL who received CAR T-cells on the trial and could be evaluated. */
		patients: count,
		/** Of those, the ones in complete remission with no leukemia found by high-resolution flow cytometry. */
		mrdNegative: count,
		/** How long the patients were followed, median. */
		medianFollowUp: monthsFigure,
		/** Median event-free and overall survival, among those in MRD-negative remission and those not. */
		efsInRemission: monthsFigure,
		osInRemission: monthsFigure,
		efsWithout: monthsFigure,
		osWithout: monthsFigure,
		/** What was linked to longer event-free survival. */
		linkedToLonger: factList,
	})
	.strict()
	.superRefine((f, ctx) => {
		if (f.mrdNegative.count > f.patients.count)
			ctx.addIssue({
				code: 'custom',
				path: ['mrdNegative', 'count'],
				message: `${f.mrdNegative.count} is more than its denominator trial.followUp.patients.count (${f.patients.count})`,
			});
	});

/** Severe effects on the brain and nerves in the later, wider study of 133 patients (GUST). */
export const neurotoxicitySchema = z
	.object({
		patients: count,
		/** Had grade 3 or higher neurotoxicity. */
		severe: count,
		/** Of the severe cases, those in whom CRS came first. */
		afterCrs: count,
		/** Deaths from neurotoxicity, as the source words it ("at least one"). */
		deaths: fact,
	})
	.strict()
	.superRefine((n, ctx) => {
		for (const [part, whole] of [
			['severe', 'patients'],
			['afterCrs', 'severe'],
		] as const) {
			if (n[part].count > n[whole].count)
				ctx.addIssue({
					code: 'custom',
					path: [part, 'count'],
					message: `${n[part].count} is more than its denominator trial.neurotoxicity.${whole}.count (${n[whole].count})`,
				});
		}
	});

/** What today's FDA labels of the CAR T-cell products for adult ALL warn about in a boxed warning. */
export const boxedWarningsSchema = z
	.object({
		products: z.array(z.string().min(1)).min(1).readonly(),
		items: z.array(z.string().min(1)).min(1).readonly(),
		source: sourceList,
		confidence,
	})
	.strict();

export type FollowUp = z.infer<typeof followUpSchema>;
export type Neurotoxicity = z.infer<typeof neurotoxicitySchema>;
export type BoxedWarnings = z.infer<typeof boxedWarningsSchema>;
export type FactList = z.infer<typeof factList>;
export type MonthsFigure = z.infer<typeof monthsFigure>;

const step = z
	.object({
		id: z.enum(['collect', 'engineer', 'grow', 'chemo', 'infuse', 'check']),
		name: z.string().min(1),
		what: z.string().min(1),
		when: z.string().min(1),
		startDay: wholeCount,
		endDay: wholeCount,
		approximate: z.boolean(),
		openEnded: z.boolean(),
		source: sourceList,
		confidence,
	})
	.refine((s) => s.endDay >= s.startDay, {
		message: 'endDay must not be before startDay',
		path: ['endDay'],
	});

const approval = z
	.object({
		date: isoDate,
		drug: z.string().min(1),
		brand: z.string().min(1),
		forWhom: z.string().min(1),
		ages: z.object({ min: wholeCount.optional(), max: wholeCount.optional() }).strict().optional(),
		note: z.string().min(1).optional(),
		remission: z
			.object({
				trial: z.string().min(1),
				inRemission: wholeCount,
				patients: wholeCount.positive('must be more than zero'),
				/** Who `patients` counts, e.g. "evaluable" or "assessed for efficacy". */
				patientsWere: z.string().min(1),
				withinMonths: wholeCount.positive('must be more than zero'),
				/** The larger group the trial started from, where the source gives it. */
				wider: z
					.object({
						patients: wholeCount,
						/** Who they were, e.g. "whose cells were collected". */
						were: z.string().min(1),
						/** The share the source reports against this group; absent when it gives none. */
						percent: z.number().min(0).max(100).optional(),
					})
					.strict()
					.optional(),
			})
			.strict()
			.refine((r) => r.inRemission <= r.patients, {
				message: 'inRemission is more than its denominator patients',
				path: ['inRemission'],
			})
			.refine((r) => !r.wider || r.wider.patients >= r.patients, {
				message: 'the wider group must not be smaller than patients',
				path: ['wider', 'patients'],
			})
			.optional(),
		source: sourceList,
	})
	.strict();

/** A count must not exceed the count it is a part of: [part, whole]. */
const nested: ReadonlyArray<[keyof Trial, keyof Trial]> = [
	['evaluable', 'treated'],
	['inRemission', 'evaluable'],
	['reEnrolledRemission', 'reEnrolled'],
	['resistantRelapse', 'inRemission'],
];

/** The schema of the whole module, with the cross-field rules a single field cannot see. */
const trialSchema = z
	.object({
		where: fact,
		partner: fact,
		renamed: fact,
		who: fact,
		phase: fact,
		registration: fact,
		leader: fact,
		seniorAuthors: fact,
		industryTie: fact,
		cellProduct: fact,
		lymphomaMix: fact,
		vector: fact,
		firstAnnounced: dateFact,
		published: dateFact,
		printIssue: dateFact,
		treated: count,
		evaluable: count,
		inRemission: count,
		reEnrolled: count,
		reEnrolledRemission: count,
		resistantRelapse: count,
		earlyPressPercent: percent,
		crs: z
			.object({
				patients: count,
				any: percent,
				grade1: percent,
				grade2: percent,
				grade3: percent,
				grade4: percent,
				grade5: percent,
				severeEarly: fact,
				linkedTo: factList,
			})
			.strict()
			.superRefine((c, ctx) => {
				// The grades split the patients who had CRS: they cannot add up to more than "any".
				const sum = c.grade1.percent + c.grade2.percent + c.grade3.percent;
				const total = sum + c.grade4.percent + c.grade5.percent;
				if (total > c.any.percent + 0.5)
					ctx.addIssue({
						code: 'custom',
						path: ['any', 'percent'],
						message: `the grades add up to ${Math.round(total * 10) / 10}%, more than the ${c.any.percent}% who had CRS`,
					});
			}),
		neurotoxicity: neurotoxicitySchema,
		boxedWarnings: boxedWarningsSchema,
		followUp: followUpSchema,
		steps: z.array(step).min(1),
		approvals: z.array(approval),
	})
	.strict()
	.superRefine((t, ctx) => {
		for (const [part, whole] of nested) {
			const p = (t[part] as { count: number }).count;
			const w = (t[whole] as { count: number }).count;
			if (p > w) {
				ctx.addIssue({
					code: 'custom',
					path: [part, 'count'],
					message: `${p} is more than its denominator trial.${whole}.count (${w})`,
				});
			}
		}
		const withoutRemission = t.evaluable.count - t.inRemission.count;
		if (t.reEnrolled.count > withoutRemission) {
			ctx.addIssue({
				code: 'custom',
				path: ['reEnrolled', 'count'],
				message: `${t.reEnrolled.count} is more than the ${withoutRemission} patients without remission`,
			});
		}
		// The timeline is drawn and read in order, so the data must already be in time order.
		t.steps.forEach((s, i) => {
			const prev = t.steps[i - 1];
			if (prev && s.startDay < prev.startDay) {
				ctx.addIssue({
					code: 'custom',
					path: ['steps', i, 'startDay'],
					message: `step "${s.id}" starts on day ${s.startDay}, before the step above it ("${prev.id}", day ${prev.startDay}): the timeline is out of order`,
				});
			}
		});
		t.approvals.forEach((a, i) => {
			// An age limit is typed twice, as a number and inside the English words: they must agree.
			for (const [key, age] of Object.entries(a.ages ?? {})) {
				if (!new RegExp(`\\b${age}\\b`).test(a.forWhom))
					ctx.addIssue({
						code: 'custom',
						path: ['approvals', i, 'ages', key],
						message: `${age} does not appear in forWhom ("${a.forWhom}"): the two must say the same age`,
					});
			}
			const prev = t.approvals[i - 1];
			if (prev && a.date < prev.date) {
				ctx.addIssue({
					code: 'custom',
					path: ['approvals', i, 'date'],
					message: `${a.date} is before the approval above it (${prev.date}): the list is out of order`,
				});
			}
		});
	});

/** Thrown when the data module is malformed; its message lists every bad field by path. */
export class TrialDataError extends DataError {
	constructor(issues: readonly DataIssue[]) {
		super('The trial data in src/data/trial.ts', issues);
		this.name = 'TrialDataError';
	}
}

/** Validates the figures; returns them unchanged or throws a TrialDataError naming each bad field. */
export function parseTrial<T extends Trial>(data: T): T {
	checkData(trialSchema, data, 'trial', (issues) => new TrialDataError(issues));
	return data;
}
