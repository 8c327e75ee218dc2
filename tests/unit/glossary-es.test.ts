import { describe, expect, it } from 'vitest';
import { glossary } from '~/data/glossary';
import { glossaryEs } from '~/data/glossary-es';
import { fernandezHuerta } from '../tools/lib/readability-es.ts';

const keys = Object.keys(glossary) as (keyof typeof glossary)[];
/** Sentences as the readability gates count them: ended by . ! ? or … before a space or the end. */
const sentences = (s: string) => s.split(/(?<=[.!?…])\s+/).filter((x) => x.trim());

describe('the Spanish glossary', () => {
	it('has exactly the keys of the English glossary', () => {
		expect(Object.keys(glossaryEs).sort()).toEqual([...keys].sort());
	});

	describe.each(keys)('%s', (key) => {
		const entry = glossaryEs[key];
		it('has a term and a definition that are not empty', () => {
			expect(entry.term.trim()).not.toBe('');
			expect(entry.definition.trim()).not.toBe('');
			if (entry.also !== undefined) expect(entry.also.trim()).not.toBe('');
		});
		it('defines in one or two sentences, each ending in a full stop', () => {
			const s = sentences(entry.definition);
			expect(s.length).toBeGreaterThanOrEqual(1);
			expect(s.length).toBeLessThanOrEqual(2);
			expect(entry.definition).toMatch(/\.$/);
		});
		it('starts with a capital, as a definition in the Diccionario does', () => {
			expect(entry.term.charAt(0)).toBe(entry.term.charAt(0).toUpperCase());
			expect(entry.definition.charAt(0)).toBe(entry.definition.charAt(0).toUpperCase());
		});
	});

	it('is in Spanish, not a copy of the English text', () => {
		const copied = keys.filter((k) => glossaryEs[k].definition === glossary[k].definition);
		expect(copied).toEqual([]);
	});

	it('is as plain as the chapters: Fernández-Huerta 70 or higher over all definitions', () => {
		const all = keys.map((k) => glossaryEs[k].definition).join(' ');
		expect(fernandezHuerta(all).score).toBeGreaterThanOrEqual(70);
	});
});
