import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE_2022_1_DATA, CATALOGUE_2025_2_DATA, catalogue2022, catalogue2025 } from "./builtin-catalogues.js";
import { catalogueFromChecked, checkedForm } from "./checked-catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";
import { type PackedBuiltins, packBuiltins, unpackBuiltin } from "./packed-builtins.js";

const shipped = (): unknown => JSON.parse(readFileSync(new URL("./builtin-checked.json", import.meta.url), "utf8"));

describe("built-in catalogues, checked when the package is built", () => {
  it("builtin-checked.json is the shipped documents as the schema reads them (run `pnpm --filter @phuluc/core build && pnpm --filter @phuluc/core builtins` after a change)", () => {
    const forms = {
      "2022.1": checkedForm(loadCatalogue(CATALOGUE_2022_1_DATA)),
      "2025.2": checkedForm(loadCatalogue(CATALOGUE_2025_2_DATA)),
    };
    expect(shipped()).toEqual(packBuiltins(forms));
    for (const [id, form] of Object.entries(forms)) expect(unpackBuiltin(shipped() as PackedBuiltins, id)).toEqual(form);
  });

  it("stores an annex the same as in an earlier catalogue once, by reference (the 2025.2 annexes unchanged since 2022.1)", () => {
    const packed = shipped() as PackedBuiltins;
    const shared = packed["2025.2"]!.annexes.filter((a) => "sameAs" in a).map((a) => ("sameAs" in a ? `${a.code}→${a.sameAs}` : ""));
    expect(shared).toEqual(["PL01→2022.1", "PL03→2022.1", "PL05→2022.1", "PL07→2022.1", "PL09→2022.1"]);
    expect(packed["2022.1"]!.annexes.some((a) => "sameAs" in a)).toBe(false);
    const changed = checkedForm(loadCatalogue(CATALOGUE_2025_2_DATA));
    const pl01 = changed.annexes[0]!;
    const edited = { ...changed, annexes: [{ ...pl01, data: { ...pl01.data, title: `${pl01.data.title} (sửa)` } }, ...changed.annexes.slice(1)] };
    const repacked = packBuiltins({ "2022.1": checkedForm(loadCatalogue(CATALOGUE_2022_1_DATA)), "2025.2": edited });
    expect("sameAs" in repacked["2025.2"]!.annexes[0]!).toBe(false);
    expect(unpackBuiltin(repacked, "2025.2")).toEqual(edited);
  });

  it("a reference to an annex the file does not have is refused by name", () => {
    const packed: PackedBuiltins = {
      "2025.2": { header: checkedForm(catalogue2025()).header, annexes: [{ version: "2025.2", sameAs: "2022.1", code: "PL01" }] },
    };
    expect(() => unpackBuiltin(packed, "2025.2")).toThrow("builtin-checked.json has no catalogue 2022.1");
  });

  it("are built as loadCatalogue builds them: annexes, lookups and expanded rules", () => {
    for (const [built, document] of [
      [catalogue2022(), CATALOGUE_2022_1_DATA],
      [catalogue2025(), CATALOGUE_2025_2_DATA],
    ] as const) {
      const loaded = loadCatalogue(document);
      expect(checkedForm(built)).toEqual(checkedForm(loaded));
      expect(Object.keys(built)).toEqual(Object.keys(loaded));
      built.annexes.forEach((annex, i) => {
        const other = loaded.annexes[i]!;
        expect(annex.instances).toEqual(other.instances);
        expect([...annex.derivedBy.keys()]).toEqual([...other.derivedBy.keys()]);
        expect(annex.index.cells).toEqual(other.index.cells);
      });
    }
  });

  it("each shipped form passes every check loadCatalogue makes after the parse", () => {
    for (const document of [CATALOGUE_2022_1_DATA, CATALOGUE_2025_2_DATA]) {
      expect(() => catalogueFromChecked(checkedForm(loadCatalogue(document)))).not.toThrow();
    }
  });

  it("a stale form that no longer holds together is refused", () => {
    const form = checkedForm(catalogue2022());
    const broken = { ...form, annexes: [form.annexes[0]!, form.annexes[0]!] };
    expect(() => catalogueFromChecked(broken)).toThrow(/malformed/);
  });
});
