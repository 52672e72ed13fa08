import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { maxBytesFor } from './limits.ts';

/**
 * Reads a registry file as UTF-8, never more than one byte past the size limit: a huge file costs
 * no more memory than the limit, and the engine (check-document.ts) refuses it at the place it
 * crosses the limit. Throws the fs error (ENOENT, EISDIR) for a file that cannot be read.
 */
export function readRegistryFile(file: string, maxBytes: number = maxBytesFor(basename(file))): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}
