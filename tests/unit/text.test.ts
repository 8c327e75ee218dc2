import { describe, expect, it } from 'vitest';
import { textOf, plainId } from '~/lib/text';

describe('textOf', () => {
	it.each([
		['<strong>27</strong> of 29', '27 of 29'],
		[' The results <em>in</em> detail ', 'The results in detail'],
		['Risks &amp; benefits', 'Risks & benefits'],
		['The patient&#39;s cells', "The patient's cells"],
		['&quot;CAR&quot; T cells', '"CAR" T cells'],
		['<span aria-hidden="true">a &lt; b</span>', 'a < b'],
	])('%s -> %s', (html, text) => {
		expect(textOf(html)).toBe(text);
	});
});

describe('plainId', () => {
	it.each([
		['recaídas', 'recaidas'],
		['cuánto-duró', 'cuanto-duro'],
		['pingüino-año', 'pinguino-ano'],
		['relapses', 'relapses'],
	])('%s -> %s', (id, expected) => expect(plainId(id)).toBe(expected));
});
