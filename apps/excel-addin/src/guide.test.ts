import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const APP = fileURLToPath(new URL("..", import.meta.url));
const guide = readFileSync(join(APP, "README.md"), "utf8");
const manifest = readFileSync(join(APP, "manifest.xml"), "utf8");

/** The paragraph of the guide under a heading, up to the next heading. */
function section(heading: string): string {
  const start = guide.indexOf(`### ${heading}`);
  if (start < 0) throw new Error(`the guide has no section "${heading}"`);
  const end = guide.indexOf("\n#", start + 4);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** What Microsoft's documentation says about installing, as the Vietnamese guide must keep telling it. */
describe("install guide (README.md)", () => {
  it("sends Mac officers to Developer Add-ins in the My Add-ins list for a sideloaded add-in", () => {
    const sideload = section("Nạp thử (sideload) để kiểm tra");
    expect(sideload).toMatch(/Library\/Containers\/com\.microsoft\.Excel\/Data\/Documents\/wef\//);
    expect(sideload).toMatch(/Bổ trợ của tôi\*\* \(My Add-ins\)[\s\S]*\*\*Bổ trợ dành cho nhà phát triển\*\* \(Developer Add-ins\)/);
  });

  it("lists what central deployment needs: organisation accounts, Microsoft 365 licences with Office apps, Exchange Online, an admin", () => {
    const central = section("Triển khai cho cả tổ chức (Microsoft 365 admin center)");
    for (const need of ["Microsoft Entra ID", "giấy phép Microsoft 365", "Exchange Online", "Global admin"]) expect(central, need).toContain(need);
  });

  it("tells AppDomain as the manifest does it: the source origin not repeated, an origin without a path", () => {
    expect(manifest.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<AppDomains?>/);
    expect(guide).toMatch(/\*\*không có\*\* `<AppDomains>`/);
    expect(guide).toMatch(/\*\*không kèm đường dẫn\*\*/);
  });
});
