// temp helper, not committed
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const rows = [['*', 'export * from "@wscodes/core";'], ['decodeClosePayload', 'export { decodeClosePayload } from "@wscodes/core";'], ['encodeClosePayload', 'export { encodeClosePayload } from "@wscodes/core";'], ['truncateCloseReason', 'export { truncateCloseReason } from "@wscodes/core";'], ['describeCloseCode', 'export { describeCloseCode } from "@wscodes/core";']];
for (const [id, src] of rows) {
  const r = await build({ absWorkingDir: process.cwd(), stdin: { contents: src, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const t = r.outputFiles[0].text;
  console.log(id.padEnd(22), gzipSync(t, { level: 9 }).length, Buffer.byteLength(t));
  if (process.argv[2] === id) console.log(t);
}
