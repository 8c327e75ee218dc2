/**
 * Prints the Flesch-Kincaid grade of the story as a reader gets it: the built home page's chapter
 * text (headings, paragraphs, lists), without tables, the glossary's and sources' reference lists.
 * Run after `npm run build`. Exits 1 if the grade is above the target, so it can guard CI.
 *
 *   npm run readability            # prints the grade per chapter and overall
 */
import { readFileSync } from 'node:fs';

const TARGET = 9;
const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');

/** Crude syllable count, the usual heuristic: vowel groups, minus a silent final e. */
export function syllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length <= 3) return 1;
	const groups = w
		.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
		.replace(/^y/, '')
		.match(/[aeiouy]{1,2}/g);
	return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Kincaid grade level of a text. */
export function grade(text: string): { grade: number; words: number; sentences: number } {
	const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
	const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
	const syl = words.reduce((n, w) => n + syllables(w), 0);
	const g = 0.39 * (words.length / sentences) + 11.8 * (syl / Math.max(1, words.length)) - 15.59;
	return { grade: Math.round(g * 10) / 10, words: words.length, sentences };
}

function textOf(fragment: string): string {
	return fragment
		.replace(/<(table|dl|ol class="sources"|svg|figure|nav)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<span class="src">[\s\S]*?<\/span>/g, ' ')
		.replace(/<\/(p|li|h2|h3|dd|dt)>/g, '. ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z#0-9]+;/g, ' ')
		.replace(/\.\s*\./g, '.')
		.replace(/\s+/g, ' ');
}

const chapters = [...html.matchAll(/<section[^>]*class="chapter"[^>]*>([\s\S]*?)<\/section>/g)].map(
	(m) => m[1]!,
);
if (chapters.length === 0)
	throw new Error('No chapters found in dist/index.html: run `npm run build` first.');
let all = '';
for (const c of chapters) {
	const title = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(c)?.[1]?.replace(/<[^>]+>/g, '') ?? '?';
	const text = textOf(c);
	all += ' ' + text;
	const r = grade(text);
	console.log(`${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)} words  ${title}`);
}
const overall = grade(all);
console.log(
	`${overall.grade.toFixed(1).padStart(5)}  ${String(overall.words).padStart(5)} words  WHOLE STORY (target ${TARGET} or lower)`,
);
if (overall.grade > TARGET) {
	console.error(
		`Flesch-Kincaid grade ${overall.grade} is above ${TARGET}: shorten sentences, plainer words.`,
	);
	process.exit(1);
}
