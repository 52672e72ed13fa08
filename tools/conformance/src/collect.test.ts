import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, RunnerError } from './collect.ts';
import type { RunnerDefinition } from './runners.ts';

// A fake runner: a small node script whose first argument picks what it prints. It echoes the
// arguments collect() passes it in the peer line, so that the test sees them.
const FAKE_RUNNER = `
const [mode, ...rest] = process.argv.slice(2);
const peer = { type: 'peer', peer: 'fake-server', implementation: rest.join(' '), version: '1.0.0', language: 'Test', role: 'server' };
const result = { type: 'result', peer: 'fake-server', id: 'payload-code-1000', observed: { reply: { frame: 'close', code: 1000 } } };
const api = { type: 'result', peer: 'fake-server', id: 'api-close-1000', observed: { outcome: 'accepted', payloadHex: '03e8' } };
const lines = {
  good: [peer, result, api].map((x) => JSON.stringify(x)).join('\\n\\n') + '\\n',
  'not-json': JSON.stringify(peer) + '\\nplaying vectors...\\n',
  'outside-protocol': JSON.stringify(peer) + '\\n' + JSON.stringify({ ...result, observed: { reply: { frame: 'closed' } } }) + '\\n',
  'extra-member': JSON.stringify({ ...peer, verdict: 'conforms' }) + '\\n',
};
if (mode === 'exit') {
  process.stderr.write('warming up\\ncannot start the peer: port in use\\n');
  process.exit(3);
}
process.stderr.write('progress goes here\\n');
process.stdout.write(lines[mode]);
`;

let dir: string;
let script: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'conformance-collect-'));
  script = join(dir, 'fake-runner.mjs');
  writeFileSync(script, FAKE_RUNNER);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fake = (mode: string): RunnerDefinition => ({ key: 'fake', language: 'Test', command: [process.execPath, script, mode], install: 'apt-get install fake-peer' });

async function failure(runner: RunnerDefinition): Promise<RunnerError> {
  const error = await collect(runner, dir, 'fixtures').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RunnerError);
  return error as RunnerError;
}

describe('collect', () => {
  it('parses the peer and result lines of a runner that follows the protocol, passing --fixtures and --only', async () => {
    const output = await collect(fake('good'), dir, 'some/fixtures', 'code-10');
    expect(output.peers).toEqual([
      { type: 'peer', peer: 'fake-server', implementation: '--fixtures some/fixtures --only code-10', version: '1.0.0', language: 'Test', role: 'server' },
    ]);
    expect(output.results).toEqual([
      { peer: 'fake-server', id: 'payload-code-1000', observed: { reply: { frame: 'close', code: 1000 } } },
      { peer: 'fake-server', id: 'api-close-1000', observed: { outcome: 'accepted', payloadHex: '03e8' } },
    ]);
    expect(output.seconds).toBeGreaterThan(0);
  });

  it('refuses a line that is not JSON, naming the runner, the line and the protocol', async () => {
    const error = await failure(fake('not-json'));
    expect(error.message).toMatch(/^the fake runner printed a line that is not JSON \(stdout line 2\): playing vectors\.\.\./);
    expect(error.message).toMatch(/PROTOCOL\.md/);
    expect(error.message).toMatch(/stderr/);
  });

  it('refuses a line outside the protocol, naming the runner and the bad member', async () => {
    const error = await failure(fake('outside-protocol'));
    expect(error.message).toMatch(/^the fake runner printed a line outside PROTOCOL\.md \(stdout line 2: observed: /);
    expect(error.message).toMatch(/"frame":"closed"/);
    expect(error.message).toMatch(/fix the runner/);
    expect((await failure(fake('extra-member'))).message).toMatch(/stdout line 1: .*Unrecognized key: "verdict"/);
  });

  it('reports a non-zero exit with the exit code, the end of stderr and what to do', async () => {
    const error = await failure(fake('exit'));
    expect(error.message).toMatch(/^the fake runner failed \(exit 3\)/);
    expect(error.message).toContain('install what it needs (apt-get install fake-peer)');
    expect(error.message).toContain('npm run conformance -- --runner fake');
    expect(error.message).toContain('cannot start the peer: port in use');
  });

  it('reports a missing command as not installed, with what to install', async () => {
    const missing: RunnerDefinition = { key: 'fake', language: 'Test', command: ['wscodes-no-such-command'], install: 'apt-get install fake-peer' };
    const error = await failure(missing);
    expect(error.message).toMatch(/^the fake runner failed \(wscodes-no-such-command is not installed\)/);
    expect(error.message).toContain('apt-get install fake-peer');
  });
});
