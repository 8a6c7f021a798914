/**
 * xl/theme/theme1.xml: the Office colours and fonts (Calibri body text), so
 * the default font's theme colour means what it means in Excel. Only what
 * the schema asks for: no per-script fonts, no effects.
 */
const colors: [string, string][] = [
  ["dk2", "1F497D"],
  ["lt2", "EEECE1"],
  ["accent1", "4F81BD"],
  ["accent2", "C0504D"],
  ["accent3", "9BBB59"],
  ["accent4", "8064A2"],
  ["accent5", "4BACC6"],
  ["accent6", "F79646"],
  ["hlink", "0000FF"],
  ["folHlink", "800080"],
];
const solid = `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`;
const line = (w: number) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid}<a:prstDash val="solid"/></a:ln>`;
const effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
const font = (latin: string) => `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>`;

export const THEME_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
  `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
  colors.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("") +
  `</a:clrScheme>` +
  `<a:fontScheme name="Office"><a:majorFont>${font("Cambria")}</a:majorFont><a:minorFont>${font("Calibri")}</a:minorFont></a:fontScheme>` +
  `<a:fmtScheme name="Office"><a:fillStyleLst>${solid.repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(9525)}${line(25400)}${line(38100)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${effect.repeat(3)}</a:effectStyleLst><a:bgFillStyleLst>${solid.repeat(3)}</a:bgFillStyleLst></a:fmtScheme>` +
  `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
