/**
 * After the build, writes a brotli copy (`.br`, quality 11) and a gzip copy (`.gz`, level 9) next
 * to each text file in dist/, for servers that send precompressed files as they are: Caddy's
 * `file_server { precompressed br gzip }`, nginx's `brotli_static on; gzip_static on;`, sirv, and
 * the audit's server. Compressing once, at the highest quality, beats compressing each request at
 * the fast setting servers use on the fly: it is what lets the whole story's HTML arrive in the
 * first round trip of a new connection (see README, "Quality gates").
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing: text. Images and fonts are compressed already. */
export const compressible = new Set([
	'.html',
	'.css',
	'.js',
	'.mjs',
	'.svg',
	'.xml',
	'.txt',
	'.json',
	'.csv',
	'.webmanifest',
]);

/** The brotli copy of a file's bytes, at brotli's highest setting. */
export function brotli(bytes: Buffer): Buffer {
	return brotliCompressSync(bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
		},
	});
}

/** The brotli and gzip copies of a file's bytes, each at its format's highest setting. */
export function precompress(bytes: Buffer): { br: Buffer; gz: Buffer } {
	return { br: brotli(bytes), gz: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }) };
}

/** The Astro integration. List it last: it compresses the pages as the other integrations left them. */
export function precompressed(): AstroIntegration {
	return {
		name: 'precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((f) =>
					compressible.has(extname(f).toLowerCase()),
				);
				for (const file of files) {
					const bytes = await readFile(join(root, file));
					const { br, gz } = precompress(bytes);
					// A file too small to gain is left for the server to send as it is.
					if (br.length < bytes.length) await writeFile(join(root, `${file}.br`), br);
					if (gz.length < bytes.length) await writeFile(join(root, `${file}.gz`), gz);
				}
				logger.info(`brotli and gzip copies written for ${files.length} files`);
			},
		},
	};
}
