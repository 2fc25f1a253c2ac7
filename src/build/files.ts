import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, in a fixed order. */
export function listFilesRecursive(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFilesRecursive(full) : [full];
    });
}
