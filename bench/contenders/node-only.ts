// The validate-first path, Node only: buffer.isUtf8 (native, SIMD), then toString only when the
// reason is valid. It builds no Error on failure and returns a result: it is the least a Node
// receiver can do, and the baseline of the invalid-reason target (issue 24). Browsers have no
// native validator; core's portable path is measured by the same cases against a fatal TextDecoder.
import { isUtf8 } from 'node:buffer';
import { wsStatusCode } from './ws.ts';

const isValidStatusCode = wsStatusCode.check;

export function isUtf8Receipt(payload: Buffer): number {
  const length = payload.length;
  if (length === 0) return 1005 * 256;
  if (length === 1 || length > 125) return -1002;
  const code = payload.readUInt16BE(0);
  if (!isValidStatusCode(code)) return -1002;
  if (!isUtf8(new Uint8Array(payload.buffer, payload.byteOffset + 2, length - 2))) return -1007;
  const reason = payload.toString('utf8', 2, length);
  const n = reason.length;
  return (code * 256 + n) ^ (n === 0 ? 0 : reason.charCodeAt(n - 1));
}
