import { describe, expect, it } from "vitest";
import { folderFromInput } from "./page-files.js";

/** A file as `<input webkitdirectory>` gives it. */
const inFolder = (path: string, text = "x") =>
  Object.assign(new File([text], path.split("/").pop() as string, { lastModified: 1_700_000_000_000 }), { webkitRelativePath: path });

describe("a chosen folder as the pipeline takes it", () => {
  it("names files by their path inside the folder, in the command line tool's order (NFC), with size and time", async () => {
    const folder = folderFromInput([inFolder("2022-Y/thu-dien-tu/b.xlsx"), inFolder("2022-Y/30-hai-duong.xlsx", "abc"), inFolder("2022-Y/01-ha-noi.xlsx")]);
    expect(folder.name).toBe("2022-Y");
    expect(folder.files.map((f) => f.name)).toEqual(["01-ha-noi.xlsx", "30-hai-duong.xlsx", "thu-dien-tu/b.xlsx"]);
    const haiDuong = folder.files[1];
    expect(haiDuong?.size).toBe(3);
    expect(haiDuong?.mtime).toBe(1_700_000_000_000);
    expect(new TextDecoder().decode(await haiDuong?.read())).toBe("abc");
  });

  it("files chosen one by one keep their own names, without a folder", () => {
    const folder = folderFromInput([new File(["x"], "b.xlsx"), new File(["x"], "a.xlsx")]);
    expect(folder).toMatchObject({ name: "", files: [{ name: "a.xlsx" }, { name: "b.xlsx" }] });
  });
});
