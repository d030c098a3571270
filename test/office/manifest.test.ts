/**
 * The Word manifest, checked offline (the online validator is `npm run validate`). URLs must
 * point at files the web build produced, so `npm run build` runs before jest (npm test does it).
 */
import path from "node:path";
import { all, builtFile, children, controlIds, fileExists, orderViolations, parseManifest, pngSize, resids, resources, urls } from "../helpers/manifest-checks";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const doc = parseManifest(path.join(ROOT, "manifest.xml"));
const root = doc.documentElement;

describe("manifest.xml (Word task pane)", () => {
  it("is a TaskPaneApp for Word documents", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
    expect(all(doc, "Host").map((h) => h.getAttribute("Name") ?? h.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"))).toEqual(["Document", "Document"]);
  });

  it("keeps the XSD element order", () => {
    expect(orderViolations(root as never)).toEqual([]);
  });

  it("has a GUID id and a four-part version", () => {
    expect(all(doc, "Id")[0]!.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu);
    expect(all(doc, "Version")[0]!.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/u);
  });

  it("installs on WordApi 1.3 and nothing newer", () => {
    const sets = all(doc, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["WordApi", "1.3"]]);
  });

  it("is localised in kk-KZ, ru-RU and en-US", () => {
    expect(all(doc, "DefaultLocale")[0]!.textContent).toBe("ru-RU");
    for (const name of ["DisplayName", "Description"]) {
      const el = all(doc, name)[0]!;
      expect(children(el).map((o) => o.getAttribute("Locale")).sort()).toEqual(["en-US", "kk-KZ"]);
    }
    for (const { kind, el } of resources(doc).ids.values()) {
      if (kind === "ShortStrings" || kind === "LongStrings") expect(children(el).map((o) => o.getAttribute("Locale")).sort()).toEqual(["en-US", "kk-KZ"]);
    }
  });

  it("puts a button on the Home tab that opens the pane", () => {
    const tab = all(doc, "OfficeTab")[0]!;
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = all(doc, "Action")[0]!;
    expect(action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("ShowTaskpane");
  });

  it("has unique ids and every resid defined, at most 32 characters", () => {
    const { ids, duplicates } = resources(doc);
    expect(duplicates).toEqual([]);
    const controls = controlIds(doc);
    expect(new Set(controls).size).toBe(controls.length);
    for (const r of resids(doc)) {
      expect(ids.has(r) ? r : `undefined resid ${r}`).toBe(r);
      expect(r.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids.keys()) expect(resids(doc)).toContain(id);
  });

  it("keeps strings within the manifest limits", () => {
    const limit = (v: string, n: number) => expect(v.length).toBeLessThanOrEqual(n);
    const valuesOf = (el: Element) => [el.getAttribute("DefaultValue") ?? "", ...children(el as never).map((o) => o.getAttribute("Value") ?? "")];
    for (const v of valuesOf(all(doc, "DisplayName")[0] as never)) limit(v, 125);
    for (const v of valuesOf(all(doc, "Description")[0] as never)) limit(v, 250);
    for (const { kind, el } of resources(doc).ids.values()) {
      if (kind === "ShortStrings") for (const v of valuesOf(el as never)) limit(v, 125);
      if (kind === "LongStrings") for (const v of valuesOf(el as never)) limit(v, 250);
      if (kind === "Urls" || kind === "Images") for (const v of valuesOf(el as never)) limit(v, 2048);
    }
  });

  it("uses https URLs only, each pointing at a built file", () => {
    expect(fileExists(DIST)).toBe(true);
    const list = urls(doc);
    expect(list.length).toBeGreaterThan(5);
    for (const u of list) {
      expect(u).toMatch(/^https:\/\//u);
      const f = builtFile(u, DIST);
      if (f) expect(fileExists(f) ? f : `missing ${f} for ${u}`).toBe(f);
    }
  });

  it("has icons of the declared sizes", () => {
    const { ids } = resources(doc);
    const images = all(doc, "Image").filter((i) => i.getAttribute("size"));
    expect(new Set(images.map((i) => i.getAttribute("size")))).toEqual(new Set(["16", "32", "80"]));
    for (const img of images) {
      const size = Number(img.getAttribute("size"));
      const file = builtFile(ids.get(img.getAttribute("resid")!)!.value, DIST)!;
      expect(pngSize(file)).toEqual({ width: size, height: size });
      // The source icons in assets/ are what the build copies.
      expect(pngSize(path.join(ROOT, "assets", path.basename(file)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(builtFile(all(doc, "IconUrl")[0]!.getAttribute("DefaultValue")!, DIST)!)).toEqual({ width: 32, height: 32 });
    expect(pngSize(builtFile(all(doc, "HighResolutionIconUrl")[0]!.getAttribute("DefaultValue")!, DIST)!)).toEqual({ width: 64, height: 64 });
  });

  it("names Adal's help page as Support and Learn more, not the development index (issue #13 item 13)", () => {
    const { ids } = resources(doc);
    expect(all(doc, "SupportUrl")[0]!.getAttribute("DefaultValue")).toBe("https://localhost:3000/help.html");
    const learnMore = all(doc, "LearnMoreUrl")[0]!.getAttribute("resid")!;
    expect(ids.get(learnMore)!.value).toBe("https://localhost:3000/help.html");
    expect(urls(doc).filter((u) => u.endsWith("/index.html"))).toEqual([]);
  });

  it("is rewritten to the deployment origin in the build", () => {
    const built = parseManifest(path.join(DIST, "manifest.xml"));
    const origin = (process.env.ADAL_ORIGIN ?? "https://localhost:3000").replace(/\/$/u, "");
    for (const u of urls(built)) if (!u.startsWith("https://appsforoffice")) expect(u.startsWith(origin)).toBe(true);
  });
});
