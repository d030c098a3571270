/**
 * Issue 12, items 8, 9 and 12: the CLI under hostile input. The heap test runs the installed
 * command (bin/adal.cjs → build/node, built by `npm test` before jest) in a child process with a
 * small heap and reads its peak resident memory (getrusage ru_maxrss, in KB on Linux).
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { strToU8, zipSync } from "fflate";
import { run } from "../../src/cli/main";
import { readDocx } from "../../src/documents/read-docx";
import { captureIO } from "../helpers/cli-io";
import { paragraphsDocx } from "../helpers/docx-fixtures";
import { DOC_HEAD, DOC_TAIL, realisticParagraphs, repeatedDocx } from "../documents/hostile-zips";

const ROOT = path.join(__dirname, "..", "..");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "adal-hostile-"));
const posix = process.platform !== "win32";

type JsonReport = { files: Array<{ path: string; error?: string; errorKind?: string; findings?: unknown[] }> };
const byName = (report: JsonReport) => Object.fromEntries(report.files.map((f) => [path.basename(f.path), f]));

describe("zip bombs and huge XML do not exhaust the CLI (issue 12, item 8)", () => {
  test("with a 256 MB heap: a 1 GB bomb, a lying bomb and 190 MB of real XML each get one line, the good file is scanned, peak memory stays low", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "a-good.txt"), "Директор вправе изменить график работы.");
    writeFileSync(path.join(dir, "b-bomb.docx"), repeatedDocx(" ".repeat(1048576), 1024));
    writeFileSync(path.join(dir, "c-liar.docx"), repeatedDocx(" ".repeat(1048576), 1024, { declaredSize: 4096 }));
    const p = realisticParagraphs();
    writeFileSync(path.join(dir, "d-xml.docx"), repeatedDocx(p, Math.ceil((190 * 1048576) / Buffer.byteLength(p))));
    const rss = path.join(dir, "rss.cjs");
    writeFileSync(rss, 'process.on("exit", () => require("node:fs").writeSync(2, "\\nmaxrss-kb=" + process.resourceUsage().maxRSS + "\\n"));\n');
    const child = await promisify(execFile)(process.execPath, ["--max-old-space-size=256", "-r", rss, path.join(ROOT, "bin", "adal.cjs"), "scan", dir, "-f", "json", "--locale", "en", "--fail-on", "none"], { maxBuffer: 64 * 1048576 }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    const report = JSON.parse(child.stdout) as JsonReport;
    const files = byName(report);
    expect(files["a-good.txt"]?.findings?.length).toBeGreaterThan(0);
    expect(files["b-bomb.docx"]?.error).toMatch(/zip bomb/u);
    expect(files["c-liar.docx"]?.error).toMatch(/zip bomb/u);
    expect(files["d-xml.docx"]?.error).toBe("the document's text parts are larger than 32 MB of XML; refusing to read it (split the document)");
    const maxRssMb = Number(/maxrss-kb=(\d+)/u.exec(child.stderr)?.[1]) / 1024;
    // The bomb alone is 1024 MB unpacked; a reader that inflates whole entries cannot stay under this.
    expect(maxRssMb).toBeLessThan(400);
  }, 120_000);
});

describe("deep nesting and many zip entries in the CLI (issue 12, item 9)", () => {
  test("each hostile file gets one line and the other files are still scanned", async () => {
    const dir = tmp();
    const types = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>');
    const para = "<w:p><w:r><w:t>Комиссия вправе запросить документы.</w:t></w:r></w:p>";
    writeFileSync(path.join(dir, "a-deep.docx"), zipSync({ "[Content_Types].xml": types, "word/document.xml": strToU8(`${DOC_HEAD}<x:c xmlns:x="urn:x">${"<x:c>".repeat(10_000)}${para}${"</x:c>".repeat(10_001)}${DOC_TAIL}`) }));
    const media: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3500; i++) media[`word/media/image${i}.png`] = strToU8("x");
    writeFileSync(path.join(dir, "b-entries.docx"), zipSync({ "[Content_Types].xml": types, "word/document.xml": strToU8(DOC_HEAD + para + DOC_TAIL), ...media }));
    writeFileSync(path.join(dir, "c-good.docx"), await paragraphsDocx(["Директор вправе изменить график работы."]));
    const io = captureIO();
    const code = await run(["scan", dir, "-f", "json", "--locale", "en"], io);
    expect(code).toBe(2);
    const files = byName(JSON.parse(io.out()) as JsonReport);
    expect(files["a-deep.docx"]?.error).toBe("the document's XML is nested more than 500 levels deep, which Word never writes; refusing to read it");
    expect(files["b-entries.docx"]?.findings?.length).toBeGreaterThan(0);
    expect(files["c-good.docx"]?.findings?.length).toBeGreaterThan(0);
    expect(io.err().trim().split("\n")).toEqual([`${path.join(dir, "a-deep.docx")}: error: ${files["a-deep.docx"]?.error}`]);
  });
});

(posix ? describe : describe.skip)("files that are not what their names say (issue 12, item 12)", () => {
  test("a FIFO named .txt, given directly or met in a folder, is refused at once instead of hanging", async () => {
    const dir = tmp();
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    writeFileSync(path.join(dir, "good.txt"), "Директор вправе изменить график работы.");
    const io = captureIO();
    const code = await run(["scan", dir, path.join(dir, "pipe.txt"), "-f", "json", "--locale", "en"], io);
    expect(code).toBe(2);
    const report = JSON.parse(io.out()) as JsonReport;
    expect(report.files.map((f) => [path.basename(f.path), f.errorKind ?? "ok"])).toEqual([
      ["good.txt", "ok"],
      ["pipe.txt", "not-regular-file"],
      ["pipe.txt", "not-regular-file"],
    ]);
  });

  test("a .txt link to /dev/zero is never read whole: --max-size holds whatever the name says", async () => {
    const dir = tmp();
    const zero = path.join(dir, "zero.txt");
    symlinkSync("/dev/zero", zero);
    const io = captureIO();
    expect(await run(["scan", zero, "--max-size", "1", "--locale", "en"], io)).toBe(2);
    expect(io.err()).toBe(`${zero}: error: not a regular file (a pipe, device or socket); not read\n`);
  });

  test("links in folders are followed inside the folders given and reported outside them, never skipped silently", async () => {
    const root = tmp();
    const outside = tmp();
    writeFileSync(path.join(outside, "secret.txt"), "Директор вправе изменить график.");
    mkdirSync(path.join(root, "sub"));
    writeFileSync(path.join(root, "sub", "real.txt"), "Комиссия вправе запросить документы.");
    symlinkSync(path.join(root, "sub", "real.txt"), path.join(root, "inside-link.txt"));
    symlinkSync(path.join(outside, "secret.txt"), path.join(root, "outside-link.txt"));
    symlinkSync(path.join(root, "no-such.txt"), path.join(root, "broken-link.txt"));
    symlinkSync(root, path.join(root, "sub", "loop"));
    const io = captureIO();
    expect(await run(["scan", root, "-f", "json", "--locale", "en"], io)).toBe(2);
    const report = JSON.parse(io.out()) as JsonReport;
    expect(report.files.map((f) => [path.relative(root, f.path), f.errorKind ?? `${f.findings?.length} findings`])).toEqual([
      ["broken-link.txt", "symlink-broken"],
      ["inside-link.txt", "1 findings"],
      ["outside-link.txt", "symlink-outside"],
      [path.join("sub", "real.txt"), "1 findings"],
    ]);
    expect(io.err()).toContain(`${path.join(root, "outside-link.txt")}: error: a symbolic link to ${path.join(outside, "secret.txt")}, outside the folders given; not followed`);
  });
});

describe("--annotate never overwrites silently (issue 12, item 12)", () => {
  test("two inputs with one name get two copies, and the run says where each went", async () => {
    const a = tmp();
    const b = tmp();
    const out = tmp();
    writeFileSync(path.join(a, "draft.docx"), await paragraphsDocx(["Директор вправе изменить график работы."]));
    writeFileSync(path.join(b, "draft.docx"), await paragraphsDocx(["Комиссия вправе запросить документы."]));
    const io = captureIO();
    await run(["scan", path.join(a, "draft.docx"), path.join(b, "draft.docx"), "--annotate", out, "--fail-on", "none", "--locale", "en"], io);
    expect(readdirSync(out).sort()).toEqual(["draft (2).docx", "draft.docx"]);
    expect(readDocx(new Uint8Array(readFileSync(path.join(out, "draft (2).docx")))).paragraphs[0]?.text).toBe("Комиссия вправе запросить документы.");
    expect(io.err()).toBe(`Commented copy: ${path.join(out, "draft.docx")}\nCommented copy: ${path.join(out, "draft (2).docx")} (the original name was taken by ${path.join(a, "draft.docx")})\n`);
  });

  test("names that differ only in case count as one name, as on Windows and macOS", async () => {
    const a = tmp();
    const b = tmp();
    const out = tmp();
    writeFileSync(path.join(a, "draft.docx"), await paragraphsDocx(["Директор вправе изменить график работы."]));
    writeFileSync(path.join(b, "Draft.docx"), await paragraphsDocx(["Комиссия вправе запросить документы."]));
    await run(["scan", a, b, "--annotate", out, "--fail-on", "none"], captureIO());
    expect(readdirSync(out).sort()).toEqual(["Draft (2).docx", "draft.docx"]);
  });
});
