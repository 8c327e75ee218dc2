import { describe, expect, it } from 'vitest';
import { fillTokens } from '~/lib/tokens';
import { derived } from '~/data/derived';
import { num, of } from '~/lib/format';
import { trial } from '~/data/trial';

describe('fillTokens', () => {
	it('puts figures from the data module into a summary', () => {
		expect(fillTokens('{remission} adults')).toBe(`${of(derived.remission)} adults`);
	});
	it('leaves text without tokens alone', () => {
		expect(fillTokens('No figures here.')).toBe('No figures here.');
	});
	it('names an unknown token', () => {
		expect(() => fillTokens('{remision} adults')).toThrow(/Unknown token \{remision\}/);
	});
});

describe('the tokens chapter summaries use', () => {
	it.each([
		['{evaluable}', num(trial.evaluable.count)],
		['{inRemission}', num(trial.inRemission.count)],
		['{noRemission}', num(derived.noRemission.n)],
		['{reEnrolled}', num(trial.reEnrolled.count)],
	])('%s is %s', (token, value) => expect(fillTokens(token)).toBe(value));
});
