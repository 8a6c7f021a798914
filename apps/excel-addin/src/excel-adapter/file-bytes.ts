import { ExcelRefusal } from "../excel-port.js";

/** Default slice size of `getFileAsync` (64 KiB). */
const SLICE = 65536;

/** One Office.js asynchronous call; the host's refusal (a failed AsyncResult) is an {@link ExcelRefusal}. */
function call<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new ExcelRefusal("file-refused", Object.assign(new Error(result.error?.message ?? "Office error"), { code: result.error?.code })));
    });
  });
}

/** The open workbook as .xlsx bytes, gathered slice by slice; the file handle is always closed. */
export async function fileBytes(): Promise<Uint8Array> {
  const file = await call<Office.File>((done) => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, done));
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await call<Office.Slice>((done) => file.getSliceAsync(i, done));
      parts.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}
