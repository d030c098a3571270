/** manifest.outlook.xml checked offline like the Word one (`npm run validate:outlook` is the online validator). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { all, builtFile, children, controlIds, fileExists, headingAnchor, orderViolations, parseManifest, pngSize, readmeReferences, resids, resources, urls } from "../helpers/manifest-checks";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HELP_PAGE, rewriteManifest } = require("../../tools/manifest-urls.cjs") as { HELP_PAGE: string; rewriteManifest(xml: string, o: { origin?: string; supportUrl?: string }): string };
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

  it("nests VersionOverrides 1.1 in 1.0 and gates only 1.1 (Smart Alerts) on Mailbox 1.12", () => {
    const vo = all(doc, "VersionOverrides");
    expect(vo.map((v) => type(v))).toEqual(["VersionOverridesV1_0", "VersionOverridesV1_1"]);
    expect(vo[1]!.parentNode).toBe(vo[0]);
    const gate = (v: Element) => children(children(v).find((c) => c.localName === "Requirements")!)[0]!.getAttribute("DefaultMinVersion");
    expect(vo.map((v) => gate(v as never))).toEqual(["1.5", "1.12"]);
  });

  it("keeps the read and compose buttons where Mailbox 1.12 is missing (Outlook 2016/2019/2021 volume-licensed, issue #13 item 7)", () => {
    const [v10, v11] = all(doc, "VersionOverrides");
    type El = ReturnType<typeof children>[number];
    const child = (el: El, name: string) => children(el).find((c) => c.localName === name)!;
    const points = (v: El) => children(child(child(child(v, "Hosts"), "Host"), "DesktopFormFactor")).filter((c) => c.localName === "ExtensionPoint").map((e) => type(e));
    expect(points(v10 as never)).toEqual(["MessageReadCommandSurface", "MessageComposeCommandSurface"]);
    expect(points(v11 as never)).toEqual(["MessageReadCommandSurface", "MessageComposeCommandSurface", "LaunchEvent"]);
    // Each block defines every resource it uses (1.0 clients never read the 1.1 block).
    for (const v of [v10, v11]) {
      const defined = new Set(all(v as never, "Image").concat(all(v as never, "Url"), all(v as never, "String")).map((e) => e.getAttribute("id")).filter(Boolean));
      const used = (function walk(el: El): string[] {
        return [...(el.getAttribute("resid") ? [el.getAttribute("resid")!] : []), ...children(el).filter((c) => !(c.localName === "VersionOverrides")).flatMap(walk)];
      })(v as never);
      expect(used.filter((r) => !defined.has(r))).toEqual([]);
    }
  });

  it("supports shared and delegate mailboxes, and asks for the least permission the panes need (issue #13 items 5, 13)", () => {
    const dff = all(doc, "DesktopFormFactor")[1]!;
    expect(children(dff)[0]!.localName).toBe("SupportsSharedFolders");
    expect(children(dff)[0]!.textContent).toBe("true");
    expect(all(doc, "Permissions")[0]!.textContent).toBe("ReadWriteItem");
  });

  it("points readers only to README sections that exist (both manifests)", () => {
    expect(headingAnchor("Sideloading into Outlook")).toBe("sideloading-into-outlook");
    const refs = Object.fromEntries(["manifest.xml", "manifest.outlook.xml"].map((m) => [m, readmeReferences(path.join(ROOT, m), path.join(ROOT, "README.md"))]));
    // The permissions comment cites README; if no reference is read here, the check is not running.
    expect(refs["manifest.outlook.xml"]!.found.length).toBeGreaterThan(0);
    for (const [m, r] of Object.entries(refs)) expect({ manifest: m, missing: r.missing, unreadable: r.unreadable }).toEqual({ manifest: m, missing: [], unreadable: [] });
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
    expect(points).toEqual(["MessageReadCommandSurface", "MessageComposeCommandSurface", "MessageReadCommandSurface", "MessageComposeCommandSurface", "LaunchEvent"]);
    expect(all(doc, "SupportsPinning").map((s) => s.textContent)).toEqual(["true"]);
    expect(controlIds(doc)).toContain("Adal.Compose.Open");
  });

  it("has unique ids within each VersionOverrides and every resid defined, at most 32 characters", () => {
    const { ids, duplicates } = resources(doc);
    // The 1.0 and 1.1 blocks each define the resources they use; within a block ids are unique.
    expect(new Set(duplicates).size).toBe(duplicates.length);
    for (const d of duplicates) expect(ids.has(d)).toBe(true);
    const controls = controlIds(doc).filter((c) => c !== "TabDefault");
    expect(new Set(controls).size).toBe(controls.length / 2);
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

  it("has the Mail icon sizes: IconUrl 64×64, HighResolutionIconUrl 128×128 (issue #13 item 11)", () => {
    expect(pngSize(builtFile(all(doc, "IconUrl")[0]!.getAttribute("DefaultValue")!, DIST)!)).toEqual({ width: 64, height: 64 });
    expect(pngSize(builtFile(all(doc, "HighResolutionIconUrl")[0]!.getAttribute("DefaultValue")!, DIST)!)).toEqual({ width: 128, height: 128 });
  });

  it("points Support at Adal's help page, not the development index, and a deployment can replace it (issue #13 item 13)", () => {
    expect(all(doc, "SupportUrl")[0]!.getAttribute("DefaultValue")).toBe(HELP_PAGE);
    const xml = readFileSync(path.join(ROOT, "manifest.outlook.xml"), "utf8");
    const deployed = rewriteManifest(xml, { origin: "https://adal.example.kz", supportUrl: "https://intranet.example.kz/help?app=adal&lang=ru" });
    expect(deployed).toContain('<SupportUrl DefaultValue="https://intranet.example.kz/help?app=adal&amp;lang=ru"/>');
    expect(deployed).toContain("https://adal.example.kz/outlook.html");
    expect(deployed).not.toContain("localhost");
    expect(() => rewriteManifest(xml, { supportUrl: "http://insecure.example.kz" })).toThrow(/https/u);
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
