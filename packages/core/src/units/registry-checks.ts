import { normalizeName } from "./normalize-name.js";
import type { RegistryIssue } from "./registry-error.js";
import type { RegistryFile } from "./registry-schema.js";

type UnitEntry = RegistryFile["units"][number];

function unitLabel(unit: UnitEntry): string {
  return `"${unit.code}" (${unit.name})`;
}

function checkDates(file: RegistryFile, issues: RegistryIssue[]): void {
  if (file.validFrom !== null && file.validTo !== null && file.validFrom > file.validTo) {
    issues.push({
      path: "validTo",
      message: `ngày hết hiệu lực ${file.validTo} đứng trước ngày bắt đầu hiệu lực ${file.validFrom}`,
    });
  }
}

function checkUnits(file: RegistryFile, issues: RegistryIssue[]): void {
  const codes = new Map<string, number>();
  const names = new Map<string, number>();
  const predecessors = new Map<string, number>();
  file.units.forEach((unit, i) => {
    const seen = codes.get(unit.code);
    if (seen !== undefined) {
      issues.push({ path: `units[${i}].code`, message: `mã "${unit.code}" trùng với units[${seen}]` });
    } else {
      codes.set(unit.code, i);
    }
    const labels: [string, string][] = [
      [`units[${i}].name`, unit.name],
      [`units[${i}].officialName`, unit.officialName],
      ...(unit.aliases ?? []).map((a, k): [string, string] => [`units[${i}].aliases[${k}]`, a]),
    ];
    for (const [path, label] of labels) {
      const key = normalizeName(label);
      const owner = names.get(key);
      if (owner !== undefined && owner !== i) {
        const other = file.units[owner] as UnitEntry;
        issues.push({ path, message: `tên "${label}" trùng với tên của đơn vị ${unitLabel(other)} (units[${owner}])` });
      } else {
        names.set(key, i);
      }
    }
    (unit.predecessors ?? []).forEach((p, k) => {
      const path = `units[${i}].predecessors[${k}]`;
      if (p.registry === file.id) {
        issues.push({ path: `${path}.registry`, message: `đơn vị tiền thân phải thuộc một danh mục khác, không phải chính danh mục "${file.id}"` });
        return;
      }
      const ref = `${p.registry}/${p.code}`;
      const claimed = predecessors.get(ref);
      if (claimed !== undefined) {
        const other = file.units[claimed] as UnitEntry;
        issues.push({
          path,
          message: `đơn vị "${p.code}" của danh mục "${p.registry}" đã được khai là tiền thân của ${unitLabel(other)}; mỗi đơn vị cũ chỉ có một đơn vị kế thừa`,
        });
      } else {
        predecessors.set(ref, i);
      }
    });
  });
}

function checkGroupings(file: RegistryFile, issues: RegistryIssue[]): void {
  const codes = new Set(file.units.map((u) => u.code));
  const ids = new Map<string, number>();
  file.groupings.forEach((grouping, g) => {
    const seenId = ids.get(grouping.id);
    if (seenId !== undefined) issues.push({ path: `groupings[${g}].id`, message: `mã cách phân nhóm "${grouping.id}" trùng với groupings[${seenId}]` });
    else ids.set(grouping.id, g);
    const groupCodes = new Map<string, number>();
    const members = new Map<string, string>();
    grouping.groups.forEach((group, j) => {
      const seenGroup = groupCodes.get(group.code);
      if (seenGroup !== undefined)
        issues.push({ path: `groupings[${g}].groups[${j}].code`, message: `mã nhóm "${group.code}" trùng với groupings[${g}].groups[${seenGroup}]` });
      else groupCodes.set(group.code, j);
      group.units.forEach((code, k) => {
        const path = `groupings[${g}].groups[${j}].units[${k}]`;
        if (!codes.has(code)) {
          issues.push({ path, message: `không có đơn vị mã "${code}" trong danh mục "${file.id}"` });
          return;
        }
        const earlier = members.get(code);
        if (earlier !== undefined)
          issues.push({ path, message: `đơn vị "${code}" đã có ở ${earlier}; mỗi đơn vị chỉ thuộc một nhóm trong một cách phân nhóm` });
        else members.set(code, path);
      });
    });
    if (g === 0) checkDefaultGrouping(file, members, issues);
  });
}

/** The default grouping must place every unit, and each unit's `groups` must agree with it. */
function checkDefaultGrouping(file: RegistryFile, members: Map<string, string>, issues: RegistryIssue[]): void {
  const grouping = file.groupings[0];
  if (!grouping) return;
  const groupOf = new Map<string, string>();
  for (const group of grouping.groups) for (const code of group.units) if (!groupOf.has(code)) groupOf.set(code, group.code);
  const groupCodes = new Set(grouping.groups.map((gr) => gr.code));
  file.units.forEach((unit, i) => {
    if (!members.has(unit.code)) {
      issues.push({
        path: `units[${i}]`,
        message: `đơn vị ${unitLabel(unit)} chưa thuộc nhóm nào của cách phân nhóm mặc định "${grouping.id}" (groupings[0])`,
      });
    }
    if (unit.groups === undefined) return;
    unit.groups.forEach((code, k) => {
      const path = `units[${i}].groups[${k}]`;
      if (!groupCodes.has(code)) issues.push({ path, message: `không có nhóm "${code}" trong cách phân nhóm mặc định "${grouping.id}"` });
      else if (groupOf.get(unit.code) !== code) issues.push({ path, message: `nhóm "${code}" không liệt kê đơn vị "${unit.code}" trong groupings[0]` });
    });
    const expected = groupOf.get(unit.code);
    if (expected !== undefined && !unit.groups.includes(expected)) {
      issues.push({ path: `units[${i}].groups`, message: `thiếu nhóm "${expected}" (nhóm này liệt kê đơn vị "${unit.code}" trong groupings[0])` });
    }
  });
}

/** Cross-reference checks a schema cannot express. Returns every problem found. */
export function checkRegistry(file: RegistryFile): RegistryIssue[] {
  const issues: RegistryIssue[] = [];
  checkDates(file, issues);
  checkUnits(file, issues);
  checkGroupings(file, issues);
  return issues;
}
