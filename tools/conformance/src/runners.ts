// The runners `npm run conformance` starts, and what each needs on the machine. Each speaks
// PROTOCOL.md; the Debian packages are installed by .ci/run (see the README's "Conformance" section).

export interface RunnerDefinition {
  /** The runner's key, as in compat.json's `runner` and in `--runner`. */
  readonly key: string;
  readonly language: string;
  /** The command, without `--fixtures DIR`; paths are relative to the repository root. */
  readonly command: readonly string[];
  /** What to install when the command is missing. */
  readonly install: string;
}

const tsx = (script: string): string[] => [process.execPath, '--import', 'tsx', script];

export const RUNNERS: readonly RunnerDefinition[] = [
  { key: 'js', language: 'JavaScript', command: tsx('tools/conformance/runners/js/run.ts'), install: 'npm ci' },
  {
    key: 'python',
    language: 'Python',
    // Debian's interpreter: a python3 earlier on PATH may lack Debian's modules.
    command: ['/usr/bin/python3', 'tools/conformance/runners/python/runner.py'],
    install: 'apt-get install python3-websockets python3-aiohttp python3-tornado',
  },
  {
    key: 'go',
    language: 'Go',
    command: ['bash', 'tools/conformance/runners/go/run.sh'],
    install: 'apt-get install golang-go golang-github-gorilla-websocket-dev golang-nhooyr-websocket-dev',
  },
  {
    key: 'c',
    language: 'C',
    // The application side is C (runners/native/), compiled at run time; the Python runner plays the raw side.
    command: ['/usr/bin/python3', 'tools/conformance/runners/python/runner.py', '--libraries', 'libwebsockets'],
    install: 'apt-get install gcc libwebsockets-dev python3-websockets python3-aiohttp python3-tornado',
  },
  {
    key: 'cpp',
    language: 'C++',
    // The application side is C++ (runners/native/), compiled at run time; the Python runner plays the raw side.
    command: ['/usr/bin/python3', 'tools/conformance/runners/python/runner.py', '--libraries', 'websocketpp'],
    install: 'apt-get install g++ libwebsocketpp-dev libboost-dev python3-websockets python3-aiohttp python3-tornado',
  },
  { key: 'ruby', language: 'Ruby', command: ['ruby', 'tools/conformance/runners/ruby/runner.rb'], install: 'apt-get install ruby ruby-websocket-driver' },
  {
    // Bun, Deno and workerd: ~350 MB of binaries, so a package of the runner's own, not the root npm ci.
    key: 'runtimes',
    language: 'JavaScript',
    command: tsx('tools/conformance/runners/runtimes/run.ts'),
    install: 'npm ci --ignore-scripts --prefix tools/conformance/runners/runtimes',
  },
  {
    key: 'browser',
    language: 'JavaScript',
    command: [...tsx('tools/conformance/runners/browser/run.ts'), '--browser', 'all'],
    install: 'apt-get install chromium firefox-esr webkit2gtk-driver xvfb',
  },
];
