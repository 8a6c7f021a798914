import type { Annex } from "../annex/annex.js";
import { parsePlaceholder, placeholderBodies, placeholderCells, placeholderKey } from "./sentence-placeholder.js";

/** Problems of one report sentence against its annex, in Vietnamese; none when it is right. */
export function sentenceIssues(sentence: string, annex: Pick<Annex, "code" | "index">): string[] {
  const out: string[] = [];
  for (const body of placeholderBodies(sentence)) {
    const placeholder = parsePlaceholder(body);
    if (!placeholder) {
      out.push(
        `chỗ điền {${body}} không đúng cú pháp (ví dụ {r01.c1}, {r09.c1+r10.c1}, {r01.c2/r01.c1}, {r01.c2/r01.c1:2}, {r01.c1|change:đồng chí}, {behind:r03.c1:chi bộ})`,
      );
      continue;
    }
    const cells = placeholderCells(placeholder).map((ref) => {
      const [row, column] = (placeholderKey(ref) ?? "").split(".");
      return annex.index.cell(row ?? "", Number(column));
    });
    const percent = cells.some((c) => c?.kind === "percent");
    if (placeholder.kind !== "share" && percent && cells.length > 1) out.push(`chỗ điền {${body}} cộng các ô tỷ lệ %: chỉ cộng được số đếm`);
    if (placeholder.kind === "figure" && placeholder.decimals !== undefined && !percent)
      out.push(`chỗ điền {${body}}: chỉ ô tỷ lệ % mới ghi số chữ số thập phân`);
    for (const ref of placeholderCells(placeholder)) {
      const [row, column] = (placeholderKey(ref) ?? "").split(".");
      if (!annex.index.cell(row ?? "", Number(column))) out.push(`chỗ điền {${body}} nêu ô ${ref} không có trong ${annex.code}`);
    }
  }
  return out;
}
