/**
 * The expertise conclusion required by policy clause P4.7.1: a .docx in the reviewer's language
 * with the document's title, the date, the reviewer, a table of findings (provision excerpt,
 * factor, clause, recommendation), the units the draft must be agreed with (A1.3.5) and a summary.
 * Words come in as `ConclusionText` so this module stays free of UI code.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { FactorId, Finding, Severity } from "../engine";

export interface ConclusionText {
  readonly heading: string;
  readonly documentLabel: string;
  readonly dateLabel: string;
  readonly reviewerLabel: string;
  readonly findingsHeading: string;
  readonly columns: readonly [string, string, string, string, string];
  readonly unitsHeading: string;
  readonly noUnits: string;
  readonly summaryHeading: string;
  readonly summary: string;
  readonly noFindings: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly factor: (id: FactorId) => string;
  readonly paragraphLabel: (n: number, label?: string) => string;
  readonly formatDate: (d: Date) => string;
}

export interface ConclusionUnit {
  readonly name: string;
  readonly evidence: readonly string[];
}

export interface ConclusionInput {
  readonly documentTitle: string;
  readonly reviewer: string;
  readonly date: Date;
  /** Findings as shown to the reviewer (already in the reviewer's language), dismissed ones removed. */
  readonly findings: readonly Finding[];
  readonly paragraphLabels: readonly (string | undefined)[];
  readonly units: readonly ConclusionUnit[];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export function conclusionDocument(input: ConclusionInput, t: ConclusionText): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(t.heading)] }),
    new Paragraph({ children: [new TextRun({ text: `${t.documentLabel}: `, bold: true }), new TextRun(input.documentTitle)] }),
    new Paragraph({ children: [new TextRun({ text: `${t.dateLabel}: `, bold: true }), new TextRun(t.formatDate(input.date))] }),
    new Paragraph({ children: [new TextRun({ text: `${t.reviewerLabel}: `, bold: true }), new TextRun(input.reviewer)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.findingsHeading)] }),
  ];
  if (input.findings.length === 0) {
    children.push(new Paragraph(t.noFindings));
  } else {
    const rows = [new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) })];
    input.findings.forEach((f, i) => {
      rows.push(
        new TableRow({
          children: [
            cell(String(i + 1)),
            cell(`${t.paragraphLabel(f.paragraph + 1, input.paragraphLabels[f.paragraph])}: «${f.excerpt}»\n${f.message}`),
            cell(`${t.factor(f.factor)} (${t.severity[f.severity]})`),
            cell(f.clauses.join(", ")),
            cell(f.suggestion ? `${f.recommendation} — ${f.suggestion}` : f.recommendation),
          ],
        }),
      );
    });
    children.push(new Table({ rows, borders, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.unitsHeading)] }));
  if (input.units.length === 0) children.push(new Paragraph(t.noUnits));
  for (const u of input.units) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: u.name, bold: true }), new TextRun(u.evidence.length ? ` — ${u.evidence.map((e) => `«${e}»`).join(", ")}` : "")] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.summaryHeading)] }));
  children.push(new Paragraph(t.summary));
  return new Document({ creator: "Adal", title: t.heading, description: input.documentTitle, sections: [{ children }] });
}

/** The conclusion as .docx bytes (works in the browser and in Node). */
export async function buildConclusion(input: ConclusionInput, t: ConclusionText): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(conclusionDocument(input, t)));
}
