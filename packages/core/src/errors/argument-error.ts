/**
 * Checks for the arguments a JavaScript caller (no type checker) may get
 * wrong. Misuse is thrown as a TypeError that names the function, the
 * argument, what it expects and what it got — never a crash deeper down.
 */

const QUOTE_LIMIT = 40;

/** A short description of a value for a message: `string "abc"`, `number NaN`, `undefined`, `object Array`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    const quoted = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
    return `string ${JSON.stringify(quoted)}`;
  }
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  if (typeof value === "function") return "function";
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name ? `object ${name}` : "object";
}

/** The TypeError for one wrong argument: `formatPercent: value must be a number, a Decimal or a numeric string; got string "abc".` */
export function argumentError(fn: string, argument: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${fn}: ${argument} must be ${expected}; got ${describeValue(value)}.`);
}

/** True for a non-null object that is not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws unless `value` is a plain object (not null, not an array). */
export function expectRecord(fn: string, argument: string, value: unknown, expected = "an object"): void {
  if (!isRecord(value)) throw argumentError(fn, argument, expected, value);
}

/** Throws unless `value` looks like a catalogue (has `version`, `annexes` and `annex()`). */
export function expectCatalogue(fn: string, argument: string, value: unknown): void {
  const ok = isRecord(value) && typeof value.version === "string" && Array.isArray(value.annexes) && typeof value.annex === "function";
  if (!ok) throw argumentError(fn, argument, "a catalogue (as the library's catalogue functions return it)", value);
}

/** Throws unless `value` looks like a submission (`{ annexes: { PL01: { code, cells } } }`). */
export function expectSubmission(fn: string, argument: string, value: unknown): void {
  if (!isRecord(value) || !isRecord(value.annexes)) {
    throw argumentError(fn, argument, "a submission object with an `annexes` object ({ annexes: { PL01: annexFigures(…) } })", value);
  }
}

/** Throws unless `value` is a Period object (`periodOrThrow("2022-Y")`), not a period id or a parse result. */
export function expectPeriod(fn: string, argument: string, value: unknown): void {
  const ok = isRecord(value) && typeof value.id === "string" && typeof value.kind === "string" && typeof value.year === "number";
  if (!ok) throw argumentError(fn, argument, 'a Period object (periodOrThrow("2022-Y"), or the `period` of parsePeriod\'s result)', value);
}

/** Throws unless `value` is a reporting unit of a registry (with `code`, `name` and `kind`). */
export function expectUnit(fn: string, argument: string, value: unknown): void {
  const ok = isRecord(value) && typeof value.code === "string" && typeof value.name === "string" && typeof value.kind === "string";
  if (!ok) throw argumentError(fn, argument, 'a reporting unit of a registry (unitByCode(registry, "01"))', value);
}

/** Throws unless `value` is the bytes of a file as a Uint8Array (a Node Buffer is one). */
export function expectBytes(fn: string, argument: string, value: unknown): void {
  if (!(value instanceof Uint8Array)) {
    const hint = value instanceof ArrayBuffer ? "a Uint8Array (wrap an ArrayBuffer: new Uint8Array(buffer))" : "a Uint8Array of the file's bytes";
    throw argumentError(fn, argument, hint, value);
  }
}
