import type { Registry } from '@wscodes-tools/registry';
import type { GeneratedFile } from '../files.ts';

export function generateDocs(_registry: Registry): GeneratedFile[] {
  return [];
}
