/**
 * Frontmatter is plain text, so it cannot run code. A chapter summary writes a figure as a token,
 * e.g. "{remission} adults", and fillTokens() puts the number in from the data module.
 */
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { num, of, pct } from './format';

const tokens: Record<string, string> = {
	remission: of(derived.remission),
	remissionPct: pct(derived.remission),
	remissionOfTreated: of(derived.remissionOfTreated),
	remissionOfTreatedPct: pct(derived.remissionOfTreated),
	evaluable: num(trial.evaluable.count),
	treated: num(trial.treated.count),
	inRemission: num(trial.inRemission.count),
	noRemission: num(derived.noRemission.n),
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
