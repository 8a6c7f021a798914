import {
  ANNEX_LISTS,
  HEADER_FIELDS,
  HEADER_LISTS,
  HEADER_NULLABLE,
  HEADER_NUMBERS,
  PLAUSIBILITY_BOOLEANS,
  PLAUSIBILITY_LISTS,
  PLAUSIBILITY_NUMBERS,
  RULE_BOOLEANS,
  RULE_LISTS,
  RULE_NUMBERS,
  SHEETS,
  type SheetKey,
  type TableValue,
} from "./catalogue-sheets.js";

/** One sheet as read: its header (field → column, 1-based) and its data rows. */
export interface ReadTable {
  key: SheetKey;
  header: ReadonlyMap<string, number>;
  rows: readonly { row: number; cells: ReadonlyMap<number, TableValue> }[];
}

/** A problem of an edited catalogue workbook, at a sheet and a cell. */
export interface WorkbookIssue {
  sheet: string;
  /** A1 address; absent when the whole sheet is meant. */
  cell?: string;
  message: string;
}

/** Where each part of the document came from, to name the cell of a problem found later by its JSON path. */
export interface CellLocator {
  locate(path: string): { sheet: string; cell?: string } | undefined;
}

type Json = Record<string, unknown>;

function columnLetter(n: number): string {
  let out = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

const ROW_CODE = /^\d{1,2}$/;
/** A row code typed as a number in Excel (4) is the code `04`. */
const rowCode = (v: string | number) => (typeof v === "number" || ROW_CODE.test(v) ? String(v).padStart(2, "0") : v);

class Reader {
  readonly issues: WorkbookIssue[] = [];
  private readonly places = new Map<string, { key: SheetKey; row: number }>();

  constructor(private readonly tables: ReadonlyMap<SheetKey, ReadTable>) {}

  sheet(key: SheetKey): ReadTable | undefined {
    return this.tables.get(key);
  }

  at(key: SheetKey, row: number, field?: string): { sheet: string; cell?: string } {
    const column = field === undefined ? undefined : this.tables.get(key)?.header.get(field);
    return { sheet: SHEETS[key].name, ...(column === undefined ? { cell: `A${row}` } : { cell: `${columnLetter(column)}${row}` }) };
  }

  problem(key: SheetKey, row: number, field: string | undefined, message: string): void {
    this.issues.push({ ...this.at(key, row, field), message });
  }

  place(path: string, key: SheetKey, row: number): void {
    this.places.set(path, { key, row });
  }

  locator(): CellLocator {
    return {
      locate: (path) => {
        let rest = path;
        while (rest !== "") {
          const found = this.places.get(rest);
          if (found) {
            const field = path.slice(rest.length).replace(/^\./, "").split(/[.[]/)[0];
            const tail = path.slice(rest.length).replace(/^\./, "");
            const name = tail.startsWith("decimals.") ? tail.split("[")[0] : field;
            // A problem with a whole sentence points at its text.
            const wanted = name || (found.key === "sentences" ? "text" : undefined);
            const known = wanted && this.tables.get(found.key)?.header.has(wanted) ? wanted : undefined;
            return this.at(found.key, found.row, known);
          }
          const cut = Math.max(rest.lastIndexOf("."), rest.lastIndexOf("["));
          rest = cut <= 0 ? "" : rest.slice(0, cut);
        }
        return undefined;
      },
    };
  }

  /** A field's value: a string, a number, a list, a true/false, or undefined when empty. */
  value(key: SheetKey, row: { row: number; cells: ReadonlyMap<number, TableValue> }, field: string, type: FieldType): unknown {
    const column = this.tables.get(key)?.header.get(field);
    const raw = column === undefined ? null : (row.cells.get(column) ?? null);
    if (raw === null || raw === "") return undefined;
    const wrong = (what: string) => {
      this.problem(key, row.row, field, `${field} cần ${what}, đang ghi "${String(raw)}"`);
      return undefined;
    };
    switch (type) {
      case "any":
        return raw;
      case "text":
        return typeof raw === "boolean" ? wrong("chữ") : String(raw);
      case "code":
        return typeof raw === "boolean" ? wrong("mã số hai chữ số, ví dụ 01") : rowCode(raw);
      case "number": {
        const n = typeof raw === "number" ? raw : typeof raw === "string" && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
        return n === undefined ? wrong("một số") : n;
      }
      case "boolean": {
        if (typeof raw === "boolean") return raw;
        const t = String(raw).trim().toLowerCase();
        if (t === "true" || t === "có") return true;
        if (t === "false" || t === "không") return false;
        return wrong("TRUE hoặc FALSE");
      }
      case "list":
        return String(raw)
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "");
    }
  }
}

type FieldType = "text" | "number" | "list" | "boolean" | "code" | "any";

/** The fields of a row and of a column, in document order, with how each is read (decimals after them). */
const LINE_FIELDS: Readonly<Record<"rows" | "columns", readonly (readonly [string, FieldType])[]>> = {
  rows: [
    ["code", "code"],
    ["label", "text"],
    ["level", "number"],
    ["optional", "boolean"],
    ["kind", "text"],
    ["unit", "text"],
  ],
  columns: [
    ["number", "number"],
    ["header", "text"],
    ["kind", "text"],
    ["unit", "text"],
  ],
};

function sortedRows(table: ReadTable | undefined) {
  return table ? table.rows.filter((r) => [...r.cells.values()].some((v) => v !== null && v !== "")) : [];
}

function setIf(target: Json, field: string, value: unknown): void {
  if (value !== undefined) target[field] = value;
}

function decimalsOf(r: Reader, key: SheetKey, row: ReadTable["rows"][number]): Json | undefined {
  const parts = ["min", "max", "default"].map((p) => [p, r.value(key, row, `decimals.${p}`, "number")] as const);
  if (parts.every(([, v]) => v === undefined)) return undefined;
  if (parts.some(([, v]) => v === undefined))
    r.problem(key, row.row, "decimals.default", "ghi đủ cả ba ô decimals.min, decimals.max, decimals.default hoặc để trống cả ba");
  return Object.fromEntries(parts);
}

/**
 * Reads the tables of an edited catalogue workbook back into the catalogue
 * document: the inverse of `catalogueToTables`. What does not fit (a
 * missing sheet or header, an unknown field, a row naming an annex or
 * section that is not declared, a value of the wrong type) is an issue
 * at its sheet and cell; the document is then still returned, for the
 * catalogue's own check to list the rest.
 */
export function catalogueFromTables(tables: readonly ReadTable[]): { document: Json; issues: WorkbookIssue[]; locator: CellLocator } {
  const byKey = new Map(tables.map((t) => [t.key, t]));
  const r = new Reader(byKey);
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const table = byKey.get(key);
    if (!table) {
      if (key !== "mapping" && key !== "nationalNotes" && key !== "plausibility")
        r.issues.push({ sheet: SHEETS[key].name, message: `thiếu trang "${SHEETS[key].name}"` });
      continue;
    }
    const known = new Set<string>(SHEETS[key].columns);
    for (const [field, column] of table.header) {
      if (!known.has(field))
        r.issues.push({
          sheet: SHEETS[key].name,
          cell: `${columnLetter(column)}1`,
          message: `cột "${field}" không có trong mẫu; các cột: ${SHEETS[key].columns.join(", ")}`,
        });
    }
    for (const field of ["annex", "field"]) {
      if (known.has(field) && !table.header.has(field)) r.issues.push({ sheet: SHEETS[key].name, cell: "A1", message: `thiếu cột "${field}" ở dòng 1` });
    }
  }

  const document: Json = {};
  const header = new Map<string, { row: number; value: unknown }>();
  for (const row of sortedRows(byKey.get("catalogue"))) {
    const field = r.value("catalogue", row, "field", "text") as string | undefined;
    if (field === undefined) continue;
    if (!(HEADER_FIELDS as readonly string[]).includes(field)) {
      r.problem("catalogue", row.row, "field", `"${field}" không phải một mục của danh mục; các mục: ${HEADER_FIELDS.join(", ")}`);
      continue;
    }
    const value = r.value("catalogue", row, "value", HEADER_LISTS.has(field) ? "list" : HEADER_NUMBERS.has(field) ? "number" : "text");
    header.set(field, { row: row.row, value });
  }
  for (const field of HEADER_FIELDS) {
    const entry = header.get(field);
    if (!entry) continue;
    r.place(field, "catalogue", entry.row);
    if (entry.value !== undefined) document[field] = entry.value;
    else if (HEADER_NULLABLE.has(field)) document[field] = null;
  }

  const notes: string[] = [];
  for (const row of sortedRows(byKey.get("nationalNotes"))) {
    const text = r.value("nationalNotes", row, "text", "text") as string | undefined;
    if (text === undefined) continue;
    r.place(`nationalNotes[${notes.length}]`, "nationalNotes", row.row);
    notes.push(text);
  }
  if (notes.length > 0) document.nationalNotes = notes;

  const mapping = sortedRows(byKey.get("mapping")).map((row, i) => {
    r.place(`mapping[${i}]`, "mapping", row.row);
    const entry: Json = {};
    setIf(entry, "annex", r.value("mapping", row, "annex", "text"));
    setIf(entry, "row", r.value("mapping", row, "row", "code"));
    setIf(entry, "column", r.value("mapping", row, "column", "number"));
    setIf(entry, "became", r.value("mapping", row, "became", "text"));
    const to = r.value("mapping", row, "to", "list") as string[] | undefined;
    if (to) entry.to = to.map((t) => (entry.column !== undefined && /^\d+$/.test(t) ? Number(t) : rowCode(t)));
    setIf(entry, "note", r.value("mapping", row, "note", "text"));
    return entry;
  });
  if (byKey.has("mapping") && (mapping.length > 0 || header.has("predecessor"))) document.mapping = mapping;

  const annexes: Json[] = [];
  const annexAt = new Map<string, number>();
  for (const row of sortedRows(byKey.get("annexes"))) {
    const code = r.value("annexes", row, "annex", "text") as string | undefined;
    if (code === undefined) {
      r.problem("annexes", row.row, "annex", "thiếu mã phụ lục, ví dụ PL01");
      continue;
    }
    if (annexAt.has(code)) r.problem("annexes", row.row, "annex", `phụ lục ${code} bị trùng`);
    const annex: Json = { code };
    for (const field of ["title", "titleEn", "periods", "unitKinds", "note"])
      setIf(annex, field, r.value("annexes", row, field, ANNEX_LISTS.has(field) ? "list" : "text"));
    annex.sections = [];
    annex.rules = [];
    annex.sentences = [];
    r.place(`annexes[${annexes.length}]`, "annexes", row.row);
    annexAt.set(code, annexes.length);
    annexes.push(annex);
  }
  const annexOf = (key: SheetKey, row: ReadTable["rows"][number]): { annex: Json; at: number } | undefined => {
    const code = r.value(key, row, "annex", "text") as string | undefined;
    const at = code === undefined ? undefined : annexAt.get(code);
    if (at === undefined) {
      r.problem(key, row.row, "annex", code === undefined ? "thiếu mã phụ lục" : `phụ lục ${code} không có ở trang "${SHEETS.annexes.name}"`);
      return undefined;
    }
    return { annex: annexes[at] as Json, at };
  };

  for (const row of sortedRows(byKey.get("sections"))) {
    const owner = annexOf("sections", row);
    if (!owner) continue;
    const sections = owner.annex.sections as Json[];
    const number = r.value("sections", row, "section", "number");
    if (number !== sections.length + 1) {
      r.problem("sections", row.row, "section", `các phần của ${owner.annex.code as string} đánh số 1, 2, … theo thứ tự; dòng này cần ${sections.length + 1}`);
      continue;
    }
    const section: Json = {};
    setIf(section, "code", r.value("sections", row, "code", "text"));
    setIf(section, "title", r.value("sections", row, "title", "text"));
    section.columns = [];
    section.rows = [];
    r.place(`annexes[${owner.at}].sections[${sections.length}]`, "sections", row.row);
    sections.push(section);
  }
  const sectionOf = (key: SheetKey, row: ReadTable["rows"][number]) => {
    const owner = annexOf(key, row);
    if (!owner) return undefined;
    const number = r.value(key, row, "section", "number");
    const sections = owner.annex.sections as Json[];
    const section = typeof number === "number" ? sections[number - 1] : undefined;
    if (!section) {
      r.problem(key, row.row, "section", `${owner.annex.code as string} không có phần ${String(number ?? "(trống)")} ở trang "${SHEETS.sections.name}"`);
      return undefined;
    }
    return { section, path: `annexes[${owner.at}].sections[${(number as number) - 1}]` };
  };

  for (const key of ["rows", "columns"] as const) {
    for (const row of sortedRows(byKey.get(key))) {
      const place = sectionOf(key, row);
      if (!place) continue;
      const list = place.section[key] as Json[];
      const out: Json = {};
      for (const [field, type] of LINE_FIELDS[key]) setIf(out, field, r.value(key, row, field, type));
      setIf(out, "decimals", decimalsOf(r, key, row));
      r.place(`${place.path}.${key}[${list.length}]`, key, row.row);
      list.push(out);
    }
  }
  for (const row of sortedRows(byKey.get("rules"))) {
    const owner = annexOf("rules", row);
    if (!owner) continue;
    const rules = owner.annex.rules as Json[];
    const kind = r.value("rules", row, "kind", "text") as string | undefined;
    const lists = RULE_LISTS[kind ?? ""];
    if (!lists) r.problem("rules", row.row, "kind", `loại quy tắc "${kind ?? ""}" không có; các loại: ${Object.keys(RULE_LISTS).join(", ")}`);
    const out: Json = {};
    for (const field of SHEETS.rules.columns) {
      if (field === "annex") continue;
      const type = RULE_NUMBERS.has(field)
        ? "number"
        : RULE_BOOLEANS.has(field)
          ? "boolean"
          : field === "right" && kind === "compare"
            ? "any"
            : lists?.has(field)
              ? "list"
              : "text";
      let value = r.value("rules", row, field, type);
      if (field === "right" && kind === "compare" && value !== undefined)
        value =
          typeof value === "number"
            ? value
            : String(value)
                .split(",")
                .map((s) => s.trim())
                .filter((s) => s !== "");
      setIf(out, field, value);
    }
    r.place(`annexes[${owner.at}].rules[${rules.length}]`, "rules", row.row);
    r.place(`${owner.annex.code as string}.rules[${rules.length}]`, "rules", row.row);
    rules.push(out);
  }
  for (const row of sortedRows(byKey.get("plausibility"))) {
    const owner = annexOf("plausibility", row);
    if (!owner) continue;
    const checks = (owner.annex.plausibility ??= []) as Json[];
    const out: Json = {};
    for (const field of SHEETS.plausibility.columns) {
      if (field === "annex") continue;
      const type = PLAUSIBILITY_NUMBERS.has(field) ? "number" : PLAUSIBILITY_BOOLEANS.has(field) ? "boolean" : PLAUSIBILITY_LISTS.has(field) ? "list" : "text";
      setIf(out, field, r.value("plausibility", row, field, type));
    }
    r.place(`annexes[${owner.at}].plausibility[${checks.length}]`, "plausibility", row.row);
    checks.push(out);
  }
  for (const row of sortedRows(byKey.get("sentences"))) {
    const owner = annexOf("sentences", row);
    if (!owner) continue;
    const sentences = owner.annex.sentences as string[];
    const text = r.value("sentences", row, "text", "text") as string | undefined;
    if (text === undefined) continue;
    r.place(`annexes[${owner.at}].sentences[${sentences.length}]`, "sentences", row.row);
    sentences.push(text);
  }
  document.annexes = annexes;
  return { document, issues: r.issues, locator: r.locator() };
}
