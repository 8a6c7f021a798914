import { findUnit } from "./find-unit.js";
import { deepFreeze } from "./deep-freeze.js";
import { groupingFileSchema } from "./grouping-schema.js";
import { GroupingError, type RegistryIssue } from "./registry-error.js";
import type { Group, Grouping, Registry } from "./types.js";
import { vietnameseErrorMap, zodIssuesToRegistryIssues } from "./zod-issues.js";

function heading(json: unknown): string {
  const id = json !== null && typeof json === "object" && "id" in json ? (json as { id: unknown }).id : undefined;
  return typeof id === "string" ? `Tệp phân nhóm "${id}" không hợp lệ` : "Tệp phân nhóm không hợp lệ";
}

/**
 * Reads a custom grouping (`{ id, name, groups: [{ code?, name, units }] }`)
 * against a registry. Units may be codes or names (any spelling `findUnit`
 * accepts); a group without code gets its position ("1", "2", …). Throws
 * `GroupingError` naming each bad entry: unknown or TCVN3-typed names, units
 * listed twice, duplicate group codes, a grouping written for another registry.
 */
export function loadGrouping(json: unknown, registry: Registry): Grouping {
  const parsed = groupingFileSchema.safeParse(json, { error: vietnameseErrorMap });
  if (!parsed.success) throw new GroupingError(heading(json), zodIssuesToRegistryIssues(parsed.error));
  const file = parsed.data;
  const issues: RegistryIssue[] = [];
  if (file.registry !== undefined && file.registry !== registry.id) {
    issues.push({
      path: "registry",
      message: `tệp phân nhóm dành cho danh mục "${file.registry}", không dùng được với danh mục "${registry.id}" (${registry.title})`,
    });
  }
  const groupCodes = new Map<string, number>();
  const placed = new Map<string, string>();
  const groups: Group[] = file.groups.map((entry, j) => {
    const code = entry.code ?? String(j + 1);
    const seen = groupCodes.get(code);
    if (seen !== undefined) issues.push({ path: `groups[${j}].code`, message: `mã nhóm "${code}" trùng với groups[${seen}]` });
    else groupCodes.set(code, j);
    const units: string[] = [];
    entry.units.forEach((text, k) => {
      const path = `groups[${j}].units[${k}]`;
      const found = findUnit(registry, text);
      if ("finding" in found) {
        const decoded = found.finding.params["decoded"];
        issues.push({
          path,
          message:
            found.finding.code === "unit.tcvn3"
              ? `tên "${text}" (nhóm "${entry.name}") được gõ bằng phông TCVN3 (ABC); hãy chuyển sang Unicode${typeof decoded === "string" ? ` ("${decoded}")` : ""}`
              : `không tìm thấy đơn vị "${text}" (nhóm "${entry.name}") trong danh mục "${registry.id}" (${registry.title})`,
        });
        return;
      }
      const earlier = placed.get(found.unit.code);
      if (earlier !== undefined) {
        issues.push({ path, message: `đơn vị "${found.unit.code}" (${found.unit.name}) đã có ở ${earlier}; mỗi đơn vị chỉ thuộc một nhóm` });
        return;
      }
      placed.set(found.unit.code, `${path} (nhóm "${entry.name}")`);
      units.push(found.unit.code);
    });
    return { code, name: entry.name, units };
  });
  if (issues.length > 0) throw new GroupingError(heading(json), issues);
  return deepFreeze({ id: file.id, name: file.name, groups });
}
