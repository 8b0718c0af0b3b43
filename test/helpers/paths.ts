import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs as test/helpers/*.ts or dist/test/helpers/*.js. */
export const REPO_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const dist = parts.lastIndexOf('dist');
  return dist >= 0 ? parts.slice(0, dist).join(path.sep) || path.sep : path.resolve(here, '..', '..');
})();

/** A path inside the repository. Example: repoPath('test', 'golden', 'articles'). */
export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}
