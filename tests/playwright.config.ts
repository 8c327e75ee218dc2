import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath as executablePath } from './tools/lib/browser.ts';

/**
 * End-to-end tests run against the built site (`dist/`, served by `astro preview`) in Debian's
 * Chromium: Playwright cannot download its own browser on these machines. Set CHROMIUM_PATH to
 * use another Chromium build, and PORT to run two checkouts side by side.
 */
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: chromiumArgs,
				},
			},
		},
	],
	webServer: {
		command: `npx astro preview --port ${port}`,
		cwd: '..',
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
