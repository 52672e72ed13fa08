import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { apiCloseCallVector } from '../vectors-model/shapes.ts';
import { buildFixtures } from './generate-vectors.ts';
import { WPT_CLOSE_FILES } from './wpt-cases.ts';

const { apiCloseCalls } = buildFixtures(fixtureRegistry());

describe('the WPT cross-reference of the close() call vectors', () => {
  it('names only vectors that exist, and files under websockets/ once each', () => {
    const ids = new Set(apiCloseCalls.map((v) => v.id));
    for (const file of WPT_CLOSE_FILES) for (const id of file.vectors) expect(ids, `${file.path} names ${id}`).toContain(id);
    const paths = WPT_CLOSE_FILES.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^websockets\/\S+\.(?:any\.js|html?)$/);
  });

  it('gives each vector the files that make its call, and no wpt member to the others', () => {
    for (const v of apiCloseCalls) {
      const files = WPT_CLOSE_FILES.filter((f) => f.vectors.includes(v.id)).map((f) => f.path);
      if (files.length === 0) expect(v, v.id).not.toHaveProperty('wpt');
      else expect(v.wpt, v.id).toEqual(files);
    }
    expect(apiCloseCalls.some((v) => v.wpt)).toBe(true);
  });

  it('takes a list of paths in the shape, and refuses an empty list or a path outside websockets/', () => {
    const vector = apiCloseCalls.find((v) => v.wpt)!;
    expect(apiCloseCallVector.safeParse(vector).success).toBe(true);
    expect(apiCloseCallVector.safeParse({ ...vector, wpt: [] }).success).toBe(false);
    expect(apiCloseCallVector.safeParse({ ...vector, wpt: ['Close-1000.any.js'] }).success).toBe(false);
    const { wpt: _, ...without } = vector;
    expect(apiCloseCallVector.safeParse(without).success).toBe(true);
  });
});
