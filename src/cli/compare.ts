/**
 * `adal compare a.kk.docx a.ru.docx`: the two official language versions of one draft, aligned
 * item by item and compared (A1.3.6). `adal scan --pair ...`: the usual review of every file, and
 * the comparison of each pair of versions (x.kk.docx with x.ru.docx; two files given are a pair).
 *
 * Exit codes as `adal scan`: 0 nothing at or above --fail-on, 1 there is, 2 bad input or usage.
 */
import { Command, Option } from "commander";
import { promises as fs } from "node:fs";
import path from "node:path";
import { buildConclusion } from "../documents/conclusion";
import { toConclusionBilingual } from "../documents/conclusion-bilingual";
import { DocumentError, problemText, type Problem } from "../documents/errors";
import type { DocModel } from "../documents/model";
import { LANGS, SEVERITY_RANK, type Engine, type Lang, type Severity } from "../engine";
import { createComparer, type Comparer, type VersionIndex } from "../engine/bilingual";
import { DEFAULT_BILINGUAL_BOOK } from "../rulebook/bilingual";
import { formatPairJson, formatPairSarif, formatPairText, pairJson, pairSarifResults, pairSarifRules } from "./formats/pair";
import { formatPairHtml, pairSection } from "./formats/pair-html";
import { expandInputs, loadDocument } from "./inputs";
import { cliText } from "./messages";
import { comparePair, pairByName, type PairReport } from "./pair";
import { pairText } from "./pair-messages";
import type { CliIO } from "./main";

export interface PairOptions {
  format: "text" | "json" | "sarif" | "html";
  failOn: Severity | "none";
  maxSize: number;
  output?: string;
  conclusion?: string;
  reviewer?: string;
  position?: string;
}

let comparerCache: Comparer | undefined;
function comparerFor(engine: Engine): Comparer {
  comparerCache ??= createComparer(engine, DEFAULT_BILINGUAL_BOOK);
  return comparerCache;
}

async function load(file: string, maxSize: number, locale: Lang): Promise<{ path: string; doc: DocModel } | { path: string; error: string }> {
  try {
    const { doc } = await loadDocument(file, maxSize);
    return { path: file, doc };
  } catch (e) {
    const problem: Problem = e instanceof DocumentError ? e.problem : { kind: "internal", cause: String((e as Error).message ?? e).split("\n")[0] as string };
    return { path: file, error: problemText(problem, locale) };
  }
}

/** The `compare` command; `setCode` receives the exit code. */
export function compareCommand(io: CliIO, locale: Lang, engine: () => Engine, version: string, setCode: (c: number) => void): Command {
  return new Command("compare")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .description("compare the Kazakh and the Russian version of one draft item by item (A1.3.6)")
    .argument("<first>", "one language version (.docx, .txt or .md)")
    .argument("<second>", "the other language version")
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json", "sarif", "html"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "exit 1 when a discrepancy is at or above this severity").choices(["high", "medium", "low", "none"]).default("high"))
    .addOption(new Option("--locale <lang>", "language of the report (default: LC_ALL / LC_MESSAGES / LANG, else English)").choices([...LANGS]))
    .addOption(new Option("--max-size <MB>", "largest input file accepted").argParser((v) => Number(v) * 1048576).default(20 * 1048576, "20"))
    .option("--conclusion <dir>", "write the expertise conclusion of each version, with its discrepancies, into <dir>")
    .option("--reviewer <name>", "the expert who signs the conclusions")
    .option("--position <title>", "the expert's position, for the conclusions")
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .action(async (first: string, second: string, opts: PairOptions) => {
      setCode(await compareFiles(first, second, opts, io, locale, engine(), version));
    });
}

async function compareFiles(first: string, second: string, opts: PairOptions, io: CliIO, locale: Lang, engine: Engine, version: string): Promise<number> {
  const t = cliText(locale);
  if (!Number.isFinite(opts.maxSize) || opts.maxSize <= 0) {
    io.stderr.write(`adal compare: ${t.usage.badSize(String(opts.maxSize / 1048576))} ${t.usage.hint("adal compare")}\n`);
    return 2;
  }
  const docs = await Promise.all([load(first, opts.maxSize, locale), load(second, opts.maxSize, locale)]);
  let failed = false;
  for (const d of docs) {
    if ("error" in d) {
      io.stderr.write(`${d.path}: ${t.error}: ${d.error}\n`);
      failed = true;
    }
  }
  if (failed) return 2;
  const [a, b] = docs as [{ path: string; doc: DocModel }, { path: string; doc: DocModel }];
  const report = comparePair(comparerFor(engine), a, b, locale);
  warnSameLanguage(report, io, locale);
  const book = comparerFor(engine).book;
  let text: string;
  switch (opts.format) {
    case "json":
      text = formatPairJson(report);
      break;
    case "sarif":
      text = formatPairSarif([report], book, locale, version);
      break;
    case "html":
      text = formatPairHtml([report], book, locale, io.now());
      break;
    default:
      text = formatPairText(report, book, { color: !opts.output && !!io.stdout.isTTY && !io.env.NO_COLOR, locale });
  }
  await emit(text, opts.output, io, locale);
  if (opts.conclusion && !(await writeConclusions(report, engine, opts, io, locale))) return 2;
  return exitCode([report], opts.failOn);
}

function warnSameLanguage(report: PairReport, io: CliIO, locale: Lang): void {
  if (report.versions[0].lang === report.versions[1].lang) io.stderr.write(`adal: ${cliText(locale).warning}: ${pairText(locale).sameLanguage}\n`);
}

function exitCode(reports: readonly PairReport[], failOn: Severity | "none"): number {
  if (failOn === "none") return 0;
  return reports.some((r) => r.comparison.discrepancies.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failOn])) ? 1 : 0;
}

async function emit(text: string, output: string | undefined, io: CliIO, locale: Lang): Promise<void> {
  if (output) {
    await fs.writeFile(output, text);
    io.stderr.write(`${cliText(locale).reportWritten(output)}\n`);
  } else io.stdout.write(text);
}

/** The conclusion of each version, with the section on the other version. False when one could not be written. */
async function writeConclusions(report: PairReport, engine: Engine, opts: PairOptions, io: CliIO, locale: Lang): Promise<boolean> {
  const t = cliText(locale);
  const book = comparerFor(engine).book;
  let ok = true;
  for (const v of [0, 1] as const) {
    const other: VersionIndex = v === 0 ? 1 : 0;
    const version = report.versions[v];
    const result = engine.analyze(version.doc.paragraphs.map((p) => p.text), { locale });
    const bilingual = toConclusionBilingual(report.comparison, book, v, report.versions[other].doc.title ?? path.basename(report.versions[other].path), locale, (w, p) => report.versions[w].doc.paragraphs[p]?.label);
    const units = engine.units.units;
    const base = path.basename(version.path, path.extname(version.path));
    const target = path.join(opts.conclusion as string, `${base} - ${t.conclusionFile}.docx`);
    try {
      const bytes = await buildConclusion({
        locale,
        documentTitle: version.doc.title ?? path.basename(version.path),
        reviewer: opts.reviewer ?? "________________________",
        ...(opts.position ? { reviewerPosition: opts.position } : {}),
        date: io.now(),
        findings: result.findings,
        paragraphs: version.doc.paragraphs,
        units: result.affectedUnits.map((u) => ({ name: units.find((x) => x.id === u.unit)?.name[locale] ?? u.name, evidence: u.mentions.slice(0, 3).map((m) => m.excerpt) })),
        bilingual,
      });
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, bytes);
      io.stderr.write(`${t.conclusionWritten(target)}\n`);
    } catch (e) {
      ok = false;
      io.stderr.write(`${version.path}: ${t.error}: ${problemText({ kind: "unreadable", cause: (e as NodeJS.ErrnoException).code ?? String((e as Error).message) }, locale)}\n`);
    }
  }
  return ok;
}

/**
 * `adal scan --pair`: the scan report of every file as `scan` writes it, with the comparison of
 * each pair of versions added to it (text after it, JSON under "pairs", HTML sections, SARIF results).
 */
export async function scanPairs(
  paths: readonly string[],
  opts: PairOptions,
  io: CliIO,
  locale: Lang,
  engine: Engine,
  version: string,
  /** The plain scan of the same paths, without -o and --conclusion (this writes them). */
  scan: (io: CliIO) => Promise<number>,
): Promise<number> {
  let scanned = "";
  const captured: CliIO = { ...io, stdout: { write: (s: string) => ((scanned += s), true), isTTY: io.stdout.isTTY ?? false } };
  const scanCode = await scan(captured);
  if (scanned.trim() === "") return scanCode;
  const inputs = (await expandInputs(paths)).filter((f) => !f.problem).map((f) => f.path);
  const { pairs, alone } = pairByName(inputs);
  for (const f of alone) io.stderr.write(`${pairText(locale).alone(f)}\n`);
  const reports: PairReport[] = [];
  let failed = false;
  for (const [x, y] of pairs) {
    const docs = await Promise.all([load(x, opts.maxSize, locale), load(y, opts.maxSize, locale)]);
    // A file that could not be read is already reported by the scan.
    if (docs.some((d) => "error" in d)) {
      failed = true;
      continue;
    }
    const report = comparePair(comparerFor(engine), docs[0] as { path: string; doc: DocModel }, docs[1] as { path: string; doc: DocModel }, locale);
    warnSameLanguage(report, io, locale);
    reports.push(report);
    if (opts.conclusion && !(await writeConclusions(report, engine, opts, io, locale))) failed = true;
  }
  const book = comparerFor(engine).book;
  let text: string;
  switch (opts.format) {
    case "json":
      text = `${JSON.stringify({ ...JSON.parse(scanned), pairs: reports.map(pairJson) }, null, 2)}\n`;
      break;
    case "sarif": {
      const sarif = JSON.parse(scanned) as { runs: { tool: { driver: { rules: unknown[] } }; results: unknown[] }[] };
      const run = sarif.runs[0] as (typeof sarif.runs)[number];
      const offset = run.tool.driver.rules.length;
      run.tool.driver.rules.push(...pairSarifRules(book, locale));
      const index = (id: string) => offset + (pairSarifRules(book, locale) as { id: string }[]).findIndex((r) => r.id === id);
      for (const r of reports) run.results.push(...pairSarifResults(r, index));
      text = `${JSON.stringify(sarif, null, 2)}\n`;
      break;
    }
    case "html":
      text = scanned.replace(/<\/body><\/html>\s*$/u, `${reports.map((r) => pairSection(r, book, locale)).join("\n")}\n</body></html>\n`);
      break;
    default:
      text = `${scanned}\n${reports.map((r) => formatPairText(r, book, { color: !opts.output && !!io.stdout.isTTY && !io.env.NO_COLOR, locale })).join("\n")}`;
  }
  await emit(text, opts.output, io, locale);
  if (scanCode === 2 || failed) return 2;
  return Math.max(scanCode, exitCode(reports, opts.failOn));
}
