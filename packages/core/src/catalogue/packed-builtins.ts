import type { CheckedCatalogue } from "./checked-catalogue.js";

/**
 * The checked forms of the shipped catalogues as they are stored in
 * builtin-checked.json: an annex whose data is the same as the annex with
 * its code in an earlier catalogue of the file is stored as a reference to
 * it (`sameAs`), so that a browser bundle carries each annex once (five of
 * the nine annexes of 2025.2 are those of 2022.1).
 */
export type PackedAnnex = CheckedCatalogue["annexes"][number] | { version: string; sameAs: string; code: string };
export type PackedBuiltins = Record<string, { header: CheckedCatalogue["header"]; annexes: PackedAnnex[] }>;

/** Packs checked forms, oldest first, for builtin-checked.json. */
export function packBuiltins(forms: Readonly<Record<string, CheckedCatalogue>>): PackedBuiltins {
  const seen: [string, CheckedCatalogue][] = [];
  const packed: PackedBuiltins = {};
  for (const [id, form] of Object.entries(forms)) {
    packed[id] = {
      header: form.header,
      annexes: form.annexes.map((annex) => {
        const text = JSON.stringify(annex.data);
        const earlier = seen.find(([, f]) => f.annexes.some((a) => a.data.code === annex.data.code && JSON.stringify(a.data) === text));
        return earlier ? { version: annex.version, sameAs: earlier[0], code: annex.data.code } : annex;
      }),
    };
    seen.push([id, form]);
  }
  return packed;
}

/** The checked form of catalogue `id` from the packed file (shared annex data is shared, not copied). */
export function unpackBuiltin(packed: PackedBuiltins, id: string): CheckedCatalogue {
  const entry = packed[id];
  if (!entry) throw new Error(`builtin-checked.json has no catalogue ${id}`);
  return {
    header: entry.header,
    annexes: entry.annexes.map((annex) => {
      if (!("sameAs" in annex)) return annex;
      const data = unpackBuiltin(packed, annex.sameAs).annexes.find((a) => a.data.code === annex.code)?.data;
      if (!data) throw new Error(`builtin-checked.json: ${id} ${annex.code} refers to ${annex.sameAs}, which has no such annex`);
      return { version: annex.version, data };
    }),
  };
}
