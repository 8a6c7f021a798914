/**
 * Plausible input figures of each annex for a unit of a given size, keyed by
 * cell key `row.column`. Derived cells are left out: they are computed from
 * these. Each generator keeps its annex's comparison rules true.
 */
export type InputGenerator = (ctx: SampleContext) => Record<string, number>;

export interface SampleContext {
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** A share of a whole, rounded down: share(1000, 0.2, 0.3). */
  share(whole: number, lo: number, hi: number): number;
  /** Relative size of the unit: 1 for a mid-sized province. */
  scale: number;
  /** Half a year's flows are about half a year's. */
  half: boolean;
  /** Party members at the end of the period (PL04 r02), shared by PL04 and PL09. */
  members: number;
  /** Base organisations (PL04 r01), shared by PL04 and PL09. */
  organisations: number;
}

export const SAMPLE_INPUTS: Record<string, InputGenerator> = {
  PL01: (c) => {
    const r01 = c.int(45, 95);
    const r02 = c.share(r01, 0.3, 0.4);
    const r03 = c.share(r02, 0.2, 0.3);
    const out: Record<string, number> = {};
    for (const [row, total] of [
      ["01", r01],
      ["02", r02],
      ["03", r03],
    ] as const) {
      out[`${row}.1`] = total;
      out[`${row}.2`] = c.share(total, 0.15, 0.3);
      out[`${row}.4`] = c.share(total, 0.08, 0.2);
      out[`${row}.6`] = c.share(total, 0, 0.35);
    }
    return out;
  },
  PL02: (c) => {
    const out: Record<string, number> = {};
    const flow = (lo: number, hi: number) => Math.round(c.int(lo, hi) * c.scale * (c.half ? 0.5 : 1));
    for (const row of ["03", "04", "05", "06", "07", "08"]) out[`${row}.1`] = flow(0, 12);
    out["09.1"] = flow(20, 80);
    out["10.1"] = flow(5, 30);
    out["11.1"] = flow(0, 5);
    out["12.1"] = flow(0, 3);
    for (const row of ["14", "15", "16", "17"]) out[`${row}.1`] = flow(0, 3);
    return out;
  },
  PL03: (c) => {
    const flow = (lo: number, hi: number) => Math.round(c.int(lo, hi) * c.scale * (c.half ? 0.5 : 1));
    const out: Record<string, number> = { "02.1": flow(200, 1500), "03.1": flow(30, 150), "04.1": flow(500, 3000) };
    for (const row of ["05", "06", "07"]) {
      const plan = Math.round(c.int(40, 160) * c.scale);
      out[`${row}.1`] = plan;
      out[`${row}.2`] = c.share(plan, 0.7, 1.08);
    }
    return out;
  },
  PL04: (c) => {
    const r04 = c.share(c.members, 0.006, 0.012 * (c.half ? 0.5 : 1));
    const r10 = c.int(0, 8);
    const r11 = c.int(2, 40);
    return {
      "01.1": c.organisations,
      "02.1": c.members,
      "03.1": c.share(c.members, c.half ? 0.014 : 0.029, c.half ? 0.02 : 0.041),
      "04.1": r04,
      "05.1": c.share(r04, 0.01, 0.05),
      "07.1": c.int(10, 80),
      "08.1": c.int(5, 60),
      "10.1": r10,
      "11.1": r11,
    };
  },
  PL05: (c) => {
    const r01 = Math.round(c.int(1500, 5000) * c.scale);
    // By the year's end most units have held every congress.
    const done = !c.half && c.int(1, 10) <= 7 ? r01 : c.share(r01, c.half ? 0.4 : 0.9, c.half ? 0.8 : 1);
    return { "01.1": r01, "02.1": done };
  },
  PL06: (c) => {
    const r01 = c.int(35, 60);
    const districts = c.int(8, 20);
    return {
      "01.1": r01,
      "02.1": c.int(0, 9) === 0 ? 0 : 1,
      "03.1": c.int(2, 4),
      "04.1": c.int(5, 8),
      "05.1": c.int(5, 10),
      "06.1": districts * c.int(6, 9),
      "07.1": districts,
      "08.1": districts * 2,
      "09.1": c.int(0, 3),
    };
  },
  PL07: (c) => ({ "01.1": Math.round(c.int(5, 40) * c.scale), "02.1": Math.round(c.int(3, 25) * c.scale) }),
  PL08: (c) => {
    const r01 = c.int(10, 25);
    const r02 = c.int(3, 8);
    const bodies = r01 + r02;
    return {
      "01.1": r01,
      "02.1": r02,
      "04.1": bodies,
      "05.1": c.share(bodies, 1.2, 1.8),
      "06.1": bodies * c.int(3, 6),
      "07.1": c.share(bodies, 0.85, 1),
    };
  },
  PL09: (c) => {
    const out: Record<string, number> = {};
    for (const [row, total] of [
      ["01", c.organisations],
      ["02", c.share(c.members, 0.93, 0.97)],
    ] as const) {
      const excellent = c.share(total, 0.15, 0.22);
      const good = c.share(total, 0.7, 0.76);
      const failed = c.share(total, 0.002, 0.012);
      out[`${row}.2`] = excellent;
      out[`${row}.3`] = good;
      out[`${row}.5`] = failed;
      out[`${row}.4`] = total - excellent - good - failed;
    }
    return out;
  },
};
