import { it } from "vitest";
import { catalogue2022 } from "../catalogue/index.js";
import { validate, computeDerived } from "../engine/index.js";
import { sampleSubmission } from "../sample/index.js";
import { Dec } from "../numbers/index.js";

it("scratch", () => {
  const cat = catalogue2022();
  let n = 0, errs = 0; const codes = new Map<string, number>();
  for (let u = 0; u < 80; u++) for (const p of ["2021-H1", "2021-Y", "2022-H1", "2022-Y", "2023-Y", "2024-H1"]) for (const unitKind of ["province", "central"] as const) {
    const s = sampleSubmission(cat, { unit: `U${u}`, period: p, unitKind });
    const r = validate(s, cat, { unitKind });
    const rn = validate(s, cat, { unitKind, level: "national" });
    n++; errs += r.errors + rn.errors;
    for (const f of [...r.findings, ...rn.findings]) codes.set(f.code + (f.severity) + f.rule, (codes.get(f.code + f.severity + f.rule) ?? 0) + 1);
  }
  console.log(n, errs, [...codes]);
  const pl02 = cat.annex("PL02")!;
  const m = computeDerived(pl02, new Map(Object.entries({ "03.1": 1, "04.1": 2, "05.1": 3, "06.1": 4, "07.1": 5, "08.1": 6, "09.1": 10, "10.1": 20, "14.1": 1, "15.1": 1, "16.1": 1 }).map(([k, v]) => [k, new Dec(v)])));
  console.log([...m].map(([k, v]) => `${k}=${v}`).join(" "));
  const pl09 = cat.annex("PL09")!;
  const m9 = computeDerived(pl09, new Map(Object.entries({ "01.2": 0, "01.3": 0, "01.4": 0, "01.5": 0, "02.2": 1, "02.3": 2, "02.4": 3, "02.5": 0 }).map(([k, v]) => [k, new Dec(v)])));
  console.log([...m9].map(([k, v]) => `${k}=${v}`).join(" "));
});
