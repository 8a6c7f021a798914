import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE_2022_1_DATA, CATALOGUE_2025_2_DATA, catalogue2022, catalogue2025 } from "./builtin-catalogues.js";
import { catalogueFromChecked, checkedForm } from "./checked-catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";

const shipped = (): unknown => JSON.parse(readFileSync(new URL("./builtin-checked.json", import.meta.url), "utf8"));

describe("built-in catalogues, checked when the package is built", () => {
  it("builtin-checked.json is the shipped documents as the schema reads them (run `pnpm --filter @phuluc/core build && pnpm --filter @phuluc/core builtins` after a change)", () => {
    expect(shipped()).toEqual({
      "2022.1": checkedForm(loadCatalogue(CATALOGUE_2022_1_DATA)),
      "2025.2": checkedForm(loadCatalogue(CATALOGUE_2025_2_DATA)),
    });
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
