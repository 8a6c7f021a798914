/**
 * A small Excel formula evaluator for the stand-in: numbers, strings, cell
 * references and ranges, + - * / and comparisons, SUM, IF, N, ROUND. Enough
 * for every formula shape the annex layouts use, computed as Excel would.
 */
import { columnNumber } from "./a1.js";

export type Scalar = number | string | boolean | null | { error: string };
type Value = Scalar | { range: Scalar[] };
export type CellLookup = (row: number, column: number) => Scalar;

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; row: number; column: number } | { t: "id"; v: string } | { t: "op"; v: string };

const err = (error: string): { error: string } => ({ error });
const isErr = (v: unknown): v is { error: string } => typeof v === "object" && v !== null && "error" in v;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i] ?? "";
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (m) {
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    m = /^\$?([A-Z]{1,3})\$?(\d+)/.exec(rest);
    if (m && !/^[A-Z]+\(/.test(rest)) {
      out.push({ t: "ref", row: Number(m[2]), column: columnNumber(m[1] ?? "") });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (m) {
      out.push({ t: "id", v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = /^(<>|<=|>=|[-+*/(),:=<>&])/.exec(rest);
    if (m) {
      out.push({ t: "op", v: m[0] });
      i += m[0].length;
      continue;
    }
    throw new Error(`Cannot read formula at "${rest}"`);
  }
  return out;
}

function toNumber(v: Scalar): number | { error: string } {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

/** ROUND as Excel does it: half away from zero, on the value as 15 significant digits show it. */
export function excelRound(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly cell: CellLookup,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === "op" && t.v === v;
  }

  private expect(v: string): void {
    if (!this.isOp(v)) throw new Error(`Expected ${v}`);
    this.i++;
  }

  parse(): Value {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Error("Trailing tokens");
    return v;
  }

  private scalar(v: Value): Scalar {
    return typeof v === "object" && v !== null && "range" in v ? (v.range.length === 1 ? (v.range[0] ?? null) : err("#VALUE!")) : v;
  }

  private comparison(): Value {
    const left = this.additive();
    const t = this.peek();
    if (t?.t !== "op" || !["=", "<>", "<", ">", "<=", ">="].includes(t.v)) return left;
    this.i++;
    const a = this.scalar(left);
    const b = this.scalar(this.additive());
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    const x = a ?? 0;
    const y = b ?? 0;
    switch (t.v) {
      case "=":
        return x === y;
      case "<>":
        return x !== y;
      case "<":
        return x < y;
      case ">":
        return x > y;
      case "<=":
        return x <= y;
      default:
        return x >= y;
    }
  }

  private additive(): Value {
    let left = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.tokens[this.i++] as { v: string }).v;
      const a = toNumber(this.scalar(left));
      const b = toNumber(this.scalar(this.term()));
      left = isErr(a) ? a : isErr(b) ? b : op === "+" ? a + b : a - b;
    }
    return left;
  }

  private term(): Value {
    let left = this.unary();
    while (this.isOp("*") || this.isOp("/")) {
      const op = (this.tokens[this.i++] as { v: string }).v;
      const a = toNumber(this.scalar(left));
      const b = toNumber(this.scalar(this.unary()));
      if (isErr(a)) left = a;
      else if (isErr(b)) left = b;
      else if (op === "*") left = a * b;
      else left = b === 0 ? err("#DIV/0!") : a / b;
    }
    return left;
  }

  private unary(): Value {
    if (this.isOp("-")) {
      this.i++;
      const v = toNumber(this.scalar(this.unary()));
      return isErr(v) ? v : -v;
    }
    if (this.isOp("+")) this.i++;
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.i++];
    if (!t) throw new Error("Unexpected end");
    if (t.t === "num" || t.t === "str") return t.v;
    if (t.t === "ref") {
      if (this.isOp(":")) {
        this.i++;
        const end = this.tokens[this.i++];
        if (end?.t !== "ref") throw new Error("Bad range");
        const range: Scalar[] = [];
        for (let r = Math.min(t.row, end.row); r <= Math.max(t.row, end.row); r++)
          for (let c = Math.min(t.column, end.column); c <= Math.max(t.column, end.column); c++) range.push(this.cell(r, c));
        return { range };
      }
      return { range: [this.cell(t.row, t.column)] };
    }
    if (t.t === "op" && t.v === "(") {
      const v = this.comparison();
      this.expect(")");
      return v;
    }
    if (t.t === "id") {
      this.expect("(");
      const args: Value[] = [];
      if (!this.isOp(")")) {
        args.push(this.comparison());
        while (this.isOp(",")) {
          this.i++;
          args.push(this.comparison());
        }
      }
      this.expect(")");
      return this.call(t.v, args);
    }
    throw new Error(`Unexpected token ${JSON.stringify(t)}`);
  }

  private call(name: string, args: Value[]): Value {
    switch (name) {
      case "SUM": {
        let total = 0;
        for (const a of args) {
          if (typeof a === "object" && a !== null && "range" in a) {
            for (const v of a.range) {
              if (isErr(v)) return v;
              if (typeof v === "number") total += v;
            }
          } else {
            const n = toNumber(a);
            if (isErr(n)) return n;
            total += n;
          }
        }
        return total;
      }
      case "N": {
        const v = this.scalar(args[0] ?? null);
        return isErr(v) ? v : typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
      }
      case "IF": {
        const c = this.scalar(args[0] ?? null);
        if (isErr(c)) return c;
        const truthy = typeof c === "string" ? c !== "" : Boolean(c);
        return this.scalar((truthy ? args[1] : args[2]) ?? false);
      }
      case "ROUND": {
        const x = toNumber(this.scalar(args[0] ?? null));
        const d = toNumber(this.scalar(args[1] ?? 0));
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        return excelRound(x, Math.trunc(d));
      }
      default:
        return err("#NAME?");
    }
  }
}

/** Evaluates a formula (with or without its leading `=`) against the sheet's cells. */
export function evaluate(formula: string, cell: CellLookup): Scalar {
  const body = formula.replace(/^=/, "");
  const result = new Parser(tokenize(body), cell).parse();
  if (typeof result === "object" && result !== null && "range" in result) {
    const v = result.range.length === 1 ? (result.range[0] ?? null) : err("#VALUE!");
    return v === null ? 0 : v;
  }
  return result;
}
