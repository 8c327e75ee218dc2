/**
 * CI gate: every built page, with all it downloads, stays within its gzip budget
 * (50 KB in all, 10 KB of JavaScript, 15 KB of CSS), and its HTML, as the build's brotli copy,
 * fits in a connection's first round trip with gzip and with brotli (lib/budget.ts). Prints a table;
 * exits 1 on any breach.
 *
 *   npm run build && npm run test:budgets
 */
import { fileURLToPath } from 'node:url';
import {
	FIRST_ROUND_TRIP,
	FIRST_ROUND_TRIP_GZIP,
	LIMITS,
	kb,
	overBudget,
	table,
	weigh,
} from './lib/budget.ts';
import { pages } from './lib/dist.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const weights = pages(dist).map((p) => weigh(dist, p.route, p.file));
console.log(table(weights));
const problems = overBudget(weights);
if (problems.length) {
	console.error(`\n${problems.length} budget problem(s):\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`\nAll ${weights.length} pages within budget (total ${kb(LIMITS.total)}, JS ${kb(LIMITS.js)}, CSS ${kb(LIMITS.css)}, gzip;` +
		` HTML ${FIRST_ROUND_TRIP_GZIP} bytes with gzip and ${FIRST_ROUND_TRIP} with brotli, to arrive in the first round trip).`,
);
