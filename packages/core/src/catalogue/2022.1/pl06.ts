import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl06 = {
  code: "PL06",
  title: "Biên chế ngành Tổ chức xây dựng Đảng",
  titleEn: "Staff of the party organisation boards",
  version: "2022.1",
  periods: ["Y"],
  sections: [
    {
      columns: [{ number: 1, header: "Số người", unit: "người", kind: "count" }],
      rows: [
        { code: "01", label: "Biên chế ban tổ chức cấp tỉnh" },
        { code: "02", label: "trưởng ban", level: 1 },
        { code: "03", label: "phó trưởng ban", level: 1 },
        { code: "04", label: "trưởng phòng", level: 1 },
        { code: "05", label: "phó trưởng phòng", level: 1 },
        { code: "06", label: "Biên chế ban tổ chức cấp huyện" },
        { code: "07", label: "trưởng ban", level: 1 },
        { code: "08", label: "phó trưởng ban", level: 1 },
        { code: "09", label: "Số người xin ra khỏi biên chế" },
      ],
    },
  ],
  rules: [
    { id: "PL06.leaders-le-r01", kind: "compare", left: ["r02", "r03", "r04", "r05"], op: "<=", right: ["r01"] },
    { id: "PL06.leaders-le-r06", kind: "compare", left: ["r07", "r08"], op: "<=", right: ["r06"] },
    { id: "PL06.r02-le-1", kind: "compare", left: ["r02"], op: "<=", right: 1, level: "unit" },
    { id: "PL06.r09-le-staff", kind: "compare", left: ["r09"], op: "<=", right: ["r01", "r06"] },
  ],
} satisfies AnnexInput;
