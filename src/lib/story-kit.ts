/**
 * What an MDX chapter imports to write a number: the figures, the derived numbers and the
 * formatters. One import line keeps chapters short and every digit out of the prose.
 */
import { trial, type Step } from '~/data/trial';

export { trial as t } from '~/data/trial';
export { derived as d } from '~/data/derived';
export { num, Num, pct, pct1, of, date, reported } from './format';

/** One step of the treatment process by its id, e.g. step('infuse').when. */
export function step(id: Step['id']): Step {
	const found = trial.steps.find((s) => s.id === id);
	if (!found) throw new Error(`No step "${id}" in trial.steps`);
	return found;
}
