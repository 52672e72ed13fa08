import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RegistryError, type Diagnostic } from '../diagnostics.ts';
import { checkDocumentText } from '../check-document.ts';
import type { IanaRegistryData, IanaRegistryDocument, IanaRegistryModule } from './define.ts';
import { IANA_REGISTRIES, type IanaRegistries } from './index.ts';

/** Validates one registry file: shape, then the module's rules, each problem at file:line:col. Never throws. */
export function checkIanaRegistryText<M extends IanaRegistryModule>(
  module: M,
  text: string,
  source: string = module.file,
): { registry?: ReturnType<M['compile']>; diagnostics: readonly Diagnostic[] } {
  const { result, diagnostics } = checkDocumentText(text, {
    schema: module.document,
    schemaSource: `tools/registry/src/iana-registries/${basename(module.file, '.yaml')}.ts`,
    rules: module.allRules,
    compile: (document: IanaRegistryDocument) => module.compile(document, source) as ReturnType<M['compile']>,
  });
  return result ? { registry: result, diagnostics } : { diagnostics };
}

/** Loads one registry file; throws RegistryError listing every problem. */
export function loadIanaRegistry<M extends IanaRegistryModule>(module: M, file: string, source: string = module.file): ReturnType<M['compile']> {
  const { registry, diagnostics } = checkIanaRegistryText(module, readFileSync(file, 'utf8'), source);
  if (!registry) throw new RegistryError(source, diagnostics);
  return registry;
}

/** Where a module's file sits beside a registry file (registry/close-codes.yaml -> registry/opcodes.yaml). */
export function besideFile(registryFile: string, module: IanaRegistryModule): string {
  return join(dirname(registryFile), basename(module.file));
}

/** The modules whose file sits in the same folder as this close-code registry. */
export function modulesBeside(registryFile: string): IanaRegistryModule[] {
  return (IANA_REGISTRIES as readonly IanaRegistryModule[]).filter((m) => existsSync(besideFile(registryFile, m)));
}

/**
 * Every registry whose file sits beside the close-code registry (`source` names it in messages). A
 * folder without one of the files (a tool test's small registry) simply has fewer registries.
 */
export function loadIanaRegistriesBeside(registryFile: string, source: string): Partial<IanaRegistries> {
  const loaded: Record<string, IanaRegistryData> = {};
  for (const module of modulesBeside(registryFile)) {
    loaded[module.id] = loadIanaRegistry(module, besideFile(registryFile, module), besideFile(source, module));
  }
  return loaded as Partial<IanaRegistries>;
}
