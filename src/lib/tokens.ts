/**
 * Frontmatter is plain text, so it cannot run code. A chapter summary writes a figure as a token,
 * e.g. "{remission} adults", and fillTokens() puts the number in from the data module.
 */
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { num, of, rangeWhole } from './format';

// Only the tokens chapter summaries use (and {remission}, the headline); add one when a summary needs it.
const tokens: Record<string, string> = {
	remission: of(derived.remission),
	evaluable: num(trial.evaluable.count),
	inRemission: num(trial.inRemission.count),
	noRemission: num(derived.noRemission.n),
	reEnrolled: num(trial.reEnrolled.count),
	remissionRange: rangeWhole(derived.remissionInterval),
	laterStudy: num(trial.crs.patients.count),
	followUp: of(derived.followUpRemission),
};

/** Replaces each {token} with its figure; throws on a token it does not know, naming it. */
export function fillTokens(text: string): string {
	return text.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = tokens[name];
		if (value === undefined) {
			throw new Error(
				`Unknown token {${name}} in "${text}". Known: ${Object.keys(tokens).join(', ')}`,
			);
		}
		return value;
	});
}
