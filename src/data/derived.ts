/**
 * Numbers computed from `trial.ts`, never typed: the percentages, the patients without remission,
 * and the share of all treated patients. Everything that shows a derived figure reads it from here.
 */
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

/** One step of the treatment process by its id, e.g. step('infuse').when; throws if there is none. */
export function step(id: Step['id']): Step {
	const found = trial.steps.find((s) => s.id === id);
	if (!found) throw new Error(`No step "${id}" in trial.steps`);
	return found;
}

/** The figures a reader needs, derived from the data module. */
export const derived = {
	/** The headline: evaluable patients with no detectable leukemia in the marrow. */
	remission: fraction(trial.inRemission.count, trial.evaluable.count),
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
