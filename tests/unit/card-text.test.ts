import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardFigure, cardFigureEs, chapterCard } from '~/lib/card-text';

/** Every chapter's section id in one edition, from its frontmatter; none if the folder is missing. */
function sectionsOf(locale: string): string[] {
	const dir = new URL(`../../content/story/${locale}/`, import.meta.url);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => readFileSync(new URL(f, dir), 'utf8').match(/^section:\s*(\S+)$/m)![1]!);
}
const sections = sectionsOf('en');
/** Spanish chapters use the English sections; a Spanish chapter with a section of its own would show here. */
const all = [...new Set([...sections, ...sectionsOf('es')])];

describe('Spanish preview cards', () => {
	it.each(all)('%s has a Spanish card, with a figure and words of its own', (section) => {
		const es = chapterCard(section, 'es');
		const en = chapterCard(section);
		expect(es.figure.trim()).not.toBe('');
		expect(es.figureLabel.trim()).not.toBe('');
		expect(es.figureLabel).not.toBe(en.figureLabel);
	});

	it('give every chapter a figure of its own', () => {
		const figures = all.map((s) => chapterCard(s, 'es').figure);
		expect(new Set(figures).size).toBe(all.length);
	});

	it('show the same figures as the English cards, formatted the Spanish way', () => {
		// The digits on each card are the same in both languages (dates and small numbers aside,
		// which are words); "of" becomes "de", a percentage gets its space.
		for (const s of all) {
			const en = chapterCard(s);
			const es = chapterCard(s, 'es');
			if (/^\d+ of \d+$/.test(en.figure)) expect(es.figure).toBe(en.figure.replace(' of ', ' de '));
			const percents = (text: string) => [...text.matchAll(/(\d+)\s?%/g)].map((m) => m[1]);
			expect(percents(es.figureLabel)).toEqual(percents(en.figureLabel));
			expect(es.figureLabel).not.toMatch(/\d%/); // Spanish writes "93 %"
		}
		expect(cardFigureEs.figure).toBe(cardFigure.figure.replace(' of ', ' de '));
		expect(chapterCard('main-result', 'es')).toBe(cardFigureEs);
	});

	it('leave the English cards as they were', () => {
		for (const s of sections) expect(chapterCard(s, 'en')).toBe(chapterCard(s));
		expect(chapterCard('main-result')).toBe(cardFigure);
		expect(cardFigure.figure).toMatch(/^\d+ of \d+$/);
	});

	it('are short enough for the card: no label longer than the longest English one by more than a third', () => {
		const longest = Math.max(...sections.map((s) => chapterCard(s).figureLabel.length));
		for (const s of all)
			expect(chapterCard(s, 'es').figureLabel.length, s).toBeLessThanOrEqual(longest * 1.34);
	});

	it('name the chapter that has no Spanish card', () => {
		expect(() => chapterCard('no-such-chapter', 'es')).toThrow(
			/No es card figure for chapter "no-such-chapter".*card-text\.ts/,
		);
		expect(() => chapterCard('no-such-chapter')).toThrow(
			/^No card figure for chapter "no-such-chapter": add one in src\/lib\/card-text\.ts$/,
		);
	});
});
