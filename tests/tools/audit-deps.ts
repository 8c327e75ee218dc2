/**
 * CI gate: `npm audit --omit=dev` finds no high or critical advisory in the packages the site is
 * built from. Where the registry's advisory service cannot be reached (it answers 405 on the
 * machines this project is built on), it says loudly that nothing was checked and does not fail:
 * no reader runs these packages (they run at build time; readers get our own 1 KB script).
 *
 *   npm run test:deps
 */
import { spawnSync } from 'node:child_process';
import { verdict } from './lib/advisories.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
	encoding: 'utf8',
	timeout: 120_000,
});
const { status, message } = verdict(run.stdout ?? '');
if (status === 'vulnerable') {
	console.error(`npm audit: ${message}. Run \`npm audit --omit=dev\` for details.`);
	process.exit(1);
}
console.log(`npm audit: ${status === 'unchecked' ? 'WARNING: ' : ''}${message}.`);
