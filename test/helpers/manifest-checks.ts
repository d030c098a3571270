/**
 * Offline checks of an add-in-only XML manifest, the ones the online validator would make and
 * that we can make without the network: element order of the OfficeApp XSD, unique ids, every
 * resid defined, string length limits, https URLs that resolve to built files, icon sizes.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

export const DEV_ORIGIN = "https://localhost:3000";

/** The xs:sequence of OfficeApp (appforoffice 1.1 XSD), shared by TaskPaneApp and MailApp. */
export const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "DefaultSettings", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting",
  "AllowSnapshot", "ExtendedOverrides", "VersionOverrides",
];

export function parseManifest(file: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(readFileSync(file, "utf8"), "text/xml");
  if (errors.length) throw new Error(`${file}: ${errors.join("; ")}`);
  return doc as unknown as Document;
}

export function children(el: Element | globalThis.Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function all(doc: Document, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", localName)) as unknown as Element[];
}

/** Names out of the XSD order, e.g. ["Permissions before Requirements"]. */
export function orderViolations(root: Element): string[] {
  const names = children(root).map((c) => c.localName!);
  const unknown = names.filter((n) => !OFFICE_APP_ORDER.includes(n));
  const out = unknown.map((n) => `unknown element ${n}`);
  for (let i = 1; i < names.length; i++) {
    if (OFFICE_APP_ORDER.indexOf(names[i]!) < OFFICE_APP_ORDER.indexOf(names[i - 1]!)) out.push(`${names[i]} after ${names[i - 1]}`);
  }
  return out;
}

export interface ResourceIndex {
  readonly ids: Map<string, { kind: string; value: string; el: Element }>;
  readonly duplicates: string[];
}

export function resources(doc: Document): ResourceIndex {
  const ids = new Map<string, { kind: string; value: string; el: Element }>();
  const duplicates: string[] = [];
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of all(doc, kind)) {
      for (const el of children(group)) {
        const id = el.getAttribute("id")!;
        if (ids.has(id)) duplicates.push(id);
        ids.set(id, { kind, value: el.getAttribute("DefaultValue") ?? "", el });
      }
    }
  }
  return { ids, duplicates };
}

/** Every resid="…" attribute in the document. */
export function resids(doc: Document): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    const r = el.getAttribute("resid");
    if (r !== null) out.push(r);
    for (const c of children(el)) walk(c);
  };
  walk(doc.documentElement as unknown as Element);
  return out;
}

/** Control, group, tab and other id="…" attributes outside Resources (they must be unique too). */
export function controlIds(doc: Document): string[] {
  const out: string[] = [];
  const walk = (el: Element, inResources: boolean) => {
    const inRes = inResources || el.localName === "Resources";
    const id = el.getAttribute("id");
    if (id !== null && !inRes) out.push(id);
    for (const c of children(el)) walk(c, inRes);
  };
  walk(doc.documentElement as unknown as Element, false);
  return out;
}

/** Every URL in attributes or text, e.g. DefaultValue="https://…", <AppDomain>https://…</AppDomain>. */
export function urls(doc: Document): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue; // namespace names, not fetched
      const v = a.value;
      if (/^[a-z]+:\/\//iu.test(v)) out.push(v);
    }
    const text = children(el).length === 0 ? (el.textContent ?? "").trim() : "";
    if (/^[a-z]+:\/\//iu.test(text)) out.push(text);
    for (const c of children(el)) walk(c);
  };
  walk(doc.documentElement as unknown as Element);
  return out;
}

/** The built file a development URL points at, or null when the URL is not ours. */
export function builtFile(url: string, distDir: string): string | null {
  if (!url.startsWith(DEV_ORIGIN)) return null;
  const rel = new URL(url).pathname.replace(/^\//u, "");
  return rel === "" ? null : path.join(distDir, rel);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47 || b.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export function fileExists(f: string): boolean {
  return existsSync(f);
}

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/gu, "-");
}

/**
 * README sections a manifest's comments point readers to, as `README, "Heading"` or
 * `README.md#anchor`, with those that README does not have. A mention in neither form is
 * reported too: a reference this check cannot read would otherwise pass unchecked.
 */
export function readmeReferences(manifestFile: string, readmeFile: string): { found: string[]; missing: string[]; unreadable: string[] } {
  const text = readFileSync(manifestFile, "utf8");
  const headings = readFileSync(readmeFile, "utf8")
    .split("\n")
    .map((l) => /^#{1,6}\s+(.+?)\s*#*\s*$/u.exec(l)?.[1])
    .filter((h): h is string => h !== undefined);
  const titles = new Set(headings);
  const anchors = new Set(headings.map(headingAnchor));
  const found: string[] = [];
  const missing: string[] = [];
  const unreadable: string[] = [];
  for (const m of text.matchAll(/README(?:\.md)?(?:,\s*"([^"]+)"|#([\w-]+))?/gu)) {
    const [all, title, anchor] = m;
    if (title !== undefined) {
      const t = title.replace(/\s+/gu, " ");
      found.push(t);
      if (!titles.has(t)) missing.push(t);
    } else if (anchor !== undefined) {
      found.push(`#${anchor}`);
      if (!anchors.has(anchor)) missing.push(`#${anchor}`);
    } else unreadable.push(text.slice(m.index, m.index + all.length + 40).replace(/\s+/gu, " "));
  }
  return { found, missing, unreadable };
}
