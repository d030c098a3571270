/**
 * Writes a copy of a .docx with a Word comment on every finding, anchored on exactly the
 * excerpt (runs are split at the finding's offsets). The text of the document is unchanged.
 * Word does not allow comments in headers and footers, so findings there are returned as
 * skipped.
 */
import { XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { zipSync, type Zippable } from "fflate";
import { DocumentError } from "./errors";
import { childElements, decodeUtf8, DEFAULT_XML_LIMITS, firstW, forEachParagraph, paragraphText, parseXml, XmlBudget, W, type TextSegment } from "./wordml";
import { assertDocxContainer, unzipAll } from "./zip";

export interface CommentSpec {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Paragraphs of the comment body. */
  readonly lines: readonly string[];
}

export interface AnnotateResult {
  readonly bytes: Uint8Array;
  readonly added: number;
  /** Comments that could not be anchored (headers/footers, offsets outside the paragraph). */
  readonly skipped: number;
}

const COMMENTS_PART = "word/comments.xml";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export function annotateDocx(bytes: Uint8Array, comments: readonly CommentSpec[], options: { author?: string; date?: Date } = {}): AnnotateResult {
  assertDocxContainer(bytes);
  const entries = unzipAll(bytes);
  const docBytes = entries.get("word/document.xml");
  if (!docBytes) throw new DocumentError({ kind: "not-word" });
  const budget = new XmlBudget(DEFAULT_XML_LIMITS);
  const doc = parseXml(decodeUtf8(docBytes), "word/document.xml", budget);
  const body = doc.getElementsByTagNameNS(W, "body")[0] as Element | undefined;
  if (!body) throw new DocumentError({ kind: "no-body" });

  const paragraphs: Element[] = [];
  forEachParagraph(body, (p) => paragraphs.push(p));

  const commentsDoc = entries.has(COMMENTS_PART)
    ? parseXml(decodeUtf8(entries.get(COMMENTS_PART) as Uint8Array), COMMENTS_PART, budget)
    : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}"/>`, COMMENTS_PART);
  const commentsRoot = commentsDoc.documentElement as Element;
  let nextId = maxCommentId(doc, commentsDoc) + 1;
  const author = options.author ?? "Adal";
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d+Z$/u, "Z");

  let added = 0;
  let skipped = 0;
  // Right to left within a paragraph keeps earlier offsets valid whatever the splits do.
  const ordered = [...comments].sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);
  for (const c of ordered) {
    const p = paragraphs[c.paragraph];
    if (!p || c.end <= c.start || !anchorComment(doc, p, c, nextId)) {
      skipped++;
      continue;
    }
    commentsRoot.appendChild(commentElement(commentsDoc, nextId, author, date, c.lines));
    nextId++;
    added++;
  }

  const serializer = new XMLSerializer();
  const out: Zippable = {};
  for (const [name, data] of entries) out[name] = data;
  out["word/document.xml"] = encode(serializer.serializeToString(doc as never));
  if (added > 0) {
    out[COMMENTS_PART] = encode(serializer.serializeToString(commentsDoc as never));
    out["[Content_Types].xml"] = encode(ensureContentType(decodeUtf8(entries.get("[Content_Types].xml") ?? new Uint8Array())));
    const rels = entries.get("word/_rels/document.xml.rels");
    out["word/_rels/document.xml.rels"] = encode(ensureRelationship(rels ? decodeUtf8(rels) : undefined));
  }
  return { bytes: zipSync(out, { level: 6 }), added, skipped };
}

function encode(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function maxCommentId(doc: Document, commentsDoc: Document): number {
  let max = -1;
  for (const d of [doc, commentsDoc]) {
    for (const tag of ["comment", "commentRangeStart", "commentReference"]) {
      const els = d.getElementsByTagNameNS(W, tag);
      for (let i = 0; i < els.length; i++) {
        const v = Number((els[i] as Element).getAttributeNS(W, "id"));
        if (Number.isFinite(v) && v > max) max = v;
      }
    }
  }
  return max;
}

function wEl(doc: Document, local: string): Element {
  return doc.createElementNS(W, `w:${local}`) as Element;
}

/** Inserts commentRangeStart/End around [start, end) and the reference run after it. */
function anchorComment(doc: Document, p: Element, c: CommentSpec, id: number): boolean {
  const startRun = runStartingAt(doc, p, c.start);
  if (!startRun) return false;
  const endRun = runEndingAt(doc, p, c.end);
  if (!endRun) return false;
  const rangeStart = wEl(doc, "commentRangeStart");
  rangeStart.setAttributeNS(W, "w:id", String(id));
  startRun.parentNode?.insertBefore(rangeStart, startRun);
  const rangeEnd = wEl(doc, "commentRangeEnd");
  rangeEnd.setAttributeNS(W, "w:id", String(id));
  endRun.parentNode?.insertBefore(rangeEnd, endRun.nextSibling);
  const refRun = wEl(doc, "r");
  const ref = wEl(doc, "commentReference");
  ref.setAttributeNS(W, "w:id", String(id));
  refRun.appendChild(ref);
  rangeEnd.parentNode?.insertBefore(refRun, rangeEnd.nextSibling);
  return true;
}

function segmentAt(segments: readonly TextSegment[], offset: number, side: "start" | "end"): TextSegment | undefined {
  return side === "start" ? segments.find((s) => s.start <= offset && offset < s.end) : segments.find((s) => s.start < offset && offset <= s.end);
}

function segmentsOfRun(p: Element, run: Element): TextSegment[] {
  return paragraphText(p).segments.filter((s) => s.run === run);
}

/** The run whose text begins exactly at `offset`, splitting one if needed. */
function runStartingAt(doc: Document, p: Element, offset: number): Element | undefined {
  const seg = segmentAt(paragraphText(p).segments, offset, "start");
  if (!seg) return undefined;
  if (seg.start < offset) return seg.splittable ? splitText(doc, seg, offset - seg.start) : undefined;
  if (segmentsOfRun(p, seg.run)[0]?.start === offset) return seg.run;
  return moveFrom(doc, seg.run, seg.el);
}

/** The run whose text ends exactly at `offset`, splitting one if needed. */
function runEndingAt(doc: Document, p: Element, offset: number): Element | undefined {
  const seg = segmentAt(paragraphText(p).segments, offset, "end");
  if (!seg) return undefined;
  if (offset < seg.end) {
    if (!seg.splittable) return undefined;
    splitText(doc, seg, offset - seg.start);
    return seg.run;
  }
  const mine = segmentsOfRun(p, seg.run);
  if (mine[mine.length - 1]?.end !== offset && seg.el.nextSibling) moveFrom(doc, seg.run, seg.el.nextSibling as Element);
  return seg.run;
}

/** Splits a w:t at `k`: the run keeps the head, a new run with the same formatting gets the tail. */
function splitText(doc: Document, seg: TextSegment, k: number): Element {
  const t = seg.el;
  const text = t.textContent ?? "";
  const next = t.nextSibling as Element | null;
  const tail = next ? moveFrom(doc, seg.run, next) : newRunAfter(doc, seg.run);
  const t2 = wEl(doc, "t");
  t2.setAttributeNS(XML_NS, "xml:space", "preserve");
  t2.appendChild(doc.createTextNode(text.slice(k)));
  tail.insertBefore(t2, firstContentChild(tail) ?? null);
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(text.slice(0, k)));
  t.setAttributeNS(XML_NS, "xml:space", "preserve");
  return tail;
}

/** Moves `child` and everything after it into a new run (same formatting) right after `run`. */
function moveFrom(doc: Document, run: Element, child: Element): Element {
  const tail = newRunAfter(doc, run);
  let next: Element | null = child;
  while (next) {
    const after = next.nextSibling as Element | null;
    tail.appendChild(next);
    next = after;
  }
  return tail;
}

function newRunAfter(doc: Document, run: Element): Element {
  const tail = wEl(doc, "r");
  const rPr = firstW(run, "rPr");
  if (rPr) tail.appendChild(rPr.cloneNode(true));
  run.parentNode?.insertBefore(tail, run.nextSibling);
  return tail;
}

function firstContentChild(run: Element): Element | undefined {
  return childElements(run).find((c) => !(c.namespaceURI === W && c.localName === "rPr"));
}

function commentElement(doc: Document, id: number, author: string, date: string, lines: readonly string[]): Element {
  const comment = wEl(doc, "comment");
  comment.setAttributeNS(W, "w:id", String(id));
  comment.setAttributeNS(W, "w:author", author);
  comment.setAttributeNS(W, "w:date", date);
  comment.setAttributeNS(W, "w:initials", author.slice(0, 2).toUpperCase());
  for (const line of lines) {
    const p = wEl(doc, "p");
    const r = wEl(doc, "r");
    const t = wEl(doc, "t");
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    t.appendChild(doc.createTextNode(line));
    r.appendChild(t);
    p.appendChild(r);
    comment.appendChild(p);
  }
  return comment;
}

function ensureContentType(xml: string): string {
  if (xml.includes('PartName="/word/comments.xml"')) return xml;
  const override = `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/>`;
  if (xml.includes("</Types>")) return xml.replace("</Types>", `${override}</Types>`);
  throw new DocumentError({ kind: "no-content-types" });
}

function ensureRelationship(xml: string | undefined): string {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (base.includes(COMMENTS_REL)) return base;
  const ids = [...base.matchAll(/Id="rId(\d+)"/gu)].map((m) => Number(m[1]));
  const id = `rId${(ids.length ? Math.max(...ids) : 0) + 1}`;
  return base.replace("</Relationships>", `<Relationship Id="${id}" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`);
}
