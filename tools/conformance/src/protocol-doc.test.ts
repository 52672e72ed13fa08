import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_ANSWER_LIMIT_SECONDS } from '@wscodes-tools/generators/vectors-model';

// The fixtures README tells consumers how long "left open" is from the vector model; the runners
// wait as PROTOCOL.md says. One number, so the two must agree.
describe('PROTOCOL.md', () => {
  it("states the vector model's no-answer limit as the runners' wait", () => {
    const protocol = readFileSync(new URL('../PROTOCOL.md', import.meta.url), 'utf8');
    const limits = protocol.slice(protocol.indexOf('## Limits'));
    expect(limits, 'change NO_ANSWER_LIMIT_SECONDS in tools/generators/src/vectors-model/judging.ts with the wait').toContain(
      `Every wait has a ${NO_ANSWER_LIMIT_SECONDS}-second limit`,
    );
  });
});
