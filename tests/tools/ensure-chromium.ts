/**
 * Makes sure a Chromium exists for the browser tests, so `npm test` works on a fresh machine.
 * Playwright cannot download its own browser here, so we use Debian's package: if it is missing
 * and we may run apt-get (root), install it; otherwise say clearly what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath as path } from './lib/browser.ts';
if (!existsSync(path)) {
	if (process.env.CHROMIUM_PATH) {
		console.error(`CHROMIUM_PATH is set to ${path}, but there is no file there.`);
		process.exit(1);
	}
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (!isRoot || !hasApt) {
		console.error(
			'The browser tests need Chromium at /usr/bin/chromium. Install it (Debian/Ubuntu: ' +
				'`sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
		process.exit(1);
	}
	console.log('Installing Debian’s chromium for the browser tests…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit',
	});
}
