import { catalogueLabel, type Catalogue, type CatalogueChange, type CataloguePart } from "@phuluc/core";

const VERB = { added: "thêm", removed: "bỏ", changed: "sửa" } as const;
const PART: Readonly<Record<CataloguePart, string>> = {
  catalogue: "mục",
  annex: "phụ lục",
  row: "dòng",
  column: "cột",
  rule: "quy tắc",
  sentence: "câu báo cáo",
  mapping: "đối chiếu",
};

function line(c: CatalogueChange): string {
  const what = c.part === "column" ? `cột ${c.code}` : `${PART[c.part]} ${c.code}`;
  const text = c.change === "changed" ? `: “${c.before ?? ""}” → “${c.after ?? ""}”` : `: “${(c.change === "added" ? c.after : c.before) ?? ""}”`;
  return `  - ${VERB[c.change]} ${what}${text}`;
}

/** `catalogue diff A B`: the changes grouped by annex, in Vietnamese. */
export function renderCatalogueDiff(before: Catalogue, after: Catalogue, changes: readonly CatalogueChange[]): string {
  const head = `So sánh danh mục ${catalogueLabel(before)} với ${catalogueLabel(after)}`;
  if (changes.length === 0) return `${head}: giống nhau.\n`;
  const count = (change: CatalogueChange["change"]) => changes.filter((c) => c.change === change).length;
  const lines = [`${head}: ${changes.length} thay đổi (thêm ${count("added")}, bỏ ${count("removed")}, sửa ${count("changed")}).`];
  let group: string | undefined;
  for (const c of changes) {
    const title = c.part === "catalogue" ? "Danh mục:" : c.part === "mapping" ? "Đối chiếu với danh mục liền trước:" : `Phụ lục ${c.annex ?? c.code}:`;
    if (title !== group) lines.push(title);
    group = title;
    lines.push(line(c));
  }
  return `${lines.join("\n")}\n`;
}
