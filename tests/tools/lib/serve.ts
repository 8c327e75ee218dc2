/**
 * Serves dist/ as a static host that sends the build's precompressed files does (Caddy's
 * `file_server { precompressed br gzip }`, nginx's `brotli_static` and `gzip_static`): `x.br` to a
 * browser that accepts brotli, `x.gz` to one that accepts only gzip, and 404.html with status 404
 * for a path that is not there (es/404.html for a missing path under /es/, as dist/_redirects asks). `astro preview` compresses each response itself, with gzip only,
 * so it cannot stand in for such a host. Like `astro preview`, it does not send the security
 * headers of dist/_headers (the pages carry the same policy in a <meta>); README, "Quality gates",
 * says what they add.
 *
 * With `encoding: 'gzip'` it serves as a gzip-only host does (GitHub Pages, for one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** Starts the server on a port; resolves once it listens. */
export async function serveDist(
	dist: string,
	port: number,
	encoding: 'br' | 'gzip' = 'br',
): Promise<Server> {
	const notFound = readFileSync(join(dist, '404.html'));
	const notFoundEs = existsSync(join(dist, 'es/404.html'))
		? readFileSync(join(dist, 'es/404.html'))
		: notFound;
	const files = sirv(dist, {
		brotli: encoding === 'br',
		gzip: true,
		etag: true,
		onNoMatch: (req, res) => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(/^\/es(\/|$)/.test(req.url ?? '') ? notFoundEs : notFound);
		},
	});
	const server = createServer((req, res) => files(req, res));
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(
				error.code === 'EADDRINUSE'
					? new Error(`Port ${port} is in use: stop what runs there, or set PORT to another`)
					: error,
			),
		);
		server.listen(port, resolve);
	});
	return server;
}
