import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl04 = {
  code: "PL04",
  title: "Tổ chức cơ sở đảng và đảng viên",
  titleEn: "Base party organisations and party members",
  version: "2022.1",
  periods: ["H1", "Y"],
  sections: [
    {
      columns: [{ number: 1, header: "Số lượng", kind: "count" }],
      rows: [
        { code: "01", label: "Số tổ chức cơ sở đảng (cuối kỳ)", unit: "tổ chức" },
        { code: "02", label: "Tổng số đảng viên (cuối kỳ)", unit: "đồng chí" },
        { code: "03", label: "Kết nạp đảng viên mới", unit: "đồng chí" },
        { code: "04", label: "Đảng viên giảm trong kỳ", unit: "đồng chí" },
        { code: "05", label: "trong đó xin ra khỏi Đảng", level: 1, unit: "đồng chí" },
        { code: "06", label: "Đảng viên đưa vào danh sách giáo dục, giúp đỡ", unit: "đồng chí" },
        { code: "07", label: "được công nhận tiến bộ", level: 1, unit: "đồng chí" },
        { code: "08", label: "cần tiếp tục giáo dục, giúp đỡ", level: 1, unit: "đồng chí" },
        { code: "09", label: "bị đưa ra khỏi Đảng", level: 1, unit: "đồng chí" },
        { code: "10", label: "khai trừ", level: 2, unit: "đồng chí" },
        { code: "11", label: "xóa tên", level: 2, unit: "đồng chí" },
      ],
    },
  ],
  rules: [
    { id: "PL04.r05-le-r04", kind: "compare", left: ["r05"], op: "<=", right: ["r04"] },
    { id: "PL04.r06-sum", kind: "sum", target: "r06", parts: ["r07", "r08", "r09"], derived: true },
    { id: "PL04.r09-sum", kind: "sum", target: "r09", parts: ["r10", "r11"], derived: true },
    { id: "PL04.r03-le-r02", kind: "compare", left: ["r03"], op: "<=", right: ["r02"] },
    {
      id: "PL04.new-member-rate",
      kind: "target-range",
      indicator: "tỷ lệ kết nạp đảng viên mới",
      part: ["r03.c1"],
      whole: ["r02.c1"],
      min: 3,
      max: 4,
      severity: "warning",
      level: "national",
      periods: ["Y"],
    },
    {
      id: "PL04.change",
      kind: "change-limit",
      cells: ["r01.c1", "r02.c1"],
      maxChangePercent: 10,
      severity: "warning",
    },
  ],
} satisfies AnnexInput;
