/**
 * `npm run digest -- <file>...`: every finding on a whole document with the paragraph it stands in,
 * as a reviewer reads them (Markdown). This is what an expert reading of the findings works from
 * (../shared/design/expert-reading.md); the document is read exactly as `adal scan` reads it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../src/documents/read-docx";
import { readText } from "../src/documents/read-text";
import { createEngine } from "../src/engine";
import { DEFAULT_RULEBOOK } from "../src/rulebook/default";

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("usage: npm run digest -- <file.docx|.txt>...\n");
    return 2;
  }
  const engine = createEngine(DEFAULT_RULEBOOK);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const doc = file.endsWith(".docx") ? readDocx(bytes) : readText(bytes, file.endsWith(".md") ? "md" : "txt");
    const texts = doc.paragraphs.map((p) => p.text);
    const { findings, affectedUnits } = engine.analyze(texts);
    const out: string[] = [`# ${path.basename(file)}: ${findings.length} findings`, ""];
    let n = 0;
    for (const f of findings) {
      n++;
      out.push(`## ${n}. ¶${f.paragraph + 1} ${f.severity} ${f.ruleId} (${f.factor}) «${f.excerpt}»`);
      out.push(`> ${texts[f.paragraph] ?? ""}`, "");
      out.push(`- message: ${f.message}`, `- recommendation: ${f.recommendation}`);
      if (f.suggestion !== undefined) out.push(`- suggested wording for the excerpt: «${f.suggestion}»`);
      out.push("");
    }
    out.push(`Units the draft gives duties to: ${affectedUnits.map((u) => u.unit).join(", ") || "none"}`, "");
    process.stdout.write(out.join("\n"));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`digest: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
