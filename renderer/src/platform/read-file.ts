import { LIMITS, type ImportedFile } from './platform.ts';

/** Reads a user-chosen or dropped file as text, refusing it by size first. */
export async function readUserFile(file: File, limit: number = LIMITS.importBytes): Promise<ImportedFile> {
  if (file.size > limit) throw new Error(`${file.name} is too large: ${file.size.toLocaleString('en')} bytes, the limit is ${limit.toLocaleString('en')}`);
  return { name: file.name, text: await file.text() };
}
