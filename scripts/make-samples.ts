/**
 * `npm run samples`: writes assets/samples/*.docx from the .txt drafts next to them, so the
 * Word path (CLI, annotator, standalone pane) has real documents to open. The .txt file is the
 * source; test/samples.test.ts checks the two never drift apart.
 */
import { Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "assets", "samples");

async function main(): Promise<void> {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const lines = readFileSync(path.join(dir, name), "utf8").split("\n").filter((l) => l.trim() !== "");
    const kk = name.includes(".kk.");
    const children = lines.map((line, i) => {
      if (i === 0) return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: line, bold: true })] });
      if (/^\d+\.\s/u.test(line)) return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(line)] });
      return new Paragraph({ children: [new TextRun(line)] });
    });
    const doc = new Document({
      creator: "Adal samples",
      title: lines[0] ?? name,
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: kk ? "ЖОБА" : "ПРОЕКТ", italics: true })] })] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: kk ? "Құқықтық сараптамаға арналған" : "Для правовой экспертизы", italics: true })] })] }) },
          children,
        },
      ],
    });
    const out = path.join(dir, name.replace(/\.txt$/u, ".docx"));
    writeFileSync(out, new Uint8Array(await Packer.toBuffer(doc)));
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`samples: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
