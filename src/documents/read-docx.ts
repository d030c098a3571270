/**
 * .docx → DocModel: body paragraphs and tables in reading order, then headers and footers;
 * automatic list numbers are computed from numbering.xml so a finding can say "п. 4.2.".
 */
import type { Document, Element } from "@xmldom/xmldom";
import { DocumentError } from "./errors";
import type { DocModel, DocParagraph } from "./model";
import { childElements, decodeUtf8, DEFAULT_XML_LIMITS, firstW, forEachParagraph, isW, paragraphText, parseXml, R, XmlBudget, W, wAttr, type XmlLimits } from "./wordml";
import { assertDocxContainer, DEFAULT_ZIP_LIMITS, unzipEntries, type ZipLimits } from "./zip";

const DOCUMENT = "word/document.xml";
const WANTED = /^(word\/document\.xml|word\/numbering\.xml|word\/styles\.xml|word\/_rels\/document\.xml\.rels|word\/(header|footer)\d*\.xml)$/u;

export type DocxLimits = ZipLimits & XmlLimits;

export function readDocx(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocModel {
  const l: DocxLimits = { ...DEFAULT_ZIP_LIMITS, ...DEFAULT_XML_LIMITS, ...limits };
  assertDocxContainer(bytes);
  const parts = unzipEntries(bytes, (name) => WANTED.test(name), l, { bytes: l.maxXmlBytes, problem: { kind: "xml-too-large", limitMb: Math.round(l.maxXmlBytes / 1048576) } });
  const main = parts.get(DOCUMENT);
  if (!main) throw new DocumentError({ kind: "not-word" });
  const budget = new XmlBudget(l);
  const doc = parseXml(decodeUtf8(main), DOCUMENT, budget);
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (!body) throw new DocumentError({ kind: "no-body" });

  const numbering = new Numbering(parts.get("word/numbering.xml"), parts.get("word/styles.xml"), budget);
  const paragraphs: DocParagraph[] = [];
  const add = (p: DocParagraph) => {
    if (paragraphs.length >= l.maxParagraphs) throw new DocumentError({ kind: "too-many-paragraphs", limit: l.maxParagraphs });
    paragraphs.push(p);
  };
  forEachParagraph(body as Element, (p, kind) => {
    const { text } = paragraphText(p);
    const label = numbering.label(p);
    add(label ? { text, part: kind, label } : { text, part: kind });
  });

  for (const { target, kind } of headerFooterParts(doc, parts.get("word/_rels/document.xml.rels"), budget)) {
    const bytesOfPart = parts.get(`word/${target}`);
    if (!bytesOfPart) continue;
    const partDoc = parseXml(decodeUtf8(bytesOfPart), `word/${target}`, budget);
    const root = partDoc.documentElement;
    if (!root) continue;
    forEachParagraph(root as Element, (p) => {
      const { text } = paragraphText(p);
      if (text.trim() !== "") add({ text, part: kind });
    });
  }

  const title = paragraphs.find((p) => p.part === "body" && p.text.trim() !== "")?.text.trim();
  return title ? { kind: "docx", paragraphs, title } : { kind: "docx", paragraphs };
}

/** Header and footer parts referenced by the section properties, in order, each once. */
function headerFooterParts(doc: Document, relsBytes: Uint8Array | undefined, budget: XmlBudget): Array<{ target: string; kind: "header" | "footer" }> {
  if (!relsBytes) return [];
  const rels = parseXml(decodeUtf8(relsBytes), "word/_rels/document.xml.rels", budget);
  const targets = new Map<string, string>();
  const relEls = rels.getElementsByTagName("Relationship");
  for (let i = 0; i < relEls.length; i++) {
    const r = relEls[i] as Element;
    const id = r.getAttribute("Id");
    const target = r.getAttribute("Target");
    if (id && target) targets.set(id, target.replace(/^\/?word\//u, ""));
  }
  const out: Array<{ target: string; kind: "header" | "footer" }> = [];
  const seen = new Set<string>();
  for (const kind of ["header", "footer"] as const) {
    const refs = doc.getElementsByTagNameNS(W, `${kind}Reference`);
    for (let i = 0; i < refs.length; i++) {
      const id = (refs[i] as Element).getAttributeNS(R, "id");
      const target = id ? targets.get(id) : undefined;
      if (target && !seen.has(target)) {
        seen.add(target);
        out.push({ target, kind });
      }
    }
  }
  return out;
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

/** Automatic numbering as Word renders it, for the formats regulations use. */
class Numbering {
  private readonly numToAbstract = new Map<string, string>();
  private readonly startOverride = new Map<string, Map<number, number>>();
  private readonly levels = new Map<string, Map<number, Level>>();
  private readonly styleNum = new Map<string, { numId: string; ilvl: number }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numberingXml: Uint8Array | undefined, stylesXml: Uint8Array | undefined, budget: XmlBudget) {
    if (numberingXml) this.loadNumbering(parseXml(decodeUtf8(numberingXml), "word/numbering.xml", budget));
    if (stylesXml) this.loadStyles(parseXml(decodeUtf8(stylesXml), "word/styles.xml", budget));
  }

  private loadNumbering(doc: Document): void {
    const root = doc.documentElement as Element | null;
    if (!root) return;
    for (const el of childElements(root)) {
      if (isW(el, "abstractNum")) {
        const id = wAttr(el, "abstractNumId");
        if (!id) continue;
        const lvls = new Map<number, Level>();
        for (const lvl of childElements(el)) {
          if (!isW(lvl, "lvl")) continue;
          const ilvl = Number(wAttr(lvl, "ilvl") ?? "0");
          lvls.set(ilvl, {
            start: Number(wAttr(firstW(lvl, "start"), "val") ?? "1"),
            format: wAttr(firstW(lvl, "numFmt"), "val") ?? "decimal",
            text: wAttr(firstW(lvl, "lvlText"), "val") ?? `%${ilvl + 1}.`,
          });
        }
        this.levels.set(id, lvls);
      } else if (isW(el, "num")) {
        const numId = wAttr(el, "numId");
        const abs = wAttr(firstW(el, "abstractNumId"), "val");
        if (!numId || !abs) continue;
        this.numToAbstract.set(numId, abs);
        const overrides = new Map<number, number>();
        for (const o of childElements(el)) {
          if (!isW(o, "lvlOverride")) continue;
          const start = wAttr(firstW(o, "startOverride"), "val");
          if (start !== undefined) overrides.set(Number(wAttr(o, "ilvl") ?? "0"), Number(start));
        }
        this.startOverride.set(numId, overrides);
      }
    }
  }

  private loadStyles(doc: Document): void {
    const styles = doc.getElementsByTagNameNS(W, "style");
    for (let i = 0; i < styles.length; i++) {
      const s = styles[i] as Element;
      const id = wAttr(s, "styleId");
      const numPr = firstW(firstW(s, "pPr") ?? s, "numPr");
      const numId = wAttr(numPr && firstW(numPr, "numId"), "val");
      if (id && numId) this.styleNum.set(id, { numId, ilvl: Number(wAttr(numPr && firstW(numPr, "ilvl"), "val") ?? "0") });
    }
  }

  /** The label Word would show for this paragraph, advancing the counters; undefined if none. */
  label(p: Element): string | undefined {
    const pPr = firstW(p, "pPr");
    const numPr = pPr && firstW(pPr, "numPr");
    let numId = wAttr(numPr && firstW(numPr, "numId"), "val");
    let ilvl = Number(wAttr(numPr && firstW(numPr, "ilvl"), "val") ?? "0");
    if (!numId) {
      const style = wAttr(pPr && firstW(pPr, "pStyle"), "val");
      const fromStyle = style ? this.styleNum.get(style) : undefined;
      if (!fromStyle) return undefined;
      numId = fromStyle.numId;
      ilvl = fromStyle.ilvl;
    }
    if (numId === "0") return undefined;
    const abs = this.numToAbstract.get(numId);
    const lvls = abs ? this.levels.get(abs) : undefined;
    if (!abs || !lvls) return undefined;
    const key = abs;
    const counts = this.counters.get(key) ?? [];
    const startOf = (l: number) => this.startOverride.get(numId as string)?.get(l) ?? lvls.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : (counts[ilvl] as number) + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) counts[deeper] = undefined as unknown as number;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    const lvl = lvls.get(ilvl);
    if (!lvl) return undefined;
    if (lvl.format === "bullet") return lvl.text.trim() === "" ? "•" : lvl.text;
    if (lvl.format === "none") return undefined;
    return lvl.text.replace(/%(\d)/gu, (_m, d: string) => {
      const l = Number(d) - 1;
      const value = counts[l] ?? startOf(l);
      return formatNumber(value, lvls.get(l)?.format ?? "decimal");
    });
  }
}

const RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz").toUpperCase();
    case "russianLower":
      return letters(n, RU_LETTERS);
    case "russianUpper":
      return letters(n, RU_LETTERS).toUpperCase();
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number, alphabet: string): string {
  const k = alphabet.length;
  const letter = alphabet.charAt((n - 1) % k);
  return letter.repeat(Math.floor((n - 1) / k) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
