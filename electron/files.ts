import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

export class FileTooLargeError extends Error {
  constructor(readonly size: number, readonly limit: number) {
    super(`file is too large: ${size} bytes, the limit is ${limit}`);
  }
}

/** Reads a whole file as UTF-8, refusing it by size before reading a byte. */
export async function readTextCapped(path: string, limit: number): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a regular file');
  if (info.size > limit) throw new FileTooLargeError(info.size, limit);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(info.size);
    await handle.read(buffer, 0, info.size, 0);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Write to a temp file, flush it to disk, then rename: a crash leaves the old file or the new one, never half of one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}
