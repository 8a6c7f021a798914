import type { AnnexInput } from "../../annex/annex-schema.js";

export const pl07 = {
  code: "PL07",
  title: "Kiểm tra, giám sát chuyên đề",
  titleEn: "Thematic inspection and supervision",
  version: "2022.1",
  periods: ["H1", "Y"],
  sections: [
    {
      columns: [{ number: 1, header: "Số cuộc", unit: "cuộc", kind: "count" }],
      rows: [
        { code: "01", label: "Số cuộc kiểm tra" },
        { code: "02", label: "Số cuộc giám sát chuyên đề" },
      ],
    },
  ],
  rules: [],
} satisfies AnnexInput;
