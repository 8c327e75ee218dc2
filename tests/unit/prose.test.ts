import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The chapters of one edition (`content/story/<locale>/`), as `<locale>/<file>`; none if the folder is missing. */
function chaptersOf(locale: string): string[] {
	const dir = new URL(`../../content/story/${locale}/`, import.meta.url);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => `${locale}/${f}`);
}
const english = chaptersOf('en');
/** The Spanish edition is checked as soon as it has a chapter. */
const spanish = chaptersOf('es');
const files = [...english, ...spanish];
const story = new URL('../../content/story/', import.meta.url);

/**
 * The prose a reader sees, with everything that is not hand-typed text removed: frontmatter
 * `order`, import lines, JS expressions in braces, and tag attributes. What is left must hold
 * no digit, apart from years (four digits, 19xx or 20xx) and marker names like CD19: numbers come
 * from the data module. Frontmatter summaries write figures as {tokens} (see src/lib/tokens.ts).
 */
export function handTypedText(source: string): string {
	let s = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/^order:.*$/m, ''));
	s = s.replace(/^import .*$/gm, '');
	// Remove {...} expressions, nested braces included.
	let out = '';
	let depth = 0;
	for (const ch of s) {
		if (ch === '{') depth++;
		else if (ch === '}') depth = Math.max(0, depth - 1);
		else if (depth === 0) out += ch;
	}
	// Tag names and attributes are markup, not prose.
	return out.replace(/<[^>]*>/g, ' ');
}

export function strayDigits(text: string): string[] {
	// Years and marker names (CD19, CD4+, CD8+) are words here, not figures.
	const withoutYears = text.replace(/\b(19|20)\d{2}\b/g, '').replace(/\bCD\d+\+?/g, '');
	return withoutYears.match(/[^\n]*\d[^\n]*/g) ?? [];
}

describe('numbers in the story', () => {
	it('finds the chapters', () => expect(english.length).toBeGreaterThanOrEqual(8));

	it('checks every Spanish chapter there is, and no Spanish chapter the English edition lacks', () => {
		const en = new Set(english.map((f) => f.slice('en/'.length)));
		expect(spanish.filter((f) => !en.has(f.slice('es/'.length)))).toEqual([]);
	});

	it.each(files)('%s has no hand-typed digit in its prose', (file) => {
		const text = handTypedText(readFileSync(new URL(file, story), 'utf8'));
		expect(strayDigits(text)).toEqual([]);
	});

	it('catches a typed number, and spares years and expressions', () => {
		expect(strayDigits(handTypedText('In 2016, 27 of 29 had {of(d.remission)}.'))).toHaveLength(1);
		expect(strayDigits(handTypedText('In 2016 the paper gave {pct(d.remission)}.'))).toEqual([]);
		expect(strayDigits(handTypedText('<KeyFigure id="fig-2">words</KeyFigure>'))).toEqual([]);
		expect(
			strayDigits(handTypedText('---\nsummary: {remission} adults\norder: 3\n---\nCD19 and CD4+.')),
		).toEqual([]);
		expect(strayDigits(handTypedText('---\nsummary: 27 adults\n---\n'))).toHaveLength(1);
		// Spanish: the same rules, with Spanish words and typography around the expressions.
		expect(strayDigits(handTypedText('En 2016, {of(d.remission)} adultos: el 93 %.'))).toHaveLength(
			1,
		);
		expect(strayDigits(handTypedText('Entre 7,6 meses y más.'))).toHaveLength(1);
		expect(strayDigits(handTypedText('En 2016, el {pct(d.remission)} (CD19).'))).toEqual([]);
	});
});
