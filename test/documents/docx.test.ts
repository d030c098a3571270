import { annotateDocx } from "../../src/documents/annotate-docx";
import { DocumentError } from "../../src/documents/model";
import { readDocx } from "../../src/documents/read-docx";
import { decodeUtf8, W } from "../../src/documents/wordml";
import { unzipEntries } from "../../src/documents/zip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { createEngine } from "../../src/engine";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { compoundFile, paragraphsDocx, plainZip, structuredDocx, zipBomb } from "../helpers/docx-fixtures";

const engine = createEngine(DEFAULT_RULEBOOK);

describe("reading .docx", () => {
  test("body, table, numbered list labels, header and footer, in reading order; deletions are not text", async () => {
    const doc = readDocx(await structuredDocx());
    expect(doc.paragraphs.map((p) => [p.part, p.label ?? "", p.text])).toEqual([
      ["body", "", "Положение о премировании"],
      ["body", "1.", "Общие положения"],
      ["body", "1.1.", "Директор вправе установить надбавку."],
      ["body", "1.2.", "Споры рассматриваются в установленном порядке."],
      ["body", "2.", "Премирование"],
      ["body", "", "Размер премии определяется по своему усмотрению директора."],
      ["table", "", "Показатель"],
      ["table", "", "Премия выплачивается при необходимости."],
      ["body", "", "Комиссия вправе запросить документы."],
      ["header", "", "Проект. Ереже жобасы"],
      ["footer", "", "Жалпы ережелер бөлімшелер басшылары белгіленген тәртіппен бекітеді."],
    ]);
    expect(doc.title).toBe("Положение о премировании");
  });

  test("findings are reported in tables, headers and footers too", async () => {
    const doc = readDocx(await structuredDocx());
    const { findings } = engine.analyze(doc.paragraphs.map((p) => p.text));
    const parts = new Set(findings.map((f) => doc.paragraphs[f.paragraph]?.part));
    expect(parts).toEqual(new Set(["body", "table", "footer"]));
  });
});

describe("bad .docx input gets one clear reason", () => {
  const reasons: Array<[string, () => Uint8Array | Promise<Uint8Array>, string]> = [
    ["an empty file", () => new Uint8Array(), "empty"],
    ["random bytes", () => new TextEncoder().encode("this is not a zip at all"), "corrupt"],
    ["a truncated zip", async () => (await paragraphsDocx(["Текст"])).slice(0, 300), "corrupt"],
    ["a password-protected document", () => compoundFile("EncryptedPackage"), "encrypted"],
    ["a Word 97-2003 .doc", () => compoundFile("WordDocument"), "legacy-doc"],
    ["a zip that is not a Word document", () => plainZip(), "not-word"],
  ];
  test.each(reasons)("%s", async (_name, make, code) => {
    const bytes = await make();
    let error: unknown;
    try {
      readDocx(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe(code);
    expect((error as DocumentError).message).not.toMatch(/\n/u);
  });

  test("a zip bomb stops at the cap instead of inflating", () => {
    const bomb = zipBomb(12);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => readDocx(bomb, { maxUncompressed: 8 * 1024 * 1024, maxRatio: 1e9 })).toThrow(/zip bomb/u);
    // With the defaults, a tiny archive that inflates past 16 MB at more than 100× is refused early.
    const big = zipBomb(40);
    expect(() => readDocx(big)).toThrow(/zip bomb/u);
  });
});

function commentedText(bytes: Uint8Array): Map<string, string> {
  const parts = unzipEntries(bytes, (n) => n === "word/document.xml");
  const doc = new DOMParser().parseFromString(decodeUtf8(parts.get("word/document.xml") as Uint8Array), "text/xml");
  const open = new Set<string>();
  const out = new Map<string, string>();
  const walk = (node: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.namespaceURI === W && el.localName === "commentRangeStart") open.add(el.getAttributeNS(W, "id") as string);
      else if (el.namespaceURI === W && el.localName === "commentRangeEnd") open.delete(el.getAttributeNS(W, "id") as string);
      else if (el.namespaceURI === W && el.localName === "t") for (const id of open) out.set(id, (out.get(id) ?? "") + (el.textContent ?? ""));
      else walk(el);
    }
  };
  walk(doc.documentElement as Element);
  return out;
}

describe("annotating .docx with Word comments", () => {
  test("each comment spans exactly the excerpt, even across runs and mid-run; the text is unchanged", async () => {
    const bytes = await structuredDocx();
    const before = readDocx(bytes);
    const { findings } = engine.analyze(before.paragraphs.map((p) => p.text));
    const body = findings.filter((f) => ["body", "table"].includes(before.paragraphs[f.paragraph]?.part ?? ""));
    const result = annotateDocx(
      bytes,
      findings.map((f) => ({ paragraph: f.paragraph, start: f.start, end: f.end, lines: [f.message, f.recommendation] })),
      { date: new Date("2026-11-24T10:00:00Z") },
    );
    expect(result.added).toBe(body.length);
    expect(result.skipped).toBe(findings.length - body.length);
    const after = readDocx(result.bytes);
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    const spans = [...commentedText(result.bytes).values()].sort();
    expect(spans).toEqual(body.map((f) => f.excerpt).sort());
    const parts = unzipEntries(result.bytes, (n) => /comments\.xml|Content_Types|document\.xml\.rels/u.test(n));
    expect(decodeUtf8(parts.get("word/comments.xml") as Uint8Array)).toContain(body[0]?.message ?? "");
    expect(decodeUtf8(parts.get("[Content_Types].xml") as Uint8Array)).toContain("/word/comments.xml");
    expect(decodeUtf8(parts.get("word/_rels/document.xml.rels") as Uint8Array)).toContain("relationships/comments");
  });

  test("annotating twice keeps comment ids unique", async () => {
    const text = "Комиссия вправе запросить документы в установленном порядке.";
    const bytes = await paragraphsDocx([text]);
    const at = (s: string) => ({ paragraph: 0, start: text.indexOf(s), end: text.indexOf(s) + s.length, lines: ["x"] });
    const once = annotateDocx(bytes, [at("вправе")]).bytes;
    const twice = annotateDocx(once, [at("в установленном порядке")]).bytes;
    const ids = [...commentedText(twice).keys()];
    expect(new Set(ids).size).toBe(2);
    expect([...commentedText(twice).values()].sort()).toEqual(["в установленном порядке", "вправе"]);
  });
});
