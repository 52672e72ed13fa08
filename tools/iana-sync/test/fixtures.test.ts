import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedIanaAvailable } from './fixtures.ts';

describe('sharedIanaAvailable', () => {
  const saved = process.env.WSCODES_REQUIRE_ALL;
  afterEach(() => {
    if (saved === undefined) delete process.env.WSCODES_REQUIRE_ALL;
    else process.env.WSCODES_REQUIRE_ALL = saved;
    vi.restoreAllMocks();
  });

  it('skips loudly when the files are missing', () => {
    delete process.env.WSCODES_REQUIRE_ALL;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(sharedIanaAvailable('/nonexistent/iana/')).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the real-update tests of tools/iana-sync are SKIPPED'));
  });

  it('fails instead when WSCODES_REQUIRE_ALL=1', () => {
    process.env.WSCODES_REQUIRE_ALL = '1';
    expect(() => sharedIanaAvailable('/nonexistent/iana/')).toThrow('WSCODES_REQUIRE_ALL=1 forbids skipping');
  });
});
