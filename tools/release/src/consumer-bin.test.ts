import { describe, expect, it } from 'vitest';
import { binCommands } from './consumer.ts';

describe('binCommands', () => {
  it('reads a bin map, and names a string bin after the package without its scope', () => {
    expect(binCommands({ name: 'wscodes', version: '1.0.0', bin: { wscodes: 'dist/wscodes.js' } })).toEqual(['wscodes']);
    expect(binCommands({ name: '@scope/tool', version: '1.0.0', bin: 'dist/tool.js' })).toEqual(['tool']);
    expect(binCommands({ name: '@wscodes/core', version: '1.0.0' })).toEqual([]);
  });
});
