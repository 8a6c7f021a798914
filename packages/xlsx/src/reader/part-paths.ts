import { corrupt } from "./errors.js";
import type { Relationship } from "./relationships.js";

/** Name of the relationships part of `part` ("" is the package itself). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Segments of letters, digits, "_" and "-", each with dots inside only: never "." or "..", no scheme, no escapes. */
const PLAIN_PATH = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*(?:\/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)*$/;

/**
 * Resolves a relationship target against its source part into a package part name
 * (no leading "/"). External targets, URLs and paths that climb above the package
 * root are refused: such a part is never read.
 */
export function resolveTarget(sourcePart: string, relationship: Relationship): string {
  const target = relationship.target;
  // The common target, a relative path of plain names ("worksheets/sheet1.xml"): beside the source.
  if (!relationship.external && PLAIN_PATH.test(target)) return sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) + target;
  if (relationship.external || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) || target.startsWith("//") || target.startsWith("\\\\")) {
    throw corrupt("external_target", { target });
  }
  let path = target;
  if (/[\\?#%]/.test(path)) {
    path = path.replace(/\\/g, "/");
    const cut = path.search(/[?#]/);
    if (cut >= 0) path = path.slice(0, cut);
    try {
      path = decodeURIComponent(path);
    } catch {
      throw corrupt("bad_target", { target });
    }
  }
  const base = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (base.length === 0) throw corrupt("target_outside_package", { target });
      base.pop();
    } else {
      base.push(segment);
    }
  }
  if (base.length === 0) throw corrupt("bad_target", { target });
  return base.join("/");
}
