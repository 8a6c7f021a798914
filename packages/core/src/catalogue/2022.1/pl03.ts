import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl03 = {
  code: "PL03",
  title: "Đào tạo, bồi dưỡng cán bộ",
  titleEn: "Training of cadres",
  version: "2022.1",
  periods: ["H1", "Y"],
  sections: [
    {
      code: "A",
      title: "Cán bộ được cử đi đào tạo, bồi dưỡng",
      columns: [{ number: 1, header: "Số lượt", unit: "lượt", kind: "count" }],
      rows: [
        { code: "01", label: "Tổng số lượt cán bộ được cử đi đào tạo, bồi dưỡng", level: 0 },
        { code: "02", label: "Đào tạo chuyên môn", level: 1 },
        { code: "03", label: "Đào tạo cao cấp lý luận chính trị", level: 1 },
        { code: "04", label: "Bồi dưỡng quản lý nhà nước, công tác đảng, đoàn thể", level: 1 },
      ],
    },
    {
      code: "B",
      title: "Tuyển sinh cao cấp lý luận chính trị so với kế hoạch",
      columns: [
        { number: 1, header: "Chỉ tiêu kế hoạch", unit: "học viên", kind: "count" },
        { number: 2, header: "Thực hiện", unit: "học viên", kind: "count" },
        { number: 3, header: "Tỷ lệ đạt (%)", kind: "percent", decimals: { min: 1, max: 2, default: 2 } },
      ],
      rows: [
        { code: "05", label: "Hệ tập trung" },
        { code: "06", label: "Hệ không tập trung" },
        { code: "07", label: "Hệ hoàn chỉnh" },
      ],
    },
  ],
  rules: [
    { id: "PL03.r01-sum", kind: "sum", target: "r01", parts: ["r02", "r03", "r04"], derived: true },
    { id: "PL03.c3-pct", kind: "percentage", target: "c3", part: ["c2"], whole: ["c1"], derived: true },
    { id: "PL03.c2-le-c1", kind: "compare", left: ["c2"], op: "<=", right: ["c1"], severity: "warning" },
  ],
} satisfies AnnexInput;
