/**
 * Walking WordprocessingML (document.xml, header*.xml, footer*.xml) in reading order.
 *
 * The reader and the annotator both use these functions, so the text a finding's offsets refer
 * to is exactly the text the annotator splits runs in. Tracked deletions and field codes are
 * not text; insertions, hyperlinks, smart tags and content controls are.
 */
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { DocumentError } from "./model";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Children to descend into: containers whose content is part of the paragraph text. */
const TRANSPARENT = new Set(["hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo", "dir", "bdo"]);
/** Children whose content is not text of the paragraph. */
const SKIP = new Set(["pPr", "rPr", "del", "moveFrom", "drawing", "pict", "object", "AlternateContent", "instrText", "delText", "commentReference", "footnoteReference", "endnoteReference"]);

export function parseXml(xml: string, part: string): Document {
  try {
    const doc = new DOMParser({
      onError: (level: string, msg: string) => {
        if (level === "fatalError") throw new Error(msg);
      },
    }).parseFromString(xml, "text/xml");
    return doc as Document;
  } catch (e) {
    throw new DocumentError("corrupt", `not a valid .docx (${part} is not well-formed XML: ${String((e as Error).message).split("\n")[0]})`);
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
  const visit = (el: Element) => {
    for (const c of childElements(el)) {
      const local = c.localName ?? "";
      if (c.namespaceURI === W && local === "r") visitRun(c);
      else if (SKIP.has(local)) continue;
      else if (TRANSPARENT.has(local) || c.namespaceURI !== W) visit(c);
    }
  };
  visit(p);
  return { text: parts.join(""), segments };
}

function textOf(el: Element): string {
  let s = "";
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT || c.nodeType === CDATA) s += c.nodeValue ?? "";
  return s;
}

export type BlockKind = "body" | "table";

/** Calls `visit` for every w:p under a body/header/footer element, in reading order, tables included. */
export function forEachParagraph(container: Element, visit: (p: Element, kind: BlockKind) => void, inTable = false): void {
  for (const c of childElements(container)) {
    if (c.namespaceURI !== W) {
      if (c.localName !== "AlternateContent") forEachParagraph(c, visit, inTable);
      continue;
    }
    switch (c.localName) {
      case "p":
        visit(c, inTable ? "table" : "body");
        break;
      case "tbl":
        for (const tr of childElements(c)) {
          if (!isW(tr, "tr")) continue;
          for (const tc of childElements(tr)) if (isW(tc, "tc")) forEachParagraph(tc, visit, true);
        }
        break;
      case "sdt": {
        const content = firstW(c, "sdtContent");
        if (content) forEachParagraph(content, visit, inTable);
        break;
      }
      case "customXml":
      case "ins":
      case "moveTo":
        forEachParagraph(c, visit, inTable);
        break;
      default:
        break;
    }
  }
}

export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}
