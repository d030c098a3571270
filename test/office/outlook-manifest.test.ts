/** manifest.outlook.xml checked offline like the Word one (`npm run validate:outlook` is the online validator). */
import path from "node:path";
import { all, builtFile, children, controlIds, fileExists, orderViolations, parseManifest, pngSize, resids, resources, urls } from "../helpers/manifest-checks";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const doc = parseManifest(path.join(ROOT, "manifest.outlook.xml"));
const root = doc.documentElement;
const type = (el: Element | { getAttributeNS(ns: string, n: string): string | null }) => el.getAttributeNS(XSI, "type");

describe("manifest.outlook.xml (Outlook mail add-in)", () => {
  it("is a MailApp for messages in read and compose mode", () => {
    expect(type(root)).toBe("MailApp");
    expect(all(doc, "Host")[0]!.getAttribute("Name")).toBe("Mailbox");
    const rules = all(doc, "Rule").filter((r) => type(r) === "ItemIs").map((r) => `${r.getAttribute("ItemType")}/${r.getAttribute("FormType")}`);
    expect(rules.sort()).toEqual(["Message/Edit", "Message/Read"]);
  });

  it("keeps the XSD element order", () => {
    expect(orderViolations(root as never)).toEqual([]);
  });

  it("nests VersionOverrides 1.1 in 1.0 and gates it on Mailbox 1.12 (Smart Alerts)", () => {
    const vo = all(doc, "VersionOverrides");
    expect(vo.map((v) => type(v))).toEqual(["VersionOverridesV1_0", "VersionOverridesV1_1"]);
    expect(vo[1]!.parentNode).toBe(vo[0]);
    const sets = all(doc, "Sets").find((s) => s.getAttribute("DefaultMinVersion"))!;
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.12");
  });

  it("has an OnMessageSend launch event in PromptUser mode on the shared runtime, with the JavaScript override", () => {
    const ev = all(doc, "LaunchEvent")[0]!;
    expect([ev.getAttribute("Type"), ev.getAttribute("FunctionName"), ev.getAttribute("SendMode")]).toEqual(["OnMessageSend", "onMessageSendHandler", "PromptUser"]);
    const runtime = all(doc, "Runtime")[0]!;
    const launchPoint = all(doc, "ExtensionPoint").find((e) => type(e) === "LaunchEvent")!;
    const source = children(launchPoint).find((c) => c.localName === "SourceLocation")!;
    expect(source.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
    const override = all(doc, "Override").find((o) => o.getAttribute("type") === "javascript")!;
    const { ids } = resources(doc);
    expect(ids.get(override.getAttribute("resid")!)!.value).toMatch(/\/launchevent\.js$/u);
  });

  it("has a pinnable read pane and a compose pane; the on-send warning opens the compose button's pane", () => {
    const points = all(doc, "ExtensionPoint").map((e) => type(e));
    expect(points).toEqual(["MessageReadCommandSurface", "MessageComposeCommandSurface", "LaunchEvent"]);
    expect(all(doc, "SupportsPinning").map((s) => s.textContent)).toEqual(["true"]);
    expect(controlIds(doc)).toContain("Adal.Compose.Open");
  });

  it("has unique ids and every resid defined, at most 32 characters", () => {
    const { ids, duplicates } = resources(doc);
    expect(duplicates).toEqual([]);
    const controls = controlIds(doc);
    expect(new Set(controls.filter((c) => c !== "TabDefault")).size).toBe(controls.filter((c) => c !== "TabDefault").length);
    for (const r of resids(doc)) {
      expect(ids.has(r) ? r : `undefined resid ${r}`).toBe(r);
      expect(r.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids.keys()) expect(resids(doc)).toContain(id);
  });

  it("is localised in kk-KZ, ru-RU and en-US within the length limits", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = all(doc, name)[0]!;
      expect(children(el).map((o) => o.getAttribute("Locale")).sort()).toEqual(["en-US", "kk-KZ"]);
      for (const v of [el.getAttribute("DefaultValue")!, ...children(el).map((o) => o.getAttribute("Value")!)]) expect(v.length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 250);
    }
    for (const { kind, el } of resources(doc).ids.values()) {
      if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
      expect(children(el).map((o) => o.getAttribute("Locale")).sort()).toEqual(["en-US", "kk-KZ"]);
      for (const v of [el.getAttribute("DefaultValue")!, ...children(el).map((o) => o.getAttribute("Value")!)]) expect(v.length).toBeLessThanOrEqual(kind === "ShortStrings" ? 125 : 250);
    }
  });

  it("uses https URLs only, each pointing at a built file, and icons of the declared sizes", () => {
    for (const u of urls(doc)) {
      expect(u).toMatch(/^https:\/\//u);
      const f = builtFile(u, DIST);
      if (f) expect(fileExists(f) ? f : `missing ${f} for ${u}`).toBe(f);
    }
    const { ids } = resources(doc);
    for (const img of all(doc, "Image").filter((i) => i.getAttribute("size"))) {
      const size = Number(img.getAttribute("size"));
      expect(pngSize(builtFile(ids.get(img.getAttribute("resid")!)!.value, DIST)!)).toEqual({ width: size, height: size });
    }
  });
});
