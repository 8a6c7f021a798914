import {
  REGISTRY_2022,
  builtinRegistries,
  catalogue2022,
  metaRows,
  periodOrThrow,
  sampleSubmission,
  unitByCode,
  type Finding,
  type FindingGroup,
} from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { ExcelRefusal, type ExcelPort, type HostInfo } from "../excel-port.js";
import { gridsFor } from "../test-support/annex-grids.js";
import { T } from "../texts.js";
import type { AnnexPlan } from "../workbook/annex-plan.js";
import { JUSTIFICATION_LINES, type JustificationSheetRead } from "../workbook/justification-read.js";
import { annexWorkbook, newWorkbookMeta } from "../workbook/annex-workbook.js";
import { PaneController } from "./controller.js";
import type { PaneView, SetupOptions } from "./pane-view.js";

const catalogue = catalogue2022();
const unit = unitByCode(REGISTRY_2022, "51");
if (!unit) throw new Error("unit 51");
const now = new Date("2022-12-05T02:30:00.000Z");
const meta = newWorkbookMeta({ catalogue, unit, period: periodOrThrow("2022-Y"), now });
const opened = annexWorkbook(meta, catalogue, builtinRegistries());
if (!("workbook" in opened)) throw new Error("workbook");
const sheets = [
  { name: "_meta", visibility: "VeryHidden", empty: false },
  ...opened.workbook.plans.map((p) => ({ name: p.sheet, visibility: "Visible", empty: false })),
];
const figures = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
const host: HostInfo = { excel: true, apiSupported: true, ownEventsTagged: true, fileApi: true, writesKeepUndo: true, platform: "PC" };

type Faults = Partial<Record<keyof ExcelPort, unknown>>;

/** The sheet "Giải trình" in memory (address → value), or null for a workbook without it. */
type JustificationMemory = Map<string, string | number> | null;

function sheetRead(memory: JustificationMemory): JustificationSheetRead {
  if (!memory) return { found: false };
  const values = Array.from({ length: JUSTIFICATION_LINES }, (_, i) => ["B", "C", "D", "E"].map((c) => memory.get(`${c}${5 + i}`) ?? ""));
  return { found: true, values };
}

/** A port over the sample figures in memory; a method named in `faults` throws that error instead. */
function port(faults: Faults, blank = false, justifications: JustificationMemory = new Map()): ExcelPort {
  const fail = (name: keyof ExcelPort): void => {
    if (name in faults) throw faults[name];
  };
  return {
    host: async () => host,
    survey: async () => (
      fail("survey"),
      blank
        ? { sheets: [{ name: "Sheet1", visibility: "Visible", empty: true }] }
        : { sheets: justifications ? [...sheets, { name: "Giải trình", visibility: "Visible", empty: false }] : sheets, metaRows: metaRows(meta) }
    ),
    createAnnexes: async () => fail("createAnnexes"),
    readAnnexes: async (plans: readonly AnnexPlan[]) => (
      fail("readAnnexes"),
      plans.map((p) => ({
        code: p.code,
        sheet: p.sheet,
        found: true,
        ...gridsFor(p, figures),
        protection: { protected: true, options: { allowFormatCells: true } },
      }))
    ),
    paint: async () => (fail("paint"), { refused: [] }),
    writeMeta: async () => fail("writeMeta"),
    select: async () => fail("select"),
    watch: async () => fail("watch"),
    fileBytes: async () => (fail("fileBytes"), new Uint8Array([80, 75])),
    readJustificationSheet: async () => (fail("readJustificationSheet"), sheetRead(justifications)),
    writeJustification: async (cells) => {
      fail("writeJustification");
      for (const c of cells) justifications?.set(c.address, c.value);
    },
  };
}

/** The screen, recording what the officer would see. */
function view() {
  const seen = {
    groups: [] as FindingGroup[],
    notices: [] as string[],
    faults: [] as { text: string; detail: string }[],
    exports: [] as string[],
    downloads: 0,
  };
  const handlers: {
    justify?: (finding: Finding, text: string) => Promise<string | undefined>;
    checkAll?: () => void;
    exportFile?: () => void;
    goTo?: (t: { sheet: string; address: string }) => void;
    setup?: SetupOptions;
  } = {};
  const screen: PaneView = {
    notice: (_tone, text) => seen.notices.push(text),
    fault: (text, detail) => seen.faults.push({ text, detail }),
    actionHint: () => undefined,
    clearNotice: () => undefined,
    showSetup: (options) => (handlers.setup = options),
    setupBusy: () => undefined,
    showWorkbook: () => undefined,
    onCheckAll: (h) => (handlers.checkAll = h),
    onExport: (h) => (handlers.exportFile = h),
    onGoTo: (h) => (handlers.goTo = h),
    onJustify: (h) => (handlers.justify = h),
    busy: () => undefined,
    showFindings: (groups) => void (seen.groups = [...groups]),
    exportMessage: (_tone, text) => void (text !== undefined && seen.exports.push(text)),
    download: () => void seen.downloads++,
  };
  return { screen, seen, handlers };
}

async function opens(faults: Faults, blank = false, justifications: JustificationMemory = new Map()) {
  const v = view();
  const controller = new PaneController(port(faults, blank, justifications), v.screen, { now: () => now, debounceMs: 0 });
  await controller.start();
  return { ...v, controller };
}

const bug = (): TypeError => new TypeError("Cannot read properties of undefined (reading 'values')");
const FAULT_TAIL = "Nếu lỗi lặp lại, hãy chép phần chi tiết dưới đây gửi cho bộ phận hỗ trợ kỹ thuật.";
const PROTECTED =
  "sổ làm việc hoặc trang tính đang được bảo vệ (có thể bằng mật khẩu). Hãy bỏ bảo vệ (thẻ Xem lại › Bỏ bảo vệ trang tính, hoặc Bảo vệ sổ làm việc) rồi thử lại";
const CELL_EDIT = "Excel đang ở chế độ sửa ô (con trỏ còn trong một ô). Hãy nhấn Enter hoặc Esc rồi thử lại";

describe("PaneController: only Excel's refusals are the officer's to fix, anything else is the add-in's fault", () => {
  it("opening: a bug is a fault of the add-in with a copyable detail; a cell being edited is said so", async () => {
    const { seen } = await opens({ survey: bug() });
    expect(seen.faults).toEqual([
      {
        text: `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không mở được sổ làm việc. Hãy đóng rồi mở lại khung Phụ lục thống kê. ${FAULT_TAIL}`,
        detail: expect.stringMatching(/^TypeError: Cannot read properties of undefined \(reading 'values'\)\ntime: 2022-12-05T02:30:00\.000Z\n/),
      },
    ]);
    const editing = await opens({ survey: new ExcelRefusal("cell-edit", new Error("InvalidOperationInCellEditMode")) });
    expect(editing.seen.notices).toEqual([`Không mở được sổ làm việc: ${CELL_EDIT}.`]);
    expect(editing.seen.faults).toEqual([]);
  });

  it("creating: a protected workbook is told as protection, a bug as the add-in's fault", async () => {
    const choice = { year: 2022, kind: "Y" as const, unitCode: "51" };
    const locked = await opens({ createAnnexes: new ExcelRefusal("protection", new Error("AccessDenied")) }, true);
    locked.handlers.setup?.onCreate(choice);
    await expect
      .poll(() => locked.seen.notices)
      .toEqual([`Không tạo được các phụ lục: ${PROTECTED}. Sổ đã được đánh dấu là chưa tạo xong; mở lại khung Phụ lục thống kê để phần bổ trợ tạo lại.`]);
    expect(locked.seen.faults).toEqual([]);
    const broken = await opens({ createAnnexes: bug() }, true);
    broken.handlers.setup?.onCreate(choice);
    await expect
      .poll(() => broken.seen.faults.map((f) => f.text))
      .toEqual([
        `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không tạo xong các phụ lục. Sổ đã được đánh dấu là chưa tạo xong; mở lại khung Phụ lục thống kê để phần bổ trợ tạo lại. ${FAULT_TAIL}`,
      ]);
    expect(broken.seen.notices).toEqual([]);
  });

  it("reading: a bug while reading is the add-in's fault, never 'the file is wrong'; a cell being edited is said so", async () => {
    const reading = await opens({ readAnnexes: bug() });
    expect(reading.seen.faults.map((f) => f.text)).toEqual([
      `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không đọc được số liệu trong sổ. Số liệu trong sổ không bị thay đổi; bấm Kiểm tra toàn bộ để thử lại. ${FAULT_TAIL}`,
    ]);
    expect(reading.seen.faults[0]?.detail).toMatch(/^TypeError: Cannot read properties/);
    const editing = await opens({ readAnnexes: new ExcelRefusal("cell-edit", new Error("InvalidOperationInCellEditMode")) });
    expect(editing.seen.notices).toEqual([`Không đọc được số liệu: ${CELL_EDIT}.`]);
    expect(editing.seen.faults).toEqual([]);
  });

  it("painting: a bug is the add-in's fault (the list stays right), a cell being edited is said so", async () => {
    const painting = await opens({ paint: bug() });
    expect(painting.seen.faults.map((f) => f.text)).toEqual([
      `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không tô màu được các ô. Danh sách lỗi vẫn đúng; bấm Kiểm tra toàn bộ để thử lại. ${FAULT_TAIL}`,
    ]);
    expect(painting.seen.notices).toEqual([]);
    const editing = await opens({ paint: new ExcelRefusal("cell-edit", new Error("InvalidOperationInCellEditMode")) });
    expect(editing.seen.notices).toEqual([`Không tô màu được các ô: ${CELL_EDIT}. Danh sách lỗi vẫn đúng.`]);
  });

  it("going to a cell: a deleted or hidden sheet is named, a bug is the add-in's fault", async () => {
    const target = { sheet: "PL03", address: "E10" };
    for (const [fault, text] of [
      [new ExcelRefusal("missing-sheet", new Error("ItemNotFound")), "Không thấy trang PL03 (đã bị xóa hoặc đổi tên)."],
      [
        new ExcelRefusal("hidden-sheet", new Error("InvalidOperation")),
        "Trang PL03 đang bị ẩn nên Excel không chọn được ô trên đó. Hãy bỏ ẩn trang (bấm chuột phải vào tên một trang › Bỏ ẩn) rồi bấm lại.",
      ],
    ] as const) {
      const { seen, handlers } = await opens({ select: fault });
      handlers.goTo?.(target);
      await expect.poll(() => seen.notices).toEqual([text]);
    }
    const { seen, handlers } = await opens({ select: bug() });
    handlers.goTo?.(target);
    await expect
      .poll(() => seen.faults.map((f) => f.text))
      .toEqual([
        `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không đến được ô cần sửa. Hãy tự mở trang và ô ghi trong danh sách lỗi. ${FAULT_TAIL}`,
      ]);
  });

  it("exporting: protection is said so, a refused file falls back to a saved copy, a bug is the add-in's fault", async () => {
    const locked = await opens({ writeMeta: new ExcelRefusal("protection", new Error("AccessDenied")) });
    await locked.controller.exportFile();
    expect(locked.seen.exports).toEqual([`Không xuất được file: ${PROTECTED}.`]);
    const refused = await opens({ fileBytes: new ExcelRefusal("file-refused", new Error("The file type is not supported on this host.")) });
    await refused.controller.exportFile();
    expect(refused.seen.exports).toEqual([T.saveCopy("PL_2022-Y_51_Quang-Ngai.xlsx", "refused")]);
    const broken = await opens({ fileBytes: bug() });
    await broken.controller.exportFile();
    expect(broken.seen.faults.map((f) => f.text)).toEqual([
      `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không xuất được file nộp. Bấm Xuất file nộp để thử lại. ${FAULT_TAIL}`,
    ]);
    expect(broken.seen.exports).toEqual([]);
    expect(broken.seen.downloads).toBe(0);
    const fine = await opens({});
    await fine.controller.exportFile();
    expect(fine.seen.downloads).toBe(1);
    expect(fine.seen.faults).toEqual([]);
  });
});

describe("PaneController: justifying a warning writes the sheet Giải trình and checks again", () => {
  const firstWarning = (groups: readonly FindingGroup[]) => groups.flatMap((g) => g.items).find((i) => i.justifiable);

  it("writes the line core lays out, then the warning shows as justified with its text", async () => {
    const memory = new Map<string, string | number>();
    const { seen, handlers } = await opens({}, false, memory);
    const item = firstWarning(seen.groups);
    if (!item?.justifiable) throw new Error("the sample figures should give a warning at a cell");
    expect(
      seen.groups
        .flatMap((g) => g.items)
        .filter((i) => i.severity === "error")
        .every((i) => !i.justifiable),
    ).toBe(true);
    expect(await handlers.justify?.(item.justifiable, "  ")).toBe("Hãy ghi nội dung giải trình (lý do số liệu là đúng) trước khi lưu.");
    expect(memory.size).toBe(0);
    expect(await handlers.justify?.(item.justifiable, "  Số liệu đúng: đơn vị mới thành lập.  ")).toBeUndefined();
    expect(memory.get("B5")).toBe(item.justifiable.path.cell);
    expect(memory.get("A5")).toBe(1);
    expect(memory.get("E5")).toBe("Số liệu đúng: đơn vị mới thành lập.");
    expect(typeof memory.get("C5")).toBe("string");
    const after = seen.groups.flatMap((g) => g.items).find((i) => i.target?.address === item.target?.address && i.code === item.code);
    expect(after?.justification).toBe("Số liệu đúng: đơn vị mới thành lập.");
    expect(after?.justifiable).toBeUndefined();
    expect(seen.groups.reduce((n, g) => n + g.warnings, 0)).toBe(0);
    // Justified again: the same line is rewritten, no second one.
    expect(await handlers.justify?.(item.justifiable, "Lý do khác.")).toBeUndefined();
    expect(memory.get("E5")).toBe("Lý do khác.");
    expect(memory.has("B6")).toBe(false);
  });

  it("a workbook the pane has just created has the sheet: a warning is justified there at once", async () => {
    const memory = new Map<string, string | number>();
    const made = await opens({}, true, memory);
    made.handlers.setup?.onCreate({ year: 2022, kind: "Y", unitCode: "51" });
    await expect.poll(() => firstWarning(made.seen.groups)?.justifiable).toBeDefined();
    const item = firstWarning(made.seen.groups);
    if (!item?.justifiable) throw new Error("warning");
    expect(await made.handlers.justify?.(item.justifiable, "Đúng.")).toBeUndefined();
    expect(memory.get("E5")).toBe("Đúng.");
  });

  it("a workbook without the sheet is told what to do; protection is told as for any refusal", async () => {
    const none = await opens({}, false, null);
    const item = firstWarning(none.seen.groups);
    if (!item?.justifiable) throw new Error("warning");
    expect(await none.handlers.justify?.(item.justifiable, "Lý do.")).toBe(T.justifyNoSheet);
    expect(T.justifyNoSheet).toBe(
      "Sổ này không có trang Giải trình nên không ghi được giải trình. Hãy tạo sổ mới (mở một sổ trống và bấm Tạo các phụ lục, hoặc dùng mẫu phụ lục của kỳ này do Ban Tổ chức cấp trên gửi) rồi chép số liệu sang.",
    );
    const locked = await opens({ writeJustification: new ExcelRefusal("protection", new Error("AccessDenied")) });
    expect(await locked.handlers.justify?.(item.justifiable, "Lý do.")).toBe(`Không ghi được giải trình: ${PROTECTED}.`);
    expect(locked.seen.faults).toEqual([]);
    const broken = await opens({ writeJustification: bug() });
    expect(await broken.handlers.justify?.(item.justifiable, "Lý do.")).toBe("");
    expect(broken.seen.faults.map((f) => f.text)).toEqual([
      `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): không ghi được giải trình. Bấm Giải trình để thử lại; các giải trình đã ghi được giữ nguyên. ${FAULT_TAIL}`,
    ]);
  });
});
