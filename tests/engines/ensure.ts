/**
 * Makes sure the other engines and their tools are installed before `npm run test:engines`, as
 * ensure-chromium.ts does for Chromium: Debian's packages, installed with apt-get when missing and
 * we are root, otherwise a clear message. Nothing is downloaded from anywhere else.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What each package provides, checked by a file it installs. */
const needs: [pkg: string, file: string][] = [
	['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
	['webkit2gtk-driver', '/usr/bin/WebKitWebDriver'],
	['xvfb', '/usr/bin/xvfb-run'],
	['xauth', '/usr/bin/xauth'],
	['xclip', '/usr/bin/xclip'],
	['python3-gi', '/usr/lib/python3/dist-packages/gi/__init__.py'],
	['gir1.2-webkit2-4.1', '/usr/lib/x86_64-linux-gnu/girepository-1.0/WebKit2-4.1.typelib'],
	['gir1.2-gtk-3.0', '/usr/lib/x86_64-linux-gnu/girepository-1.0/Gtk-3.0.typelib'],
];

const missing = needs.filter(([, file]) => !existsSync(file)).map(([pkg]) => pkg);
if (missing.length) {
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) {
		console.error(
			`The Firefox and WebKit tests need Debian's ${missing.join(', ')}: ` +
				`sudo apt-get install ${missing.join(' ')}`,
		);
		process.exit(1);
	}
	console.log(`Installing ${missing.join(', ')} for the Firefox and WebKit tests…`);
	execSync(
		`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
		{ stdio: 'inherit' },
	);
}
