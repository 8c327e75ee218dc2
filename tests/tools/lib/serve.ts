/**
 * Serves dist/ as a static host that sends the build's precompressed files does (Caddy's
 * `file_server { precompressed br gzip }`, nginx's `brotli_static` and `gzip_static`): `x.br` to a
 * browser that accepts brotli, `x.gz` to one that accepts only gzip, and 404.html with status 404
 * for a path that is not there, or the page a `<prefix>* <page> 404` rule of dist/_redirects names
 * for paths under that prefix (es/404.html under /es/), as hosts that read that file do. `astro preview` compresses each response itself, with gzip only,
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
	const redirects = join(dist, '_redirects');
	const notFoundRules = (existsSync(redirects) ? readFileSync(redirects, 'utf8') : '')
		.split('\n')
		.map((line) => /^(\/\S*)\* (\/\S+) 404$/.exec(line.trim()))
		.filter((m) => m !== null)
		.map(([, prefix, page]) => ({ prefix: prefix!, body: readFileSync(join(dist, page!)) }));
	const files = sirv(dist, {
		brotli: encoding === 'br',
		gzip: true,
		etag: true,
		onNoMatch: (req, res) => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			const url = req.url ?? '/';
			res.end(notFoundRules.find((r) => url.startsWith(r.prefix))?.body ?? notFound);
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
