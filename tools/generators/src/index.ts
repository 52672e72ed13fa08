export { banner, DO_NOT_EDIT, toJson, type GeneratedFile, type Generator, type Target } from './files.ts';
export { findDrift, hasDrift, writeFiles, type Drift } from './writer.ts';
export { renderTargets, selectTargets, type Rendered } from './generate.ts';
export { targets } from './targets.ts';
export { jsDocText, propertyName, tsLiteral } from './ts-literal.ts';
