import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import { annexFigures } from "../submission/annex-figures.js";
import { justifiedFigures } from "../justification/justified-figures.js";
import { TIDY_COLUMNS } from "./tidy-columns.js";
import { tidyCsv } from "./tidy-csv.js";
import { tidyRows } from "./tidy-rows.js";

const catalogue = catalogue2022();

describe("tidy figures", () => {
  const pl05 = annexFigures("PL05", { "01": ["1.019"], "02": [1000], "03": [19], "04": [0.981] }, { numberFormats: { "04.1": "0.0%" } });
  pl05.cells["01.1"]!.address = "PL05!D10";
  pl05.cells["04.1"]!.address = "'PL05'!D13";
  const rows = tidyRows(catalogue, {
    period: "2022-Y",
    unitCode: "89",
    unitName: "Tỉnh ủy An Giang",
    group: "Đồng bằng sông Cửu Long",
    status: "included",
    file: "89-an-giang.xlsx",
    submission: { annexes: { PL05: pl05 } },
  });

  it("gives one row per figure with canonical values, units of measure and where it was read", () => {
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      period: "2022-Y",
      unit_code: "89",
      unit_name: "Tỉnh ủy An Giang",
      group: "Đồng bằng sông Cửu Long",
      annex: "PL05",
      row_code: "01",
      row_label: catalogue.annex("PL05")!.index.cell("01", 1)!.row.label,
      column: "1",
      column_header: catalogue.annex("PL05")!.index.cell("01", 1)!.column.header,
      value: "1019",
      unit_of_measure: "chi bộ",
      status: "included",
      file: "89-an-giang.xlsx",
      sheet: "PL05",
      cell: "D10",
    });
    expect(rows[3]).toMatchObject({ row_code: "04", value: "98.1", unit_of_measure: "%", sheet: "PL05", cell: "D13" });
  });

  it("marks a figure carrying a justified warning 'justified', unless its unit is left out of the totals", () => {
    const justified = justifiedFigures([
      {
        code: "plausibility.change",
        severity: "warning",
        path: { annex: "PL05", row: "01", column: 1, cell: "PL05!D10" },
        params: {},
        justification: { text: "Sáp nhập chi bộ." },
      },
      { code: "plausibility.change", severity: "warning", path: { annex: "PL05", row: "02", column: 1, cell: "PL05!D11" }, params: {} },
    ]);
    const unit = {
      period: "2022-Y",
      unitCode: "89",
      unitName: "Tỉnh ủy An Giang",
      file: "89-an-giang.xlsx",
      submission: { annexes: { PL05: pl05 } },
      justified,
    };
    expect(tidyRows(catalogue, { ...unit, status: "included" }).map((r) => r.status)).toEqual(["justified", "included", "included", "included"]);
    expect(tidyRows(catalogue, { ...unit, status: "checked" }).map((r) => r.status)).toEqual(["justified", "checked", "checked", "checked"]);
    expect(tidyRows(catalogue, { ...unit, status: "excluded" }).map((r) => r.status)).toEqual(["excluded", "excluded", "excluded", "excluded"]);
  });

  it("writes CSV with a BOM, a header row, CRLF, RFC 4180 quoting and neutralised text", () => {
    const csv = tidyCsv([{ ...rows[0]!, unit_name: '=HYPERLINK("x")', row_label: "bổ nhiệm, giới thiệu", file: "a\nb.xlsx" }]);
    expect(csv.startsWith("\uFEFFperiod,unit_code,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(TIDY_COLUMNS.join(","));
    expect(lines[1]).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(lines[1]).toContain(`,"bổ nhiệm, giới thiệu",`);
    expect(lines[1]).toContain(`,"a\nb.xlsx",`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
