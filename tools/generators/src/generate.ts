import { byText, loadRegistry, type Registry } from '@wscodes-tools/registry';
import type { GeneratedFile, Target } from './files.ts';
import { targets as allTargets } from './targets.ts';

export interface Rendered {
  readonly files: readonly GeneratedFile[];
  readonly owns: readonly string[];
}

/** Picks targets by name; an unknown name is an error that lists the known ones. */
export function selectTargets(names: readonly string[] | undefined): readonly Target[] {
  if (!names || names.length === 0) return allTargets;
  const known = new Map(allTargets.map((t) => [t.name, t]));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new Error(`unknown target ${unknown.join(', ')}; the targets are ${[...known.keys()].join(', ')}`);
  }
  return names.map((n) => known.get(n)!);
}

/** Renders every selected target in memory. Touches no file. */
export async function renderTargets(
  registry: Registry,
  targets: readonly Target[],
  onProgress: (message: string) => void = () => {},
): Promise<Rendered> {
  const files: GeneratedFile[] = [];
  for (const target of targets) {
    const started = performance.now();
    const produced = target.generate(registry);
    files.push(...produced);
    onProgress(`${target.name}: ${produced.length} file${produced.length === 1 ? '' : 's'} (${Math.round(performance.now() - started)} ms)`);
  }
  files.sort(byText((f) => f.path));
  return { files, owns: targets.flatMap((t) => t.owns) };
}

export { loadRegistry };
