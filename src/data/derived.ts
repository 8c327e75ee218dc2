/**
 * Numbers computed from `trial.ts`, never typed: the percentages, the patients without remission,
 * the share of all treated patients, and the 95% exact intervals that say how sure a rate from a
 * small group can be. Everything that shows a derived figure reads it from here.
 */
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import { z } from 'astro/zod';
import { checkData, DataError } from './validate';
import { trial, type Step } from './trial';

/** A part of a whole, kept as two counts so the denominator is never lost. */
export interface Fraction {
	n: number;
	d: number;
}

/** Makes a fraction; throws if the part is larger than the whole or the whole is zero. */
export function fraction(n: number, d: number): Fraction {
	if (!(d > 0) || n < 0 || n > d) throw new RangeError(`Not a valid fraction: ${n} of ${d}`);
	return { n, d };
}

/**
 * A 95% exact (Clopper–Pearson) interval for a share, in percent: the range of true rates that
 * could well have given the count we saw. `estimate` is the share itself.
 */
export const intervalSchema = z
	.object({
		n: z.number().int().nonnegative(),
		d: z.number().int().positive(),
		estimate: z.number().min(0, 'must be 0% or more').max(100, 'must be 100% or less'),
		low: z.number().min(0, 'must be 0% or more').max(100, 'must be 100% or less'),
		high: z.number().min(0, 'must be 0% or more').max(100, 'must be 100% or less'),
		level: z.literal(95),
	})
	.strict()
	.refine((i) => i.low <= i.estimate && i.estimate <= i.high, {
		message: 'the interval must contain its estimate (low <= estimate <= high)',
		path: ['low'],
	});

/** A 95% interval, as the schema above defines it. */
export type Interval = z.infer<typeof intervalSchema>;

/** Checks an interval; throws naming the field (e.g. "derived.remissionInterval.high: must be 100% or less"). */
export function parseInterval(value: unknown, name: string): Interval {
	return checkData(
		intervalSchema,
		value,
		name,
		(issues) => new DataError(`The interval ${name}`, issues),
	);
}

/**
 * The 95% exact (Clopper–Pearson) interval of n out of d, from the beta distribution's quantiles
 * (the standard method for a count out of a total; it never gives a range outside 0–100%).
 */
export function exactInterval(f: Fraction, name = 'interval'): Interval {
	const alpha = 0.05;
	const low = f.n === 0 ? 0 : betaQuantile(alpha / 2, f.n, f.d - f.n + 1);
	const high = f.n === f.d ? 1 : betaQuantile(1 - alpha / 2, f.n + 1, f.d - f.n);
	return parseInterval(
		{ n: f.n, d: f.d, estimate: (f.n / f.d) * 100, low: low * 100, high: high * 100, level: 95 },
		name,
	);
}

/** One step of the treatment process by its id, e.g. step('infuse').when; throws if there is none. */
export function step(id: Step['id']): Step {
	const found = trial.steps.find((s) => s.id === id);
	if (!found) throw new Error(`No step "${id}" in trial.steps`);
	return found;
}

const remission = fraction(trial.inRemission.count, trial.evaluable.count);
const followUpRemission = fraction(trial.followUp.mrdNegative.count, trial.followUp.patients.count);

/** The figures a reader needs, derived from the data module. */
export const derived = {
	/** The headline: evaluable patients with no detectable leukemia in the marrow. */
	remission,
	/** How sure the headline can be: its 95% exact interval. */
	remissionInterval: exactInterval(remission, 'derived.remissionInterval'),
	/** The 2019 follow-up: MRD-negative complete remission among the evaluable adults with B-ALL. */
	followUpRemission,
	/** Its 95% exact interval. */
	followUpInterval: exactInterval(followUpRemission, 'derived.followUpInterval'),
	/** Severe neurotoxicity in the later, wider study (28 of 133, about 21%). */
	neurotoxicitySevere: fraction(
		trial.neurotoxicity.severe.count,
		trial.neurotoxicity.patients.count,
	),
	/** The same 27, counted against everyone treated: the denominator matters. */
	remissionOfTreated: fraction(trial.inRemission.count, trial.treated.count),
	/** Evaluable patients who did not reach remission at first. */
	noRemission: fraction(trial.evaluable.count - trial.inRemission.count, trial.evaluable.count),
	/** Treated patients whose response could not be assessed. */
	notEvaluable: trial.treated.count - trial.evaluable.count,
	/** Of the patients without remission, those who re-enrolled at a higher dose. */
	reEnrolled: fraction(trial.reEnrolled.count, trial.evaluable.count - trial.inRemission.count),
	/** Days from collecting the cells to giving them back ("about two weeks" in the source). */
	daysToInfusion: step('infuse').startDay,
	/** Later approvals' remission rates, for context only (different trials and endpoints). */
	approvals: trial.approvals.map((a) => ({
		...a,
		rate: a.remission ? fraction(a.remission.inRemission, a.remission.patients) : undefined,
	})),
} as const;
