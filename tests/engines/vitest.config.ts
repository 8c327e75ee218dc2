/**
 * The Firefox and WebKit passes (and Chromium's print), one Vitest project per engine, so one
 * engine runs alone with `npm run test:engines -- --project=webkit`. Files run one after another:
 * two browsers at once are too much for a 2-core CI machine.
 */
import { defineConfig } from 'vitest/config';

const root = new URL('../..', import.meta.url).pathname;
const engine = (name: string) => ({
	extends: true,
	test: { name, root, include: [`tests/engines/${name}.test.ts`] },
});

export default defineConfig({
	test: {
		root,
		globalSetup: ['tests/engines/setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 90_000,
		projects: [engine('chromium'), engine('firefox'), engine('webkit')],
	},
});
