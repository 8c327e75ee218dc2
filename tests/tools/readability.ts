/**
 * Prints the Flesch-Kincaid grade of the story as a reader gets it: each built chapter page's text
 * (headings, paragraphs, lists), without tables, the glossary's and sources' reference lists.
 * Run after `npm run build` (it is part of `npm run test:static`). Exits 1 if the grade of the
 * whole story or any one chapter is above the target, so it guards CI.
 *
 *   npm run readability            # prints the grade per chapter and overall
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chapterTexts, grade } from './lib/readability.ts';
import { pages } from './lib/dist.ts';

const TARGET = 9;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// Every chapter page in dist/, in the order the front page's contents list them.
const order = [
	...readFileSync(`${dist}index.html`, 'utf8').matchAll(/class="toc"[\s\S]*?<\/nav>/g),
].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!));
const byRoute = new Map(pages(dist).map((p) => [p.route, p.file]));
const chapters = order.flatMap((route) => chapterTexts(readFileSync(byRoute.get(route)!, 'utf8')));
if (chapters.length === 0)
	throw new Error('No chapter pages found in dist/: run `npm run build` first.');
const hard: string[] = [];
for (const { title, text } of chapters) {
	const r = grade(text);
	console.log(`${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)} words  ${title}`);
	if (r.grade > TARGET) hard.push(`${title} (${r.grade})`);
}
const overall = grade(chapters.map((c) => c.text).join(' '));
console.log(
	`${overall.grade.toFixed(1).padStart(5)}  ${String(overall.words).padStart(5)} words  WHOLE STORY (target ${TARGET} or lower)`,
);
if (hard.length) {
	console.error(`Above grade ${TARGET}: ${hard.join(', ')}. Shorten sentences, plainer words.`);
	process.exit(1);
}
if (overall.grade > TARGET) {
	console.error(
		`Flesch-Kincaid grade ${overall.grade} is above ${TARGET}: shorten sentences, plainer words.`,
	);
	process.exit(1);
}
