/** Builds .docx fixtures in memory with the `docx` package, named by what they exercise. */
import { DeletedTextRun, Document, Footer, Header, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { Zip, ZipDeflate, zipSync } from "fflate";

export async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Body paragraphs, a table, a numbered list, a header and a footer, a tracked deletion, split runs. */
export async function structuredDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "items",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1." },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2." },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("Проект. Ереже жобасы")] }) },
        footers: { default: new Footer({ children: [new Paragraph("Жалпы ережелер бөлімшелер басшылары белгіленген тәртіппен бекітеді.")] }) },
        children: [
          new Paragraph("Положение о премировании"),
          new Paragraph({ text: "Общие положения", numbering: { reference: "items", level: 0 } }),
          new Paragraph({ text: "Директор вправе установить надбавку.", numbering: { reference: "items", level: 1 } }),
          new Paragraph({ text: "Споры рассматриваются в установленном порядке.", numbering: { reference: "items", level: 1 } }),
          new Paragraph({ text: "Премирование", numbering: { reference: "items", level: 0 } }),
          new Paragraph({
            children: [new TextRun("Размер премии определяется "), new TextRun({ text: "по своему ", bold: true }), new TextRun("усмотрению директора."), new DeletedTextRun({ text: " удалённый текст", id: 1, author: "x", date: "2026-01-01T00:00:00Z" })],
          }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("Показатель")] }), new TableCell({ children: [new Paragraph("Премия выплачивается при необходимости.")] })] }),
            ],
          }),
          new Paragraph({ children: [new TextRun("Комиссия "), new TextRun("впра"), new TextRun({ text: "ве", italics: true }), new TextRun(" запросить документы.")] }),
        ],
      },
    ],
  });
  return toBytes(doc);
}

export async function paragraphsDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  return toBytes(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));
}

/** A zip whose word/document.xml inflates to `megabytes` of spaces (streamed, little memory). */
export function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const types = new ZipDeflate("[Content_Types].xml", { level: 9 });
  zip.add(types);
  types.push(new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const doc = new ZipDeflate("word/document.xml", { level: 9 });
  zip.add(doc);
  doc.push(new TextEncoder().encode('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'), false);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) doc.push(block, false);
  doc.push(new TextEncoder().encode("</w:t></w:r></w:p></w:body></w:document>"), true);
  zip.end();
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** An OLE compound file header followed by a directory entry name, as Word writes them. */
export function compoundFile(entryName: string): Uint8Array {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = Array.from(entryName).flatMap((c) => [c.charCodeAt(0), 0]);
  const out = new Uint8Array(4096);
  out.set(magic, 0);
  out.set(name, 1024);
  return out;
}

/** A valid zip that is not a Word document. */
export function plainZip(): Uint8Array {
  return zipSync({ "readme.txt": new TextEncoder().encode("hello") });
}
