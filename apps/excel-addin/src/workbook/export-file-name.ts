/** ASCII for a file name: diacritics stripped, đ → d, anything else odd → `-`. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `PL_2022-Y_51_Quang-Ngai.xlsx`: period, unit code and short name. */
export function exportFileName(period: string, unitCode: string, unitName: string): string {
  return `PL_${asciiSlug(period)}_${asciiSlug(unitCode)}_${asciiSlug(unitName)}.xlsx`;
}
