/**
 * Built-in number formats (ECMA-376 Part 1, §18.8.30) by numFmtId. Ids 5–8 and the
 * East Asian ids 27–36 / 50–58 are locale-dependent; they are given their usual
 * en-US and zh-CN codes so that at least their kind (currency, date) is right.
 */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'AM/PM h"时"mm"分"',
  35: 'AM/PM h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'AM/PM h"时"mm"分"',
  56: 'AM/PM h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Format code of a built-in id; "General" for ids with no built-in meaning. */
export function builtinFormat(id: number): string {
  return BUILTIN_FORMATS[id] ?? "General";
}

/**
 * True when a format code renders numbers as a date or time. Literal text ("..."),
 * escaped characters (\x), padding (_x), fill (*x) and bracketed parts other than
 * elapsed-time tokens ([h], [mm], [ss]) are ignored before looking for d, m, y, h, s.
 */
export function isDateFormat(code: string): boolean {
  if (code === "General" || code === "@") return false;
  let inBracket = false;
  let bracketStart = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (inBracket) {
      if (c === 93 /* ] */) {
        inBracket = false;
        if (/^(h+|m+|s+)$/i.test(code.slice(bracketStart, i))) return true;
      }
      continue;
    }
    switch (c) {
      case 34 /* " */:
        {
          const end = code.indexOf('"', i + 1);
          if (end < 0) return false;
          i = end;
          break;
        }
      case 92 /* \ */:
      case 95 /* _ */:
      case 42 /* * */:
        i++;
        break;
      case 91 /* [ */:
        inBracket = true;
        bracketStart = i + 1;
        break;
      default: {
        const lower = c | 0x20;
        if (lower === 100 || lower === 109 || lower === 121 || lower === 104 || lower === 115) return true;
      }
    }
  }
  return false;
}
