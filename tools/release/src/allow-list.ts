// What each public tarball may contain. A file must match its package's allow-list and must not
// match the deny-list; the deny-list wins, so a broad pattern such as `**/*.json` cannot let a
// tsconfig.json through. A package without an allow-list may ship only the files every package has.

export interface FileRule {
  readonly pattern: RegExp;
  /** Shown to whoever has to fix a violation. */
  readonly why: string;
}

/** Files every package ships (npm adds package.json, README and LICENSE on its own). */
export const COMMON_FILES: readonly RegExp[] = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/];

/** Files every tarball must contain. CHANGELOG.md is required only once it exists (first release). */
export const REQUIRED_FILES: readonly string[] = ['package.json', 'README.md', 'LICENSE'];

/** Built JavaScript and its declarations, under dist/. Source maps are left out: they point at sources we do not ship. */
const BUILT_CODE = /^dist\/(?:[\w.-]+\/)*[\w.-]+\.(?:js|cjs|mjs|d\.ts|d\.cts|d\.mts)$/;
const ANY_JSON = /^(?:[\w.-]+\/)*[\w.-]+\.json$/;
const ANY_MARKDOWN = /^(?:[\w.-]+\/)*[\w.-]+\.md$/;

/** Per public package: the patterns its content files must match (in addition to COMMON_FILES). */
export const PACKAGE_ALLOW_LISTS: Readonly<Record<string, readonly RegExp[]>> = {
  '@wscodes/core': [BUILT_CODE],
  '@wscodes/schema': [ANY_JSON],
  '@wscodes/docs': [ANY_MARKDOWN],
  '@wscodes/fixtures': [BUILT_CODE, ANY_JSON],
  // The CLI: its bin, built into dist/.
  wscodes: [BUILT_CODE],
};

/** Never shipped, whatever the allow-list says. */
export const DENIED_FILES: readonly FileRule[] = [
  { pattern: /(?:^|\/)src\//, why: 'sources are not shipped; ship dist/ instead' },
  { pattern: /(?:^|\/)(?:test|tests|__tests__|__snapshots__)\//, why: 'tests are not shipped' },
  { pattern: /\.(?:test|spec|bench)\.[cm]?[jt]sx?$/, why: 'tests are not shipped' },
  { pattern: /(?<!\.d)\.[cm]?tsx?$/, why: 'TypeScript sources are not shipped (only .d.ts declarations)' },
  { pattern: /\.tsbuildinfo$/, why: 'TypeScript build state is not shipped' },
  { pattern: /(?:^|\/)tsconfig[\w.-]*\.json$/, why: 'build configuration is not shipped' },
  { pattern: /(?:^|\/)(?:vitest|vite|tsup|tsdown|rollup|esbuild|eslint|prettier)\.config\.[\w]+$/, why: 'build configuration is not shipped' },
  { pattern: /(?:^|\/)\.[^/]+$/, why: 'dotfiles (configs, caches) are not shipped' },
  { pattern: /\.map$/, why: 'source maps point at sources that are not shipped' },
  { pattern: /\.tgz$/, why: 'a packed tarball inside a tarball' },
];

export interface FileViolation {
  readonly path: string;
  readonly problem: string;
}

/** Checks a tarball's file list (paths relative to the package root). Returns every problem; empty means fine. */
export function checkTarballFiles(packageName: string, files: readonly string[]): FileViolation[] {
  const allowList = PACKAGE_ALLOW_LISTS[packageName];
  const violations: FileViolation[] = [];
  for (const path of files) {
    const denied = DENIED_FILES.find((rule) => rule.pattern.test(path));
    if (denied) {
      violations.push({ path, problem: `not allowed: ${denied.why}` });
    } else if (!COMMON_FILES.some((p) => p.test(path)) && !(allowList ?? []).some((p) => p.test(path))) {
      violations.push({
        path,
        problem: allowList
          ? `not in the allow-list of ${packageName}: keep it out of "files" in package.json, or extend PACKAGE_ALLOW_LISTS in tools/release/src/allow-list.ts if it must ship`
          : `${packageName} has no allow-list: add one to PACKAGE_ALLOW_LISTS in tools/release/src/allow-list.ts`,
      });
    }
  }
  for (const required of REQUIRED_FILES) {
    if (!files.includes(required)) violations.push({ path: required, problem: 'missing: every public tarball ships it' });
  }
  return violations;
}

export const formatViolations = (packageName: string, violations: readonly FileViolation[]): string =>
  [`${packageName}: ${violations.length} tarball problem(s)`, ...violations.map((v) => `  ${v.path}  ${v.problem}`)].join('\n');
