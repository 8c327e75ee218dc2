/**
 * CI gate: no word in the built pages is glued to a link or a bold phrase (see lib/spacing.ts).
 * Exits 1 listing each place, with the words around it.
 *
 *   npm run build && npm run test:text
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pages } from './lib/dist.ts';
import { gluedText } from './lib/spacing.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const all = pages(dist);
const problems = all.flatMap(({ file, route }) =>
	gluedText(readFileSync(file, 'utf8')).map((where) => `${route}: …${where}…`),
);
if (problems.length) {
	console.error(`${problems.length} word(s) glued to a tag:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Text: no word is glued to a link or bold phrase in ${all.length} pages.`);
