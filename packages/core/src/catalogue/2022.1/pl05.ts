import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl05 = {
  code: "PL05",
  title: "Tiến độ đại hội chi bộ trực thuộc đảng ủy cơ sở",
  titleEn: "Progress of branch congresses under base party committees",
  version: "2022.1",
  periods: ["H1", "Y"],
  sections: [
    {
      columns: [{ number: 1, header: "Số lượng", kind: "count" }],
      rows: [
        { code: "01", label: "Tổng số chi bộ trực thuộc đảng ủy cơ sở", unit: "chi bộ" },
        { code: "02", label: "Đã tổ chức đại hội", level: 1, unit: "chi bộ" },
        { code: "03", label: "Chưa tổ chức đại hội", level: 1, unit: "chi bộ" },
        {
          code: "04",
          label: "Tỷ lệ hoàn thành (%)",
          kind: "percent",
          unit: "%",
          decimals: { min: 1, max: 2, default: 1 },
        },
      ],
    },
  ],
  rules: [
    { id: "PL05.r02-le-r01", kind: "compare", left: ["r02"], op: "<=", right: ["r01"] },
    { id: "PL05.r03-diff", kind: "difference", target: "r03", minuend: "r01", subtrahends: ["r02"], derived: true },
    { id: "PL05.r04-pct", kind: "percentage", target: "r04", part: ["r02"], whole: ["r01"], derived: true },
  ],
} satisfies AnnexInput;
