// A static server for site/dist/ on loopback, as GitHub Pages serves it: /codes/1006/ is
// codes/1006/index.html, and a missing file is 404.html with status 404. For site:preview and the browser test.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const fileAt = (root: string, pathname: string): string | undefined => {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isFile()) return path;
  if (stat?.isDirectory() && pathname.endsWith('/')) return fileAt(root, `${pathname}index.html`);
  return undefined;
};

/** Serves `root` under `base` on 127.0.0.1 (port 0: any free one); resolves with the server and its origin. */
export function serveSite(root: string, base = '/', port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const inside = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
    const file = inside === undefined ? undefined : fileAt(root, inside);
    const sent = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(sent)] ?? 'application/octet-stream' });
    createReadStream(sent).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}
