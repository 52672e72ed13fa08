// The command line of `npm run release:dry`, in-process. The dry run itself (copy, changeset
// version, build, pack) is a CI step of its own, `npm run release:dry`; its pure parts are tested in
// src/release-plan.test.ts, src/allow-list.test.ts and src/exports.test.ts.
import { describe, expect, it } from 'vitest';
import { main } from '../src/release-dry.ts';

function releaseDry(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('npm run release:dry, its arguments', () => {
  it('rejects an unknown bump with a clear message, before copying anything', () => {
    const result = releaseDry('--bump', 'huge');
    expect(result).toMatchObject({ status: 1, stdout: '' });
    expect(result.stderr).toMatch(/^release:dry failed: --bump must be one of patch, minor, major\nusage: npm run release:dry/);
  });

  it('rejects an unknown option in one line with the usage, never a stack trace', () => {
    const result = releaseDry('--bogus');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^release:dry failed: .*--bogus.*\nusage: npm run release:dry/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints the usage for --help', () => {
    expect(releaseDry('--help')).toEqual({ status: 0, stdout: 'usage: npm run release:dry -- [--bump patch|minor|major] [--keep]\n', stderr: '' });
  });
});
