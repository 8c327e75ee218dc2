/**
 * WebKit (WebKitGTK, the engine of Safari and of GNOME's browser) two ways, each for what it can do:
 * - WebKitWebDriver driving MiniBrowser (selenium-webdriver): clicks a reader makes, so Copy link
 *   runs with a real user gesture and writes to the X clipboard, which xclip reads back;
 * - WebKitGTK itself from Python (webkit.py): the console as each page loads (WebDriver has no log
 *   command here, and WebKitWebDriver 2.50 has no BiDi), a viewport exactly 320 px wide (the
 *   MiniBrowser window stops at its toolbar's width, about 450 px) and printing to PDF (no W3C print
 *   command either).
 * Both need an X display: `npm run test:engines` runs under xvfb-run.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { port } from './site.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../webkit.py', import.meta.url));
/** Debian's Python, which has the gi bindings (a pyenv or venv python on PATH may not). */
const python = process.env.WEBKIT_PYTHON ?? '/usr/bin/python3';
const miniBrowser =
	process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Fails early, and clearly, without the X display that WebKitGTK needs. */
export function needDisplay() {
	if (!process.env.DISPLAY)
		throw new Error(
			'WebKitGTK needs an X display: run the engines through `npm run test:engines` (xvfb-run).',
		);
}

/** One line of webkit.py's output: a page's result, or the error that stopped it. */
type Line = Record<string, unknown> & { error?: string };

/** Runs webkit.py and returns its result lines; throws with its error if it reports one. */
export async function webkitPy(args: string[]): Promise<Line[]> {
	needDisplay();
	const { stdout } = await run(python, [script, ...args], {
		env: { ...process.env, NO_AT_BRIDGE: '1' },
		maxBuffer: 16 * 1024 * 1024,
		timeout: 240_000,
	}).catch((e: { stdout?: string; message: string }) => {
		const lines = (e.stdout ?? '').split('\n').filter((l) => l.startsWith('{'));
		throw new Error(lines.map((l) => JSON.parse(l).error).find(Boolean) ?? e.message);
	});
	return stdout
		.split('\n')
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as Line);
}

/** A WebKitWebDriver and a MiniBrowser session on it. */
export interface Driven {
	driver: WebDriver;
	stop(): Promise<void>;
}

export async function startWebDriver(): Promise<Driven> {
	needDisplay();
	const driverPort = port + 1;
	const child: ChildProcess = spawn('WebKitWebDriver', [`--port=${driverPort}`], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, NO_AT_BRIDGE: '1' },
	});
	let output = '';
	child.stderr!.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${driverPort}`;
	for (let i = 0; ; i++) {
		if (child.exitCode !== null)
			throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${output.trim()}`);
		try {
			if ((await fetch(`${url}/status`)).ok) break;
		} catch {
			if (i > 100) throw new Error(`WebKitWebDriver did not answer on ${url}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	const driver = await new Builder()
		.usingServer(url)
		.withCapabilities({
			browserName: 'MiniBrowser',
			'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
		})
		.build();
	return {
		driver,
		async stop() {
			await driver.quit().catch(() => {});
			child.kill();
		},
	};
}

/** The X clipboard's text, read while the browser that owns it is still running. */
export async function xClipboard(): Promise<string> {
	const { stdout } = await run('xclip', ['-o', '-selection', 'clipboard'], { timeout: 5000 });
	return stdout;
}
