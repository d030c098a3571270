/** Issue 12, items 8–10: readers that hostile input cannot stall or crash. */
import { strToU8, zipSync } from "fflate";
import { annotateDocx } from "../../src/documents/annotate-docx";
import { DocumentError, warningText } from "../../src/documents/errors";
import { readDocx } from "../../src/documents/read-docx";
import { decodeText, readText } from "../../src/documents/read-text";
import { forEachParagraph, paragraphText, parseXml, W } from "../../src/documents/wordml";
import type { Element } from "@xmldom/xmldom";
import { DOC_HEAD, DOC_TAIL, realisticParagraphs, repeatedDocx } from "./hostile-zips";

const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';

function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ "[Content_Types].xml": strToU8(TYPES), "word/document.xml": strToU8(DOC_HEAD + body + DOC_TAIL), ...extra });
}

function problemOf(f: () => unknown): DocumentError {
  try {
    f();
  } catch (e) {
    if (e instanceof DocumentError) return e;
    throw e;
  }
  throw new Error("expected a DocumentError");
}

const PARA = "<w:p><w:r><w:t>Директор вправе изменить график.</w:t></w:r></w:p>";

describe("zip bombs stop at the cap (issue 12, item 8)", () => {
  test("an entry whose directory declares more than the cap is refused before anything is inflated", () => {
    const bomb = repeatedDocx(" ".repeat(1048576), 1024);
    expect(bomb.length).toBeLessThan(2 * 1048576);
    const e = problemOf(() => readDocx(bomb));
    expect(e.code).toBe("zip-bomb");
  });

  test("an entry that lies about its size is stopped once it passes what it declared", () => {
    const liar = repeatedDocx(" ".repeat(1048576), 1024, { declaredSize: 1000 });
    const e = problemOf(() => readDocx(liar));
    expect(e.code).toBe("zip-bomb");
    expect(e.problem).toEqual({ kind: "entry-size-lie", entry: "word/document.xml" });
  });

  test("real XML beyond the XML cap is refused with a clear reason, not parsed", () => {
    const big = repeatedDocx(realisticParagraphs(), 3);
    const e = problemOf(() => readDocx(big, { maxXmlBytes: 1048576 }));
    expect(e.code).toBe("too-large");
    expect(e.message).toBe("the document's text parts are larger than 1 MB of XML; refusing to read it (split the document)");
  });

  test("the default XML cap refuses the 190 MB of real XML of issue 12 up front", () => {
    const p = realisticParagraphs();
    const xml = repeatedDocx(p, Math.ceil((190 * 1048576) / Buffer.byteLength(p)));
    expect(problemOf(() => readDocx(xml)).problem).toEqual({ kind: "xml-too-large", limitMb: 32 });
  });

  test("too many XML tags and too many paragraphs are refused with a clear reason", () => {
    const many = docx(PARA.repeat(2000));
    expect(problemOf(() => readDocx(many, { maxXmlTags: 1000 })).problem).toEqual({ kind: "xml-too-many-tags", limit: 1000 });
    expect(problemOf(() => readDocx(many, { maxParagraphs: 500 })).problem).toEqual({ kind: "too-many-paragraphs", limit: 500 });
    expect(readDocx(many).paragraphs).toHaveLength(2000);
    const text = new TextEncoder().encode("Пункт один.\n".repeat(50));
    expect(problemOf(() => readText(text, "txt", 10)).problem).toEqual({ kind: "too-many-paragraphs", limit: 10 });
  });
});

describe("deep nesting and many entries (issue 12, item 9)", () => {
  test("10,000 levels of nested XML in about 1 KB get one clear line, not a stack overflow", () => {
    const depth = 10_000;
    const bytes = docx(`<x:c xmlns:x="urn:x">${"<x:c>".repeat(depth)}${PARA}${"</x:c>".repeat(depth + 1)}`);
    expect(bytes.length).toBeLessThan(1024);
    const e = problemOf(() => readDocx(bytes));
    expect(e.problem).toEqual({ kind: "xml-too-deep", limit: 500 });
    expect(e.message).not.toMatch(/\n/u);
  });

  test("nesting up to the limit is read and annotated", () => {
    const depth = 480;
    const bytes = docx(
      `<w:sdt><w:sdtContent>${"<w:customXml>".repeat(depth)}${PARA}${"</w:customXml>".repeat(depth)}</w:sdtContent></w:sdt>` +
        `<w:p>${"<w:hyperlink>".repeat(depth - 10)}<w:r><w:t>Комиссия вправе</w:t></w:r>${"</w:hyperlink>".repeat(depth - 10)}</w:p>`,
    );
    expect(readDocx(bytes).paragraphs.map((p) => p.text)).toEqual(["Директор вправе изменить график.", "Комиссия вправе"]);
    const annotated = annotateDocx(bytes, [{ paragraph: 1, start: 9, end: 15, lines: ["x"] }]);
    expect(annotated.added).toBe(1);
  });

  test("the paragraph walkers do not recurse: 20,000 levels do not overflow the stack", () => {
    const depth = 20_000;
    const doc = parseXml(DOC_HEAD + `${"<w:customXml>".repeat(depth)}<w:p>${"<w:ins>".repeat(depth)}<w:r><w:t>глубоко</w:t></w:r>${"</w:ins>".repeat(depth)}</w:p>${"</w:customXml>".repeat(depth)}` + DOC_TAIL, "word/document.xml");
    const texts: string[] = [];
    forEachParagraph(doc.getElementsByTagNameNS(W, "body")[0] as Element, (p) => texts.push(paragraphText(p).text));
    expect(texts).toEqual(["глубоко"]);
  });

  test("thousands of namespace declarations, which make the XML serializer quadratic, get one clear line", () => {
    let decl = "";
    for (let i = 0; i < 5000; i++) decl += ` xmlns:p${i}="urn:${i}"`;
    const bytes = zipSync({ "[Content_Types].xml": strToU8(TYPES), "word/document.xml": strToU8(DOC_HEAD.replace("<w:document ", `<w:document${decl} `) + PARA + DOC_TAIL) });
    expect(problemOf(() => readDocx(bytes)).problem).toEqual({ kind: "xml-too-many-namespaces", limit: 200 });
    expect(() => annotateDocx(bytes, [])).toThrow(DocumentError);
  });

  test("a package with 3,500 entries is read", () => {
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3500; i++) extra[`word/media/image${i}.png`] = strToU8("x");
    expect(readDocx(docx(PARA, extra)).paragraphs[0]?.text).toBe("Директор вправе изменить график.");
  });
});

describe("one stray byte does not turn UTF-8 into Windows-1251 (issue 12, item 10)", () => {
  const utf8 = new TextEncoder().encode("1. Директор вправе изменить график работы отдела.\n2. Работник уведомляет руководителя.\n");

  test("UTF-8 with one invalid byte stays UTF-8, with the byte replaced and counted", () => {
    const at = utf8.indexOf(0x0a);
    const broken = new Uint8Array([...utf8.subarray(0, at), 0xff, ...utf8.subarray(at)]);
    const decoded = decodeText(broken);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.replaced).toBe(1);
    expect(decoded.text).toContain("вправе");
    expect(decoded.text).toContain("\uFFFD");
    const doc = readText(broken, "txt");
    expect(doc.paragraphs[0]?.text).toContain("Директор вправе");
    expect(doc.warnings).toEqual([{ kind: "utf8-replaced", count: 1 }]);
  });

  test("a multi-byte sequence cut off at the end of the file is one replaced byte too", () => {
    expect(decodeText(new Uint8Array([...utf8, 0xd0]))).toMatchObject({ encoding: "utf-8", replaced: 1 });
  });

  test("real Windows-1251 is still read as Windows-1251, with no warning", () => {
    const cp1251 = new Uint8Array([0xc4, 0xe8, 0xf0, 0xe5, 0xea, 0xf2, 0xee, 0xf0, 0x20, 0xe2, 0xef, 0xf0, 0xe0, 0xe2, 0xe5]);
    expect(decodeText(cp1251)).toEqual({ text: "Директор вправе", encoding: "windows-1251" });
    expect(readText(cp1251, "txt").warnings).toBeUndefined();
  });

  test("the warning is one line in each language", () => {
    expect(warningText({ kind: "utf8-replaced", count: 1 }, "en")).toBe("the file was read as UTF-8, but 1 byte was not valid UTF-8 and became «�»; check the text there");
    expect(warningText({ kind: "utf8-replaced", count: 3 }, "ru")).toMatch(/^файл прочитан как UTF-8, но 3 байта/u);
    expect(warningText({ kind: "utf8-replaced", count: 3 }, "kk")).toMatch(/^файл UTF-8 ретінде оқылды, бірақ 3 байт/u);
  });
});
