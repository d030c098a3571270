import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { run } from "../../src/cli/main";
import { readDocx } from "../../src/documents/read-docx";
import { unzipEntries } from "../../src/documents/zip";
import { decodeUtf8 } from "../../src/documents/wordml";
import { captureIO } from "../helpers/cli-io";
import { compoundFile, paragraphsDocx, structuredDocx, zipBomb } from "../helpers/docx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = path.join(ROOT, "assets", "samples");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "adal-cli-"));

describe("adal scan: formats and exit codes", () => {
  test("text report on the sample drafts; high findings exit 1", async () => {
    const io = captureIO();
    const code = await run(["scan", path.join(SAMPLES, "premirovanie.ru.txt"), "--locale", "ru"], io);
    expect(code).toBe(1);
    expect(io.out()).toContain("discretion/no-may-formula");
    expect(io.out()).toMatch(/Итого: проверен 1 файл, \d+ замечани/u);
  });

  test("--fail-on none exits 0; a clean file exits 0", async () => {
    expect(await run(["scan", SAMPLES, "--fail-on", "none"], captureIO())).toBe(0);
    const dir = tmp();
    writeFileSync(path.join(dir, "clean.txt"), "Работник уведомляет руководителя о конфликте интересов в течение 2 рабочих дней.");
    expect(await run(["scan", dir], captureIO())).toBe(0);
  });

  test("json: findings with offsets into the paragraph text", async () => {
    const io = captureIO();
    await run(["scan", path.join(SAMPLES, "satyp-alu.kk.txt"), "--format", "json"], io);
    const report = JSON.parse(io.out());
    const file = report.files[0];
    expect(file.findings.length).toBeGreaterThan(5);
    for (const f of file.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["ruleId", "factor", "clauses", "severity", "paragraph", "start", "end", "excerpt", "message", "recommendation"]));
    }
    expect(file.affectedUnits.map((u: { unit: string }) => u.unit)).toEqual(expect.arrayContaining(["procurement", "legal", "accounting", "security", "it"]));
    expect(report.summary.findings).toBe(file.findings.length);
  });

  test("json: each finding with the item a lawyer cites and its line (expert rounds 37–38)", async () => {
    const dir = tmp();
    const file = path.join(dir, "draft.txt");
    writeFileSync(file, "5. Общие положения.\n\n6. Основаниями отказа являются:\n\n1) неполный пакет документов;\n\n2) иные основания.\n\nКомиссия вправе запросить документы.\n");
    const io = captureIO();
    await run(["scan", file, "--format", "json"], io);
    const findings = JSON.parse(io.out()).files[0].findings as Array<{ ruleId: string; item?: string; subitem?: string; line?: number }>;
    expect(findings.find((f) => f.ruleId === "lists/no-open-list")).toMatchObject({ item: "6", subitem: "2)", line: 7 });
    expect(findings.find((f) => f.ruleId === "discretion/no-may-formula")).toMatchObject({ item: "6", line: 9 });
  });

  test("sarif: 2.1.0 with real line and column for text files", async () => {
    const dir = tmp();
    const file = path.join(dir, "draft.txt");
    writeFileSync(file, "1. Положение\nКомиссия вправе\nзапросить документы.\n");
    const io = captureIO();
    await run(["scan", file, "--format", "sarif"], io);
    const sarif = JSON.parse(io.out());
    expect(sarif.version).toBe("2.1.0");
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "discretion/no-may-formula");
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 10, endLine: 2, endColumn: 16, snippet: { text: "вправе" } });
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(20);
  });

  test("html: self-contained, escaped, findings highlighted", async () => {
    const dir = tmp();
    const file = path.join(dir, "x.txt");
    writeFileSync(file, '<script>alert("x")</script> Директор вправе изменить размер премии.');
    const io = captureIO();
    await run(["scan", file, "--format", "html", "--locale", "en"], io);
    const html = io.out();
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toMatch(/<mark [^>]*class="high"[^>]*>вправе<\/mark>/u);
    expect(html).toContain("default-src 'none'");
  });

  test("--output writes the report to a file", async () => {
    const out = path.join(tmp(), "r.json");
    const io = captureIO();
    await run(["scan", path.join(SAMPLES, "premirovanie.ru.txt"), "-f", "json", "-o", out], io);
    expect(io.out()).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).files).toHaveLength(1);
  });

  test("usage errors exit 2", async () => {
    expect(await run(["scan"], captureIO())).toBe(2);
    expect(await run(["scan", "--format", "pdf", SAMPLES], captureIO())).toBe(2);
    expect(await run(["scan", "--max-size", "abc", SAMPLES], captureIO())).toBe(2);
    expect(await run(["nonsense"], captureIO())).toBe(2);
  });

  test("a progress bar on multi-file runs when stderr is a terminal, none otherwise", async () => {
    const tty = captureIO({ tty: true });
    await run(["scan", SAMPLES, "--fail-on", "none"], tty);
    expect(tty.err()).toMatch(/█.*\d+\/\d+/u);
    const pipe = captureIO();
    await run(["scan", SAMPLES, "--fail-on", "none"], pipe);
    expect(pipe.err()).toBe("");
  });
});

describe("adal scan: bad input never stops the other files", () => {
  test("corrupt, encrypted, legacy, zip bomb, empty and 50 MB files each get one line; the good file is scanned", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "a-good.docx"), await paragraphsDocx(["Директор вправе изменить график работы."]));
    writeFileSync(path.join(dir, "b-corrupt.docx"), (await paragraphsDocx(["текст"])).slice(0, 200));
    writeFileSync(path.join(dir, "c-encrypted.docx"), compoundFile("EncryptedPackage"));
    writeFileSync(path.join(dir, "d-legacy.doc"), compoundFile("WordDocument"));
    writeFileSync(path.join(dir, "e-bomb.docx"), zipBomb(40));
    writeFileSync(path.join(dir, "f-empty.txt"), "");
    const big = path.join(dir, "g-huge.txt");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    const io = captureIO();
    const code = await run(["scan", dir, "--format", "json", "--locale", "en"], io);
    expect(code).toBe(2);
    const report = JSON.parse(io.out());
    const byName = Object.fromEntries(report.files.map((f: { path: string; error?: string; findings?: unknown[] }) => [path.basename(f.path), f]));
    expect(byName["a-good.docx"].findings.length).toBeGreaterThan(0);
    expect(byName["b-corrupt.docx"].error).toMatch(/not a valid \.docx/u);
    expect(byName["c-encrypted.docx"].error).toMatch(/password-protected/u);
    expect(byName["d-legacy.doc"].error).toMatch(/Word 97-2003/u);
    expect(byName["e-bomb.docx"].error).toMatch(/zip bomb/u);
    expect(byName["f-empty.txt"].error).toMatch(/empty/u);
    expect(byName["g-huge.txt"].error).toMatch(/50\.0 MB.*limit.*--max-size/u);
    const errLines = io.err().trim().split("\n");
    expect(errLines).toHaveLength(6);
    for (const line of errLines) expect(line).toMatch(/^.+: error: .+$/u);
  });

  test("a missing path and an unsupported type are reported, the rest still scanned", async () => {
    const io = captureIO();
    const code = await run(["scan", path.join(SAMPLES, "premirovanie.ru.txt"), "/no/such/file.docx", path.join(ROOT, "package.json")], io);
    expect(code).toBe(2);
    expect(io.out()).toContain("discretion/no-may-formula");
    expect(io.err()).toContain("no such file or folder");
    expect(io.err()).toContain('unsupported file type ".json"');
  });
});

describe("adal scan --annotate", () => {
  test("writes a commented copy of each .docx, keeping folder structure, without touching the input", async () => {
    const src = tmp();
    const out = tmp();
    const input = path.join(src, "sub", "draft.docx");
    mkdirSync(path.dirname(input));
    const bytes = await structuredDocx();
    writeFileSync(input, bytes);
    const io = captureIO();
    await run(["scan", src, "--annotate", out, "--fail-on", "none"], io);
    const written = path.join(out, "sub", "draft.docx");
    expect(existsSync(written)).toBe(true);
    expect(readFileSync(input)).toEqual(Buffer.from(bytes));
    const copy = new Uint8Array(readFileSync(written));
    expect(readDocx(copy).paragraphs.map((p) => p.text)).toEqual(readDocx(bytes).paragraphs.map((p) => p.text));
    const comments = decodeUtf8(unzipEntries(copy, (n) => n === "word/comments.xml").get("word/comments.xml") as Uint8Array);
    expect(comments).toContain("A1.3.6");
    expect(io.err()).toMatch(/headers or footers were not commented/u);
  });
});

describe("adal scan --jsonl", () => {
  test("one output line per input record, in order; bad lines get an error and exit 2", async () => {
    const dir = tmp();
    const file = path.join(dir, "in.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", text: "Комиссия вправе запросить документы.", lang: "ru" }),
        "",
        JSON.stringify({ id: 2, text: "Қызметкер басшыға хабарлайды." }),
        "{not json",
        JSON.stringify({ id: "c" }),
        JSON.stringify({ id: "d", text: "The Director may extend the deadline.", lang: "en" }),
      ].join("\n"),
    );
    const io = captureIO();
    const code = await run(["scan", "--jsonl", file], io);
    expect(code).toBe(2);
    const lines = io.out().trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", 2, null, "c", "d"]);
    expect(lines[0].findings[0]).toMatchObject({ ruleId: "discretion/no-may-formula", excerpt: "вправе", paragraph: 0 });
    expect(lines[1]).toEqual({ id: 2, findings: [], affectedUnits: [] });
    expect(lines[2].error).toMatch(/line 4: not valid JSON/u);
    expect(lines[3].error).toMatch(/"text" must be a string/u);
    expect(lines[4].findings.length).toBe(1);
  });

  test("reads standard input with -", async () => {
    const io = captureIO({ stdin: `${JSON.stringify({ id: "x", text: "Директор по своему усмотрению определяет размер премии." })}\n` });
    expect(await run(["scan", "--jsonl", "-"], io)).toBe(0);
    expect(JSON.parse(io.out()).findings.length).toBeGreaterThan(0);
  });

  test("a missing file is a usage error", async () => {
    const io = captureIO();
    expect(await run(["scan", "--jsonl", "/no/such.jsonl"], io)).toBe(2);
    expect(io.err()).toMatch(/cannot read/u);
  });
});

describe("adal mail: explaining one text", () => {
  test("cues are listed piece by piece, as the classifier reads them: a guard in a quoted chain stays in the quote", async () => {
    const io = captureIO();
    const text = "Кстати, вашим девочкам отложили по флакону, чтобы не забыть.\n\n> От: Асем\n> Тема: Re: График поставки\n> Обеды в столовой оплачиваются через Kaspi QR.";
    await run(["mail", "--subject", "Re: График", text], io);
    const out = io.out();
    expect(out).toMatch(/^risk: (low|medium|high)/mu);
    expect(out).toMatch(/cue object\.gift «флакону»/u);
    // the quoted line's guard is shown as quoted and does not cover the sender's own line
    expect(out).toMatch(/cue guard\.canteen «От: Асем\n> Тема: Re: График поставки\n> Обеды в столовой оплачиваются через Kaspi QR\.» \(quoted\)/u);
    expect(out).not.toMatch(/cue guard\.\S+ «Кстати/u);
    // a quoted header's subject line is the mail's subject, not the topic of a training ("Тема:" alone masks nothing)
    expect(out).not.toMatch(/cue guard\.topic/u);
  });
});

describe("the installed command", () => {
  const exec = promisify(execFile);
  const bin = path.join(ROOT, "bin", "adal.cjs");
  const dev = path.join(ROOT, "..", "shared", "corpus", "provisions.dev.jsonl");

  test("npx adal scan --jsonl on the development provisions: one line per provision, same order", async () => {
    const { stdout } = await exec(process.execPath, [bin, "scan", "--jsonl", dev], { maxBuffer: 64 * 1024 * 1024 });
    const input = readFileSync(dev, "utf8").trim().split("\n").map((l) => JSON.parse(l).id);
    const output = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(output.map((o) => o.id)).toEqual(input);
    for (const o of output) {
      expect(Array.isArray(o.findings)).toBe(true);
      expect(Array.isArray(o.affectedUnits)).toBe(true);
    }
  });

  test("--help and --version exit 0", async () => {
    await expect(exec(process.execPath, [bin, "--version"])).resolves.toMatchObject({ stdout: expect.stringMatching(/\d+\.\d+\.\d+/u) });
    await expect(exec(process.execPath, [bin, "scan", "--help"])).resolves.toMatchObject({ stdout: expect.stringContaining("--fail-on") });
  });
});
