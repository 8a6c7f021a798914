import type { Annex } from "../annex/annex.js";
import { hasOwnDecimals, parsePlaceholder, placeholderBodies, placeholderCells, placeholderKey } from "./sentence-placeholder.js";

/** Problems of one report sentence against its annex, in Vietnamese; none when it is right. */
export function sentenceIssues(sentence: string, annex: Pick<Annex, "code" | "index">): string[] {
  const out: string[] = [];
  for (const body of placeholderBodies(sentence)) {
    const placeholder = parsePlaceholder(body);
    if (!placeholder && hasOwnDecimals(body)) {
      out.push(
        `chỗ điền {${body}} ghi số chữ số thập phân riêng; tỷ lệ ghi theo biểu (ô tỷ lệ cùng tử số và mẫu số, khi không có: percentDecimals của danh mục), bỏ phần "${body.slice(body.indexOf(":")).trim()}"`,
      );
      continue;
    }
    if (!placeholder) {
      out.push(`chỗ điền {${body}} không đúng cú pháp (ví dụ {r01.c1}, {r01.c2/r01.c1}, {r01.c1|change:đồng chí}, {behind:r03.c1:chi bộ})`);
      continue;
    }
    for (const ref of placeholderCells(placeholder)) {
      const [row, column] = (placeholderKey(ref) ?? "").split(".");
      if (!annex.index.cell(row ?? "", Number(column))) out.push(`chỗ điền {${body}} nêu ô ${ref} không có trong ${annex.code}`);
    }
  }
  return out;
}
