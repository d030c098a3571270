/**
 * The expertise conclusion required by policy clause P4.7.1, as a .docx (browser and Node).
 *
 * Modelled on conclusions of anti-corruption expertise as published:
 * - the Kazakh Rules of scientific anti-corruption expertise (Government Decree No. 451 of
 *   16.07.2020, kk text https://bestprofi.com/document/2412160880) and the Agency's methodological
 *   recommendations of 2020 (abstract: https://www.ecolex.org/fr/details/legislation/methodological-recommendations-for-conducting-a-scientific-anti-corruption-assessment-of-draft-normative-legal-acts-lex-faoc203013/):
 *   the expert studies the draft and issues a reasoned conclusion on the corruption-related norms;
 * - the methodology text at http://businesspravo.ru/Docum/DocumShow.asp?DocumID=148985&DocumType=3
 *   (item 5): the conclusion lists every provision found, with its structural unit (item,
 *   sub-item, paragraph) and the corruption factor, and proposals to remove it;
 * - the conclusion form at https://orenb-gov.ru/doc/19151 (factor | the norm of the draft |
 *   proposals and recommendations) and the form of RF Minjust Order No. 77 of 01.04.2010
 *   (https://zakonbase.ru/content/part/675995): details of the act and of the expert, the legal
 *   basis, the findings, the conclusion, a signature; a published independent expert's
 *   conclusion (http://vscorruption.ru/?p=1753) follows the same order.
 * Layout: general details; a landscape summary table (wide columns, short cells); then one block
 * per provision in portrait, with the full text, the factor named as in the methodology
 * (factor-names.ts), the reasoning, the recommendation and the proposed wording, so no long text
 * is squeezed into a narrow column; the units to agree with (A1.3.5); the conclusion; the
 * signature. Words are the reviewer's language; quoted text stays in the document's language.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, WidthType } from "docx";
import { FACTOR_NAMES } from "../engine/findings/factor-names";
import type { Finding, Lang, Severity } from "../engine/types";
import { bilingualWords, type ConclusionBilingual } from "./conclusion-bilingual";
import { citations, provisionNumber, type Citation } from "./citation";
import { CONCLUSION_WORDS, type ConclusionWords } from "./conclusion-text";

export type { ConclusionBilingual, ConclusionDiscrepancy } from "./conclusion-bilingual";

export interface ConclusionUnit {
  readonly name: string;
  readonly evidence: readonly string[];
}

/** A paragraph of the draft as the host read it: its text, its list number, where it sits. */
export interface ConclusionParagraph {
  readonly text: string;
  readonly label?: string;
  readonly part?: "body" | "table" | "header" | "footer";
}

export interface ConclusionInput {
  /** The reviewer's language: every word of the conclusion except what it quotes. */
  readonly locale: Lang;
  readonly documentTitle: string;
  readonly reviewer: string;
  readonly reviewerPosition?: string;
  /** The unit that drafted the document. */
  readonly developer?: string;
  readonly date: Date;
  /** Findings as shown to the reviewer (messages in the reviewer's language), dismissed ones removed. */
  readonly findings: readonly Finding[];
  /** Every paragraph of the draft, indexed as the findings' `paragraph`. */
  readonly paragraphs: readonly ConclusionParagraph[];
  readonly units: readonly ConclusionUnit[];
  /** The comparison with the other language version, when the draft was compared (A1.3.6). */
  readonly bilingual?: ConclusionBilingual;
}

const FONT = "Times New Roman";
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

export { provisionNumber };

function where(w: ConclusionWords, p: ConclusionParagraph | undefined, index: number, cited: Citation | undefined): string {
  const n = provisionNumber(p);
  // an unnumbered paragraph that continues an item ("6. … двух уровней:" / "первый уровень – …") is cited by that item
  const place = cited?.subitem ? w.item(cited.subitem, cited.item) : n ? w.item(n, undefined) : cited?.item ? w.item(cited.item, undefined) : w.paragraph(index + 1);
  return p?.part === "header" ? `${place} (${w.header})` : p?.part === "footer" ? `${place} (${w.footer})` : place;
}

/** The draft's language: that of most findings (each knows its sentence's), else the reviewer's. */
function documentLang(input: ConclusionInput): Lang {
  const count = new Map<Lang, number>();
  for (const f of input.findings) count.set(f.lang, (count.get(f.lang) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? input.locale;
}

/** «…» in Kazakh and Russian, “…” in English: the document's language decides. */
function quote(text: string, lang: Lang): string {
  return lang === "en" ? `“${text}”` : `«${text}»`;
}

/** The paragraph with every non-overlapping suggestion applied, or undefined if none applies. */
export function proposedWording(text: string, findings: readonly Finding[]): string | undefined {
  const edits = findings.filter((f) => f.suggestion !== undefined).sort((a, b) => a.start - b.start || b.end - a.end);
  if (edits.length === 0) return undefined;
  let out = "";
  let at = 0;
  for (const f of edits) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + (f.suggestion as string);
    at = f.end;
  }
  return out + text.slice(at);
}

function run(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: options.size ?? 26, bold: options.bold ?? false, italics: options.italics ?? false });
}

function para(children: TextRun[], options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    ...(options.heading ? { heading: options.heading } : {}),
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 120 },
    ...(options.indent ? { indent: { left: options.indent } } : {}),
  });
}

function labelled(label: string, value: string, options: { italics?: boolean; indent?: number } = {}): Paragraph {
  return para([run(`${label}: `, { bold: true }), run(value, { italics: options.italics ?? false })], options.indent ? { indent: options.indent } : {});
}

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: FONT, size: 28, bold: true, color: "000000" })] });
}

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [run(text, { bold, size: 22 })] })] });
}

function summaryTable(w: ConclusionWords, input: ConclusionInput): Table {
  // Landscape A4 less margins is about 14,300 twips; the long cells get the room.
  const widths = [600, 1700, 4700, 3700, 1500, 2100];
  const head = [w.col.no, w.col.provision, w.col.excerpt, w.col.factor, w.col.severity, w.col.clauses];
  const rows = [new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, widths[i] as number, true)) })];
  const cited = citations(input.paragraphs);
  input.findings.forEach((f, i) => {
    const values = [String(i + 1), where(w, input.paragraphs[f.paragraph], f.paragraph, cited[f.paragraph]), quote(f.excerpt, f.lang), FACTOR_NAMES[f.factor][input.locale], w.severity[f.severity], f.clauses.join(", ")];
    rows.push(new TableRow({ cantSplit: true, children: values.map((v, k) => cell(v, widths[k] as number)) }));
  });
  return new Table({ rows, borders, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths });
}

function provisionBlocks(w: ConclusionWords, input: ConclusionInput): Paragraph[] {
  const byParagraph = new Map<number, Finding[]>();
  for (const f of input.findings) byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f]);
  const out: Paragraph[] = [];
  const cited = citations(input.paragraphs);
  let n = 0;
  for (const [index, findings] of [...byParagraph.entries()].sort((a, b) => a[0] - b[0])) {
    n++;
    const p = input.paragraphs[index];
    const docLang = findings[0]?.lang ?? input.locale;
    out.push(new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [run(`3.${n}. ${where(w, p, index, cited[index])}`, { bold: true })] }));
    out.push(labelled(w.provisionText, quote((p?.text ?? findings[0]?.excerpt ?? "").trim(), docLang), { italics: true }));
    findings.forEach((f, k) => {
      const mark = findings.length > 1 ? `${k + 1}) ` : "";
      out.push(para([run(`${mark}${w.factor}: `, { bold: true }), run(`${FACTOR_NAMES[f.factor][input.locale]} (${w.severity[f.severity]}; ${f.clauses.join(", ")})`)], { indent: findings.length > 1 ? 360 : 0 }));
      out.push(labelled(w.reasoning, f.message, { indent: findings.length > 1 ? 360 : 0 }));
      out.push(labelled(w.recommendation, f.recommendation, { indent: findings.length > 1 ? 360 : 0 }));
    });
    const proposed = p ? proposedWording(p.text, findings) : undefined;
    out.push(proposed ? labelled(w.proposed, quote(proposed.trim(), docLang), { italics: true }) : labelled(w.proposed, w.proposedNone));
  }
  return out;
}

/** The section on the other language version: each discrepancy with both wordings. */
function bilingualSection(input: ConclusionInput, number: number): Paragraph[] {
  const b = input.bilingual as ConclusionBilingual;
  const w = CONCLUSION_WORDS[input.locale];
  const bw = bilingualWords(input.locale);
  const out = [heading(`${number}. ${bw.heading}`), para([run(bw.intro(b.otherTitle, b.aligned, b.items))])];
  if (b.discrepancies.length === 0) out.push(para([run(bw.none)]));
  b.discrepancies.forEach((d, i) => {
    const place = [d.here.label, d.other.label].map((l) => (l ? w.item(l, undefined) : "—")).join(" / ");
    out.push(new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [run(`${number}.${i + 1}. ${place}`, { bold: true })] }));
    out.push(labelled(bw.what, `${d.kind} (${w.severity[d.severity]}; A1.3.6)`));
    out.push(labelled(bw.versionName[b.langs[0]], d.here.excerpt.trim() ? quote(d.here.excerpt.trim(), b.langs[0]) : "—", { italics: true }));
    out.push(labelled(bw.versionName[b.langs[1]], d.other.excerpt.trim() ? quote(d.other.excerpt.trim(), b.langs[1]) : "—", { italics: true }));
    out.push(labelled(w.reasoning, d.message));
    out.push(labelled(w.recommendation, d.recommendation));
  });
  return out;
}

/** "4. Units…" becomes "5. Units…" when the bilingual section takes number 4. */
function renumbered(headingText: string, shift: number): string {
  return shift === 0 ? headingText : headingText.replace(/^(\d+)\./u, (_m, n: string) => `${Number(n) + shift}.`);
}

export function conclusionDocument(input: ConclusionInput): Document {
  const w = CONCLUSION_WORDS[input.locale];
  const date = `${String(input.date.getDate()).padStart(2, "0")}.${String(input.date.getMonth() + 1).padStart(2, "0")}.${input.date.getFullYear()}`;
  const sev: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of input.findings) sev[f.severity]++;
  const provisions = new Set(input.findings.map((f) => f.paragraph)).size;
  const checked = input.paragraphs.filter((p) => p.text.trim() !== "").length;

  const opening: (Paragraph | Table)[] = [
    para([run(w.title, { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 60 }),
    para([run(w.subtitle, { size: 24 })], { align: AlignmentType.CENTER, after: 240 }),
    heading(w.generalHeading),
    labelled(w.draft, quote(input.documentTitle, documentLang(input))),
    labelled(w.developer, input.developer?.trim() || "________________________"),
    labelled(w.reviewer, input.reviewer),
    labelled(w.position, input.reviewerPosition?.trim() || "________________________"),
    labelled(w.date, date),
    labelled(w.basis, w.basisText),
    labelled(w.subject, w.subjectText),
    para([run(w.scope(checked))]),
  ];

  const bilingual = input.bilingual ? bilingualSection(input, Number(/^\d+/u.exec(w.unitsHeading)?.[0] ?? 4)) : [];
  const shift = bilingual.length > 0 ? 1 : 0;
  const discrepancies = input.bilingual?.discrepancies.length ?? 0;
  const closing: (Paragraph | Table)[] = [...bilingual, heading(renumbered(w.unitsHeading, shift))];
  if (input.units.length === 0) closing.push(para([run(w.unitsNone)]));
  for (const u of input.units) {
    closing.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(u.name, { bold: true }), run(u.evidence.length ? ` — ${u.evidence.map((e) => quote(e, documentLang(input))).join(", ")}` : "")] }));
  }
  closing.push(heading(renumbered(w.conclusionHeading, shift)));
  if (input.findings.length > 0) {
    closing.push(para([run(w.found(input.findings.length, provisions, sev))]), para([run(w.revise)]));
  } else if (discrepancies === 0) closing.push(para([run(w.clean)]));
  if (discrepancies > 0) closing.push(para([run(bilingualWords(input.locale).found(discrepancies))]), para([run(bilingualWords(input.locale).revise)]));
  closing.push(para([run(input.units.length > 0 ? w.agree(input.units.map((u) => u.name).join(", ")) : w.agreeNone)]));
  closing.push(para([run(w.tool, { italics: true, size: 22 })], { after: 480 }));
  closing.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - MARGIN.left - MARGIN.right }],
      children: [run(`${w.signature}${input.reviewerPosition?.trim() ? `, ${input.reviewerPosition.trim()}` : ""}`), run("\t_______________   "), run(input.reviewer)],
    }),
    new Paragraph({ indent: { left: 5200 }, spacing: { after: 240 }, children: [run(w.signatureLine, { size: 20, italics: true })] }),
    para([run(`${w.date}: ${date}`)]),
  );

  const portrait = { page: { size: { ...PAGE, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } };
  const landscape = { page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.top, right: MARGIN.bottom } } };
  const sections =
    input.findings.length === 0
      ? [{ properties: portrait, children: [...opening, ...closing] }]
      : [
          { properties: portrait, children: opening },
          { properties: landscape, children: [heading(w.summaryHeading), summaryTable(w, input)] },
          { properties: portrait, children: [heading(w.detailsHeading), ...provisionBlocks(w, input), ...closing] },
        ];
  return new Document({
    creator: "Adal",
    title: w.title,
    description: input.documentTitle,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections,
  });
}

/** The conclusion as .docx bytes (works in the browser and in Node). */
export async function buildConclusion(input: ConclusionInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(conclusionDocument(input)));
}
