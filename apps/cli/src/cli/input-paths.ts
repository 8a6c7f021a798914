import { resolve } from "node:path";
import type { InputPath } from "../io/output-guard.js";
import { listOption, type ParsedArgs } from "./command-spec.js";

/** Options whose value is a file or folder the command reads. */
const READ_OPTIONS = ["previous", "registry", "grouping", "catalogue"] as const;

/** Everything a command reads, as given: its paths, then the files and folders of --previous, --registry, --grouping, --catalogue. */
export function inputPaths(args: ParsedArgs, paths: readonly string[], cwd: string): InputPath[] {
  const out: InputPath[] = paths.map((p) => ({ path: resolve(cwd, p) }));
  for (const name of READ_OPTIONS) for (const value of listOption(args, name)) out.push({ path: resolve(cwd, value), option: `--${name}` });
  return out;
}
