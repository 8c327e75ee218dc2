/**
 * Prints the Flesch-Kincaid grade of the story as a reader gets it: the built home page's chapter
 * text (headings, paragraphs, lists), without tables, the glossary's and sources' reference lists.
 * Run after `npm run build` (it is part of `npm run test:static`). Exits 1 if the grade of the
 * whole story is above the target, so it guards CI.
 *
 *   npm run readability            # prints the grade per chapter and overall
 */
import { readFileSync } from 'node:fs';
import { chapterTexts, grade } from './lib/readability.ts';

const TARGET = 9;
const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');

const chapters = chapterTexts(html);
if (chapters.length === 0)
	throw new Error('No chapters found in dist/index.html: run `npm run build` first.');
for (const { title, text } of chapters) {
	const r = grade(text);
	console.log(`${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)} words  ${title}`);
}
const overall = grade(chapters.map((c) => c.text).join(' '));
console.log(
	`${overall.grade.toFixed(1).padStart(5)}  ${String(overall.words).padStart(5)} words  WHOLE STORY (target ${TARGET} or lower)`,
);
if (overall.grade > TARGET) {
	console.error(
		`Flesch-Kincaid grade ${overall.grade} is above ${TARGET}: shorten sentences, plainer words.`,
	);
	process.exit(1);
}
