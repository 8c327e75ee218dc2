/**
 * Writes `dist/_headers` after the build, from the CSP that Astro put in each built page, so the
 * header policy always carries the same hashes as the pages. Fails the build if a page has none.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headerOnlyDirectives, headersFile, mergePolicies, metaPolicy } from './csp';

/** The Astro integration that writes `_headers` into the build output. */
export function staticHeaders(): AstroIntegration {
	return {
		name: 'static-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				const policies: string[] = [];
				for (const file of files) {
					const policy = metaPolicy(await readFile(join(root, file), 'utf8'));
					if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>`);
					policies.push(policy);
				}
				await writeFile(
					join(root, '_headers'),
					headersFile(mergePolicies(policies, headerOnlyDirectives)),
				);
				logger.info(`_headers written from ${files.length} pages`);
			},
		},
	};
}
