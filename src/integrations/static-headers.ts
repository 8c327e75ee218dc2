/**
 * After the build: narrows the CSP that Astro put in each built page to that page's own inline
 * scripts and styles, then writes `dist/_headers` from those policies, so the header carries the
 * same hashes as the pages. Fails the build if a page has no policy, or runs something it forbids.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
	headerOnlyDirectives,
	headersFile,
	mergePolicies,
	metaPolicy,
	narrowPolicy,
	withMetaPolicy,
} from './csp';

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
					const html = await readFile(join(root, file), 'utf8');
					const policy = metaPolicy(html);
					if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>`);
					const narrowed = narrowPolicy(policy, html, file);
					await writeFile(join(root, file), withMetaPolicy(html, narrowed));
					policies.push(narrowed);
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
