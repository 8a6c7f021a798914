import { realpath, readlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Where a path really leads once every link is followed, also for a path
 * that does not exist yet (an output and its folder to be created): the
 * nearest existing folder is resolved and the rest appended; a link whose
 * target does not exist yet leads to that target.
 */
export async function realPathOf(path: string): Promise<string> {
  let current = resolve(path);
  const rest: string[] = [];
  for (let hops = 0; hops < 64; hops++) {
    try {
      return join(await realpath(current), ...[...rest].reverse());
    } catch {
      const link = await readlink(current).catch(() => undefined);
      if (link !== undefined) {
        current = resolve(dirname(current), link);
        continue;
      }
      const parent = dirname(current);
      if (parent === current) break;
      rest.push(basename(current));
      current = parent;
    }
  }
  return resolve(path);
}
