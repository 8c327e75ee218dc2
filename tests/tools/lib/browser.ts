/**
 * The browser and preview server the tools and the e2e config share: Debian's Chromium (Playwright
 * cannot download its own here), the flags it runs with, and `astro preview` with its output kept,
 * so that when it will not start (Astro refuses a second preview of the same checkout) we say why.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The Chromium binary: CHROMIUM_PATH, or Debian's package. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, headless-friendly Chromium in a container: no sandbox, GPU or background traffic. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const root = fileURLToPath(new URL('../../../', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** A started `astro preview`: the process, and everything it has printed so far. */
export interface Preview {
	child: ChildProcess;
	output: () => string;
}

/** Starts `astro preview` on a port (directly, not through npx, so killing it stops the server). */
export function startPreview(port: number): Preview {
	const child = spawn(process.execPath, [astro, 'preview', '--port', String(port)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	return { child, output: () => output };
}

/**
 * Polls a URL until it answers. With a preview, gives up as soon as the server exits, and either
 * way puts what the server printed into the error, so "it did not start" comes with the reason.
 */
export async function waitFor(url: string, preview?: Preview, ms = 30_000): Promise<void> {
	const until = Date.now() + ms;
	while (Date.now() < until && preview?.child.exitCode == null) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	const why = preview
		? `\nastro preview ${preview.child.exitCode == null ? 'is still starting' : `exited (${preview.child.exitCode})`}; it printed:\n${preview.output().trim() || '(nothing)'}`
		: '';
	const exited = preview?.child.exitCode != null;
	throw new Error(`${url} did not answer${exited ? '' : ` within ${ms / 1000} s`}${why}`);
}
