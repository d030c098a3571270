/**
 * Walking WordprocessingML (document.xml, header*.xml, footer*.xml) in reading order.
 *
 * The reader and the annotator both use these functions, so the text a finding's offsets refer
 * to is exactly the text the annotator splits runs in. Tracked deletions and field codes are
 * not text; insertions, hyperlinks, smart tags and content controls are.
 */
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { DocumentError } from "./errors";
import type { XmlLimits } from "./limits";
export { DEFAULT_XML_LIMITS, type XmlLimits } from "./limits";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Children to descend into: containers whose content is part of the paragraph text. */
const TRANSPARENT = new Set(["hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo", "dir", "bdo"]);
/** Children whose content is not text of the paragraph. */
const SKIP = new Set(["pPr", "rPr", "del", "moveFrom", "drawing", "pict", "object", "AlternateContent", "instrText", "delText", "commentReference", "footnoteReference", "endnoteReference"]);

/**
 * Checks the shape of XML before @xmldom/xmldom builds a DOM of it: tags across all parts of
 * one document (heap), nesting depth and namespace declarations in scope (xmldom's serializer
 * looks each element's prefix up among the declarations in scope, so thousands of them, or
 * thousands of nested levels each declaring one, make --annotate quadratic: 20,000 declarations
 * on the root with 20,000 paragraphs took 78 s). One pass over the text, no recursion.
 */
export class XmlBudget {
  private tags = 0;

  constructor(private readonly limits: XmlLimits) {}

  check(xml: string): void {
    const { maxXmlTags, maxXmlDepth, maxXmlNamespaces } = this.limits;
    // Declarations made by each open element, so closing it takes them out of scope.
    const declared: number[] = [];
    let inScope = 0;
    for (let i = xml.indexOf("<"); i >= 0 && i < xml.length; i = xml.indexOf("<", i + 1)) {
      if (++this.tags > maxXmlTags) throw new DocumentError({ kind: "xml-too-many-tags", limit: maxXmlTags });
      const next = xml.charCodeAt(i + 1);
      if (next === 0x2f /* / */) {
        inScope -= declared.pop() ?? 0;
        i = xml.indexOf(">", i);
      } else if (next === 0x3f /* ? */) {
        i = xml.indexOf("?>", i);
      } else if (next === 0x21 /* ! */) {
        if (xml.startsWith("<!--", i)) i = xml.indexOf("-->", i);
        else if (xml.startsWith("<![CDATA[", i)) i = xml.indexOf("]]>", i);
        else {
          // A DOCTYPE with an internal subset ends at "]>", not at its first ">".
          const gt = xml.indexOf(">", i);
          i = gt >= 0 && xml.slice(i, gt).includes("[") ? xml.indexOf("]>", i) : gt;
        }
      } else {
        let ns = 0;
        let quote = 0;
        let j = i + 1;
        for (; j < xml.length; j++) {
          const c = xml.charCodeAt(j);
          if (quote) {
            if (c === quote) quote = 0;
          } else if (c === 0x22 || c === 0x27) quote = c;
          else if (c === 0x3e /* > */) break;
          else if (c === 0x78 /* x */ && xml.startsWith("xmlns", j)) ns++;
        }
        if (xml.charCodeAt(j - 1) !== 0x2f /* / */) {
          declared.push(ns);
          inScope += ns;
          if (declared.length > maxXmlDepth) throw new DocumentError({ kind: "xml-too-deep", limit: maxXmlDepth });
        }
        if (inScope + (xml.charCodeAt(j - 1) === 0x2f ? ns : 0) > maxXmlNamespaces) throw new DocumentError({ kind: "xml-too-many-namespaces", limit: maxXmlNamespaces });
        i = j;
      }
      // Unterminated markup: the parser will say so.
      if (i < 0) break;
    }
  }
}

export function parseXml(xml: string, part: string, budget?: XmlBudget): Document {
  budget?.check(xml);
  try {
    const doc = new DOMParser({
      onError: (level: string, msg: string) => {
        if (level === "fatalError") throw new Error(msg);
      },
    }).parseFromString(xml, "text/xml");
    return doc as Document;
  } catch (e) {
    const line = /line:(\d+)/u.exec(String((e as Error).message))?.[1];
    throw new DocumentError(line ? { kind: "xml-malformed", part, line: Number(line) } : { kind: "xml-malformed", part });
  }
}

export function isW(node: Node | null | undefined, local: string): node is Element {
  return !!node && node.nodeType === ELEMENT && (node as Element).namespaceURI === W && (node as Element).localName === local;
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) out.push(c as Element);
  return out;
}

export function firstW(el: Element, local: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, local)) return c;
  return undefined;
}

export function wAttr(el: Element | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, local);
  return v === null || v === "" ? undefined : v;
}

/** A stretch of paragraph text: from a w:t text node, or one character for a tab or break. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
  /** The w:r run that holds the segment. */
  readonly run: Element;
  /** The run child it came from (w:t, w:tab, w:br, ...). */
  readonly el: Element;
  /** true for w:t text, which can be split; tabs and breaks are one indivisible character. */
  readonly splittable: boolean;
}

export interface ParagraphText {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

/** Text of one w:p with the run segments it came from. */
export function paragraphText(p: Element): ParagraphText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let at = 0;
  const push = (s: string, run: Element, el: Element, splittable: boolean) => {
    if (s.length === 0) return;
    parts.push(s);
    segments.push({ start: at, end: at + s.length, run, el, splittable });
    at += s.length;
  };
  const visitRun = (run: Element) => {
    for (const c of childElements(run)) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case "t":
          push(textOf(c), run, c, true);
          break;
        case "tab":
        case "ptab":
          push("\t", run, c, false);
          break;
        case "br":
        case "cr":
          push("\n", run, c, false);
          break;
        case "noBreakHyphen":
          push("-", run, c, false);
          break;
        case "softHyphen":
          push("\u00ad", run, c, false);
          break;
        default:
          break;
      }
    }
  };
  // An explicit stack, not recursion: content controls and custom XML can nest arbitrarily deep.
  const stack: Element[] = [];
  const pushChildren = (el: Element) => {
    for (let c = el.lastChild; c; c = c.previousSibling) if (c.nodeType === ELEMENT) stack.push(c as Element);
  };
  pushChildren(p);
  for (let c = stack.pop(); c; c = stack.pop()) {
    const local = c.localName ?? "";
    if (c.namespaceURI === W && local === "r") visitRun(c);
    else if (SKIP.has(local)) continue;
    else if (TRANSPARENT.has(local) || c.namespaceURI !== W) pushChildren(c);
  }
  return { text: parts.join(""), segments };
}

function textOf(el: Element): string {
  let s = "";
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT || c.nodeType === CDATA) s += c.nodeValue ?? "";
  return s;
}

export type BlockKind = "body" | "table";

/**
 * Calls `visit` for every w:p under a body/header/footer element, in reading order, tables
 * included. Iterative, so nesting depth is bounded by memory, not by the call stack.
 */
export function forEachParagraph(container: Element, visit: (p: Element, kind: BlockKind) => void, inTable = false): void {
  // Each frame is an element whose CHILDREN are still to be read, pushed in reverse so the first is on top.
  const stack: Array<{ readonly el: Element; readonly inTable: boolean }> = [];
  const pushChildren = (el: Element, table: boolean) => {
    for (let c = el.lastChild; c; c = c.previousSibling) if (c.nodeType === ELEMENT) stack.push({ el: c as Element, inTable: table });
  };
  pushChildren(container, inTable);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { el: c, inTable: table } = frame;
    if (c.namespaceURI !== W) {
      if (c.localName !== "AlternateContent") pushChildren(c, table);
      continue;
    }
    switch (c.localName) {
      case "p":
        visit(c, table ? "table" : "body");
        break;
      case "tbl": {
        const cells: Element[] = [];
        for (const tr of childElements(c)) if (isW(tr, "tr")) for (const tc of childElements(tr)) if (isW(tc, "tc")) cells.push(tc);
        for (let i = cells.length - 1; i >= 0; i--) {
          const tc = cells[i] as Element;
          for (let k = tc.lastChild; k; k = k.previousSibling) if (k.nodeType === ELEMENT) stack.push({ el: k as Element, inTable: true });
        }
        break;
      }
      case "sdt": {
        const content = firstW(c, "sdtContent");
        if (content) pushChildren(content, table);
        break;
      }
      case "customXml":
      case "ins":
      case "moveTo":
        pushChildren(c, table);
        break;
      default:
        break;
    }
  }
}

export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}
