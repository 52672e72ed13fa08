import { replaceFiles, WriteError, type FileWrite, type WriteIo } from '@wscodes-tools/generators/output';
import { SyncError } from './errors.ts';

export type { FileWrite };

/**
 * Writes the registry and its changeset, both or neither, with the generators' one all-or-nothing
 * writer; its failure becomes a SyncError that says nothing was changed.
 */
export async function writeFilesAtomically(files: readonly FileWrite[], io?: WriteIo): Promise<void> {
  try {
    replaceFiles(process.cwd(), files, io);
  } catch (error) {
    if (error instanceof WriteError) throw new SyncError(`${error.message}; nothing was changed`);
    throw error;
  }
}
