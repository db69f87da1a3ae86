import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` (the build folder), as sorted forward-slash paths relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(root.replace(/[\\/]$/, '').length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}
