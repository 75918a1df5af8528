import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (the one holding package.json), found from this module's location so that
 * bundled files (config/) are found whether the code runs from src/ (tests) or dist/ (built).
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'config'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the csc-scorecard project folder');
    dir = up;
  }
}

export function bundledFile(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
