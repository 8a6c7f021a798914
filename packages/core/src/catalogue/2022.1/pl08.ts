import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl08 = {
  code: "PL08",
  title: "Đảng đoàn, ban cán sự đảng cấp tỉnh",
  titleEn: "Provincial party delegations and party executive committees",
  version: "2022.1",
  periods: ["Y"],
  unitKinds: ["province"],
  sections: [
    {
      columns: [{ number: 1, header: "Số lượng", kind: "count" }],
      rows: [
        { code: "01", label: "Số ban cán sự đảng", unit: "tổ chức" },
        { code: "02", label: "Số đảng đoàn", unit: "tổ chức" },
        { code: "03", label: "Tổng số thành viên", unit: "đồng chí" },
        { code: "04", label: "bí thư", level: 1, unit: "đồng chí" },
        { code: "05", label: "phó bí thư", level: 1, unit: "đồng chí" },
        { code: "06", label: "ủy viên", level: 1, unit: "đồng chí" },
        { code: "07", label: "Số ban cán sự đảng, đảng đoàn đã ban hành quy chế làm việc", unit: "tổ chức" },
      ],
    },
  ],
  rules: [
    { id: "PL08.r03-sum", kind: "sum", target: "r03", parts: ["r04", "r05", "r06"], derived: true },
    { id: "PL08.r04-eq-bodies", kind: "compare", left: ["r04"], op: "=", right: ["r01", "r02"] },
    { id: "PL08.r07-le-bodies", kind: "compare", left: ["r07"], op: "<=", right: ["r01", "r02"] },
  ],
} satisfies AnnexInput;
