import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl02 = {
  code: "PL02",
  title: "Luân chuyển, bổ nhiệm, giới thiệu ứng cử",
  titleEn: "Rotation, appointment and nomination of cadres",
  version: "2022.1",
  periods: ["H1", "Y"],
  note: "Cán bộ thuộc diện Ban Thường vụ tỉnh ủy, thành ủy quản lý",
  sections: [
    {
      columns: [{ number: 1, header: "Số lượt", unit: "lượt", kind: "count" }],
      rows: [
        { code: "01", label: "Tổng số lượt", level: 0 },
        { code: "02", label: "Luân chuyển", level: 1 },
        { code: "03", label: "từ tỉnh về Trung ương", level: 2 },
        { code: "04", label: "từ tỉnh về huyện", level: 2 },
        { code: "05", label: "từ huyện về tỉnh", level: 2 },
        { code: "06", label: "từ huyện này sang huyện khác", level: 2 },
        { code: "07", label: "từ ngành này sang ngành khác", level: 2 },
        { code: "08", label: "từ tỉnh về xã", level: 2 },
        { code: "09", label: "Bổ nhiệm", level: 1 },
        { code: "10", label: "Giới thiệu ứng cử", level: 1 },
        { code: "11", label: "Miễn nhiệm", level: 0 },
        { code: "12", label: "Cho từ chức", level: 0 },
        { code: "13", label: "Bố trí công tác sau kỷ luật", level: 0 },
        { code: "14", label: "nghỉ hưu trước tuổi hoặc xin nghỉ công tác", level: 1 },
        { code: "15", label: "bố trí giảm một cấp", level: 1 },
        { code: "16", label: "bố trí làm chuyên môn", level: 1 },
        { code: "17", label: "trường hợp khác", level: 1 },
      ],
    },
  ],
  rules: [
    { id: "PL02.r01-sum", kind: "sum", target: "r01", parts: ["r02", "r09", "r10"], derived: true },
    {
      id: "PL02.r02-sum",
      kind: "sum",
      target: "r02",
      parts: ["r03", "r04", "r05", "r06", "r07", "r08"],
      derived: true,
    },
    { id: "PL02.r13-sum", kind: "sum", target: "r13", parts: ["r14", "r15", "r16", "r17"], derived: true },
  ],
} satisfies AnnexInput;
