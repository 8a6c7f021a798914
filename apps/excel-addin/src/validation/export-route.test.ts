import { describe, expect, it } from "vitest";
import { exportRoute } from "./export-route.js";

describe("exportRoute", () => {
  it("downloads on Windows and on the web when the host gives the compressed file", () => {
    expect(exportRoute({ fileApi: true, platform: "PC" })).toEqual({ kind: "download" });
    expect(exportRoute({ fileApi: true, platform: "OfficeOnline" })).toEqual({ kind: "download" });
  });

  it("downloads on Mac with the save-a-copy guidance beside it", () => {
    expect(exportRoute({ fileApi: true, platform: "Mac" })).toEqual({ kind: "download-mac" });
  });

  it("falls back to saving a copy on the web without CompressedFile, and on any host without it", () => {
    expect(exportRoute({ fileApi: false, platform: "OfficeOnline" })).toEqual({ kind: "save-copy", why: "web" });
    expect(exportRoute({ fileApi: false, platform: "PC" })).toEqual({ kind: "save-copy", why: "no-api" });
    expect(exportRoute({ fileApi: false, platform: "Mac" })).toEqual({ kind: "save-copy", why: "no-api" });
  });
});
