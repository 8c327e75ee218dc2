import { describe, expect, it } from 'vitest';
import { fillTokens } from '~/lib/tokens';
import { derived } from '~/data/derived';
import { of } from '~/lib/format';

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
