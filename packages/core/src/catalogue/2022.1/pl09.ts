import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl09 = {
  code: "PL09",
  title: "Kết quả đánh giá, xếp loại chất lượng",
  titleEn: "Annual quality rating",
  version: "2022.1",
  periods: ["Y"],
  sections: [
    {
      columns: [
        { number: 1, header: "Tổng số được đánh giá", kind: "count" },
        { number: 2, header: "Hoàn thành xuất sắc nhiệm vụ", kind: "count" },
        { number: 3, header: "Hoàn thành tốt nhiệm vụ", kind: "count" },
        { number: 4, header: "Hoàn thành nhiệm vụ", kind: "count" },
        { number: 5, header: "Không hoàn thành nhiệm vụ", kind: "count" },
        {
          number: 6,
          header: "Tỷ lệ hoàn thành tốt nhiệm vụ trở lên (%)",
          kind: "percent",
          decimals: { min: 1, max: 2, default: 1 },
        },
      ],
      rows: [
        { code: "01", label: "Tổ chức cơ sở đảng", unit: "tổ chức" },
        { code: "02", label: "Đảng viên", unit: "đồng chí" },
      ],
    },
  ],
  rules: [
    { id: "PL09.c1-sum", kind: "sum", target: "c1", parts: ["c2", "c3", "c4", "c5"], derived: true },
    { id: "PL09.c6-pct", kind: "percentage", target: "c6", part: ["c2", "c3"], whole: ["c1"], derived: true },
    {
      id: "PL09.r02c1-le-pl04",
      kind: "cross-annex",
      left: "PL09.r02.c1",
      op: "<=",
      right: "PL04.r02.c1",
    },
    {
      id: "PL09.r01-target",
      kind: "target-range",
      indicator: "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
      part: ["r01.c2", "r01.c3"],
      whole: ["r01.c1"],
      at: "r01.c6",
      min: 90,
      severity: "warning",
      level: "national",
    },
    {
      id: "PL09.r02-target",
      kind: "target-range",
      indicator: "tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
      part: ["r02.c2", "r02.c3"],
      whole: ["r02.c1"],
      at: "r02.c6",
      min: 90,
      severity: "warning",
      level: "national",
    },
  ],
} satisfies AnnexInput;
