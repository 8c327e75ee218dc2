/**
 * CI gate: every same-site link and asset in the built pages resolves (file and #fragment), and
 * links to other sites carry rel="noopener noreferrer". Exits 1 listing each problem.
 *
 *   npm run build && npm run test:links
 */
import { fileURLToPath } from 'node:url';
import { pages } from './lib/dist.ts';
import { checkLinks } from './lib/links.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const problems = checkLinks(dist);
if (problems.length) {
	console.error(`${problems.length} link problem(s):\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Links: every internal link and #fragment in ${pages(dist).length} pages resolves.`);
