import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compatDocument, type Compat } from './compat-shape.ts';

// Reading registry/compat.json. The shape lives in compat-shape.ts, which imports nothing from Node,
// so that type-only users (the fixtures' type check) compile without Node's types.

export const COMPAT_FILE = 'registry/compat.json';

/** compat.json puts each peer's entry and each result on one line: peers -> results -> peer -> vector id. */
export const COMPAT_INLINE_FROM = 3;

export const EMPTY_COMPAT: Compat = { peers: {}, results: {} };

/** Parses compat.json text; throws an error naming the file and each bad path. */
export function parseCompat(text: string, source: string = COMPAT_FILE): Compat {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message}); re-record it with npm run conformance`);
  }
  const parsed = compatDocument.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${source}: ${issues.join('; ')}; re-record it with npm run conformance`);
  }
  for (const peer of Object.keys(parsed.data.results)) {
    if (!parsed.data.peers[peer]) throw new Error(`${source}: results.${peer} has no entry in peers; re-record it with npm run conformance`);
  }
  return parsed.data;
}

/** Reads compat.json if it exists; a registry without one has an empty matrix. */
export function loadCompat(file: string, source: string = COMPAT_FILE): Compat {
  return existsSync(file) ? parseCompat(readFileSync(file, 'utf8'), source) : EMPTY_COMPAT;
}

/** The matrix recorded beside a registry file (its compat.json); `source` is how messages name that registry. */
export function loadCompatBeside(registryFile: string, source: string): Compat {
  const name = basename(COMPAT_FILE);
  return loadCompat(join(dirname(registryFile), name), join(dirname(source), name));
}
