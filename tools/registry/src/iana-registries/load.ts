import { existsSync } from 'node:fs';
import { readRegistryFile } from '../read.ts';
import { basename, dirname, join } from 'node:path';
import { RegistryError, type Diagnostic } from '../diagnostics.ts';
import { checkDocumentText } from '../check-document.ts';
import type { DocumentSpec, IanaRegistryData, IanaRegistryDocument, IanaRegistryModule } from '../spec.ts';
import { IANA_REGISTRIES, type IanaRegistries } from './index.ts';

/** The spec a module's file is checked against; `source` names it in the compiled registry. */
export function ianaRegistrySpec<M extends IanaRegistryModule>(module: M, source: string = module.file): DocumentSpec<IanaRegistryDocument, ReturnType<M['compile']>> {
  return {
    schema: module.document,
    schemaSource: `tools/registry/src/iana-registries/${basename(module.file, '.yaml')}.ts`,
    rules: module.allRules,
    compile: (document) => module.compile(document, source) as ReturnType<M['compile']>,
  };
}

/** Validates one registry file: shape, then the module's rules, each problem at file:line:col. Never throws. */
export function checkIanaRegistryText<M extends IanaRegistryModule>(
  module: M,
  text: string,
  source: string = module.file,
): { registry?: ReturnType<M['compile']>; diagnostics: readonly Diagnostic[] } {
  const { result, diagnostics } = checkDocumentText(text, ianaRegistrySpec(module, source));
  return result ? { registry: result, diagnostics } : { diagnostics };
}

/** Where a module's file sits beside a registry file (registry/close-codes.yaml -> registry/opcodes.yaml). */
export function besideFile(registryFile: string, module: IanaRegistryModule): string {
  return join(dirname(registryFile), basename(module.file));
}

/** The modules whose file sits in the same folder as this close-code registry. */
export function modulesBeside(registryFile: string): IanaRegistryModule[] {
  return (IANA_REGISTRIES as readonly IanaRegistryModule[]).filter((m) => existsSync(besideFile(registryFile, m)));
}

/** The registries beside a close-code registry as far as they are valid, with every diagnostic by file. */
export interface IanaRegistriesCheck {
  /** Present when every file is valid (warnings allowed). */
  readonly registries?: Partial<IanaRegistries>;
  readonly problems: readonly { readonly file: string; readonly diagnostic: Diagnostic }[];
  /** The first file with errors; checking stops there. */
  readonly invalid?: string;
}

/**
 * Checks every registry whose file sits beside the close-code registry (`source` names it in
 * messages), in IANA_REGISTRIES order, up to the first invalid one. A folder without one of the
 * files (a tool test's small registry) simply has fewer registries. Never throws for bad content.
 */
export function checkIanaRegistriesBeside(registryFile: string, source: string): IanaRegistriesCheck {
  const loaded: Record<string, IanaRegistryData> = {};
  const problems: { file: string; diagnostic: Diagnostic }[] = [];
  for (const module of modulesBeside(registryFile)) {
    const file = besideFile(source, module);
    const checked = checkIanaRegistryText(module, readRegistryFile(besideFile(registryFile, module)), file);
    problems.push(...checked.diagnostics.map((diagnostic) => ({ file, diagnostic })));
    if (!checked.registry) return { problems, invalid: file };
    loaded[module.id] = checked.registry;
  }
  return { registries: loaded as Partial<IanaRegistries>, problems };
}

/** checkIanaRegistriesBeside, throwing RegistryError with the first invalid file's problems. */
export function loadIanaRegistriesBeside(registryFile: string, source: string): Partial<IanaRegistries> {
  const checked = checkIanaRegistriesBeside(registryFile, source);
  if (checked.invalid !== undefined) {
    throw new RegistryError(checked.invalid, checked.problems.filter((p) => p.file === checked.invalid).map((p) => p.diagnostic));
  }
  return checked.registries!;
}
