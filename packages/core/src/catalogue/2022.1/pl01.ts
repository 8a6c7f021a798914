import type { AnnexInput } from "../../annex/annex-schema.js";

const percent = { min: 1, max: 2, default: 1 };

export const pl01 = {
  code: "PL01",
  title: "Quy hoạch cán bộ",
  titleEn: "Cadre planning for the next term",
  version: "2022.1",
  periods: ["H1", "Y"],
  sections: [
    {
      columns: [
        { number: 1, header: "Tổng số", unit: "lượt", kind: "count" },
        { number: 2, header: "Nữ", unit: "lượt", kind: "count" },
        { number: 3, header: "Tỷ lệ nữ (%)", kind: "percent", decimals: percent },
        { number: 4, header: "Trẻ", unit: "lượt", kind: "count" },
        { number: 5, header: "Tỷ lệ trẻ (%)", kind: "percent", decimals: percent },
        { number: 6, header: "Người dân tộc thiểu số", unit: "lượt", kind: "count" },
        { number: 7, header: "Tỷ lệ dân tộc thiểu số (%)", kind: "percent", decimals: percent },
      ],
      rows: [
        { code: "01", label: "Quy hoạch ủy viên Ban Chấp hành đảng bộ tỉnh" },
        { code: "02", label: "Quy hoạch ủy viên Ban Thường vụ tỉnh ủy" },
        { code: "03", label: "Quy hoạch bí thư, phó bí thư tỉnh ủy" },
      ],
    },
  ],
  rules: [
    { id: "PL01.c2-le-c1", kind: "compare", left: ["c2"], op: "<=", right: ["c1"] },
    { id: "PL01.c4-le-c1", kind: "compare", left: ["c4"], op: "<=", right: ["c1"] },
    { id: "PL01.c6-le-c1", kind: "compare", left: ["c6"], op: "<=", right: ["c1"] },
    { id: "PL01.c3-pct", kind: "percentage", target: "c3", part: ["c2"], whole: ["c1"], derived: true },
    { id: "PL01.c5-pct", kind: "percentage", target: "c5", part: ["c4"], whole: ["c1"], derived: true },
    { id: "PL01.c7-pct", kind: "percentage", target: "c7", part: ["c6"], whole: ["c1"], derived: true },
    { id: "PL01.r03-le-r02", kind: "compare", left: ["r03"], op: "<=", right: ["r02"], in: ["c1"] },
    { id: "PL01.r02-le-r01", kind: "compare", left: ["r02"], op: "<=", right: ["r01"], in: ["c1"] },
  ],
} satisfies AnnexInput;
