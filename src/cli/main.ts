/**
 * `adal`: the command-line reviewer.
 *
 *   adal scan <files or folders...> [--format text|json|sarif|html] [--annotate <dir>] [--fail-on high]
 *   adal scan --jsonl <file>          one JSON result per input line (the evaluation interface)
 *   adal rules                        the rulebook
 *   adal explain "<text>"             how the engine reads one text (for rule authors)
 *
 * Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
 */
import { Command, CommanderError, Option } from "commander";
import { promises as fs } from "node:fs";
import path from "node:path";
import { annotateDocx } from "../documents/annotate-docx";
import { DocumentError } from "../documents/model";
import { createEngine, LANGS, RulebookError, SEVERITY_RANK, type Engine, type Lang, type Severity } from "../engine";
import { checkExamples } from "../engine/rulebook/examples";
import { DEFAULT_RULEBOOK } from "../rulebook/default";
import { formatHtml } from "./formats/html";
import { formatJson } from "./formats/json";
import { formatSarif } from "./formats/sarif";
import { formatText } from "./formats/text";
import { expandInputs, loadDocument } from "./inputs";
import { provisionsJsonl, runJsonl } from "./jsonl";
import { mailCommand } from "./mail";
import { cliText } from "./messages";
import { Progress } from "./progress";
import type { FileReport, ScanReport } from "./report";

export const VERSION = "0.1.0";

export interface CliIO {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  readonly stdin: NodeJS.ReadableStream;
  readonly now: () => Date;
  readonly env: NodeJS.ProcessEnv;
}

export function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, now: () => new Date(), env: process.env };
}

interface ScanOptions {
  format: "text" | "json" | "sarif" | "html";
  jsonl?: string;
  annotate?: string;
  failOn: Severity | "none";
  locale?: Lang;
  minSeverity?: Severity;
  maxSize: number;
  output?: string;
  progress: boolean;
}

let engineCache: Engine | undefined;
function engine(): Engine {
  engineCache ??= createEngine(DEFAULT_RULEBOOK);
  return engineCache;
}

/** Runs the CLI with `argv` (without "node adal"); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  let code = 0;
  const program = new Command("adal")
    .description("Adal: checks draft regulations (kk/ru/en) for corruption-risk wording (policy P4.7.1, Annex 1 part 3)")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  program
    .command("scan")
    .description("scan .docx, .txt and .md files or folders, or a jsonl file of provisions")
    .argument("[paths...]", "files or folders to scan")
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json", "sarif", "html"]).default("text"))
    .option("--jsonl <file>", 'read {"id","text","lang"?} per line ("-" for stdin); write one result per line')
    .option("--annotate <dir>", "write a copy of each .docx with a Word comment on every finding into <dir>")
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices(["high", "medium", "low", "none"]).default("high"))
    .addOption(new Option("--locale <lang>", "language of messages (default: the language of each finding's text)").choices([...LANGS]))
    .addOption(new Option("--min-severity <severity>", "report only findings at or above this severity").choices(["high", "medium", "low"]))
    .addOption(new Option("--max-size <MB>", "largest input file accepted").argParser(parseMegabytes).default(20 * 1048576, "20"))
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option("--no-progress", "no progress bar")
    .action(async (paths: string[], opts: ScanOptions) => {
      code = opts.jsonl !== undefined ? await scanJsonl(opts, paths, io) : await scanFiles(paths, opts, io);
    });

  program
    .command("rules")
    .description("list the rules: id, factor, clauses, severity, languages")
    .addOption(new Option("--locale <lang>", "language of descriptions").choices([...LANGS]).default("ru"))
    .option("--test [id]", "run the rules' own examples (of the rules whose id starts with <id>) and show those that fail")
    .action((opts: { locale: Lang; test?: string | boolean }) => {
      if (opts.test !== undefined) {
        const eng = engine();
        const prefix = typeof opts.test === "string" ? opts.test : "";
        let failed = 0;
        let total = 0;
        for (const r of eng.rules.filter((x) => x.id.startsWith(prefix))) {
          for (const v of checkExamples(r, (text, lang) => eng.analyze([text], { langHint: lang }).findings)) {
            total++;
            if (v.ok) continue;
            failed++;
            io.stdout.write(`FAIL ${v.rule} [${v.lang}] ${v.kind}: ${v.example}\n  expected ${JSON.stringify(v.expected)}\n  got      ${JSON.stringify(v.got)}\n`);
          }
        }
        io.stdout.write(`${total - failed}/${total} examples hold\n`);
        code = failed > 0 ? 1 : 0;
        return;
      }
      for (const r of engine().rules) {
        const langs = LANGS.filter((l) => r.patterns[l]).join(",");
        io.stdout.write(`${r.id.padEnd(40)} ${r.factor.padEnd(28)} ${r.severity.padEnd(6)} ${r.clauses.join(",").padEnd(22)} ${langs}\n`);
        if (r.description) io.stdout.write(`    ${r.description[opts.locale]}\n`);
      }
    });

  program
    .command("explain")
    .description("show how the engine reads a text: sentences, languages, findings")
    .argument("<text...>", "the text")
    .addOption(new Option("--lang <lang>", "language hint").choices([...LANGS]))
    .action((words: string[], opts: { lang?: Lang }) => {
      const text = words.join(" ");
      const options = opts.lang ? { langHint: opts.lang } : {};
      const reading = engine().read(text, options);
      if (reading.label) io.stdout.write(`item ${reading.label}\n`);
      for (const s of reading.sentences) io.stdout.write(`[${s.lang}] ${s.kind}: ${s.text}\n`);
      for (const a of reading.actions) {
        const who = a.actorText ? `${a.actor} «${a.actorText}»` : a.actor;
        io.stdout.write(`action «${a.text}» ${a.classes.join("/")}: ${a.voice}, ${a.negated ? "not " : ""}${a.modality}, by ${who}`);
        io.stdout.write(`${a.objects.length ? `; about ${a.objects.join(", ")}` : ""}${a.bounds.length ? `; bounded by ${a.bounds.join(", ")}` : ""}\n`);
      }
      const result = engine().analyze([text], options);
      for (const f of result.findings) io.stdout.write(`${f.start}-${f.end} [${f.lang}] ${f.severity} ${f.ruleId} «${f.excerpt}»\n  ${f.message}\n`);
      for (const u of result.affectedUnits) io.stdout.write(`unit ${u.unit}: ${u.mentions.map((m) => `«${m.excerpt}»`).join(", ")}\n`);
      if (result.findings.length === 0) io.stdout.write("no findings\n");
    });

  program.addCommand(mailCommand(io, (c) => (code = c)));

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    if (e instanceof RulebookError) {
      io.stderr.write(`adal: the rulebook is invalid: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return code;
}

function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, "adal.badSize", `error: --max-size expects a positive number of megabytes, got "${value}"`);
  return n * 1048576;
}

async function scanFiles(paths: string[], opts: ScanOptions, io: CliIO): Promise<number> {
  if (paths.length === 0) {
    io.stderr.write("adal scan: give files or folders to scan, or --jsonl <file> (see adal scan --help)\n");
    return 2;
  }
  const eng = engine();
  const inputs = await expandInputs(paths);
  if (inputs.length === 0) {
    io.stderr.write(`adal scan: no .docx, .txt or .md files found in ${paths.join(", ")}\n`);
    return 2;
  }
  const progress = new Progress(io.stderr, inputs.length, opts.progress && !!io.stderr.isTTY);
  const files: FileReport[] = [];
  let annotateNotes = 0;
  for (const [i, input] of inputs.entries()) {
    progress.update(i, input.path);
    if (input.error) {
      files.push({ path: input.path, findings: [], affectedUnits: [], error: input.error });
      continue;
    }
    try {
      const { doc, bytes } = await loadDocument(input.path, opts.maxSize);
      const result = eng.analyze(
        doc.paragraphs.map((p) => p.text),
        { ...(opts.locale ? { locale: opts.locale } : {}), ...(opts.minSeverity ? { minSeverity: opts.minSeverity } : {}) },
      );
      files.push({ path: input.path, doc, findings: result.findings, affectedUnits: result.affectedUnits });
      if (opts.annotate) annotateNotes += await annotate(input.path, bytes, doc.kind, result.findings, opts, io, paths);
    } catch (e) {
      if (e instanceof DocumentError) files.push({ path: input.path, findings: [], affectedUnits: [], error: e.message });
      else throw e;
    }
  }
  progress.update(inputs.length, "");
  progress.finish();
  const report: ScanReport = opts.locale ? { files, locale: opts.locale } : { files };
  const locale = opts.locale ?? "ru";
  let text: string;
  switch (opts.format) {
    case "json":
      text = formatJson(report);
      break;
    case "sarif":
      text = formatSarif(report, eng, locale, VERSION);
      break;
    case "html":
      text = formatHtml(report, locale, io.now());
      break;
    default:
      text = formatText(report, { color: !opts.output && !!io.stdout.isTTY && !io.env.NO_COLOR, locale });
  }
  if (opts.output) await fs.writeFile(opts.output, text);
  else io.stdout.write(text);
  if (annotateNotes > 0) io.stderr.write(`adal: ${annotateNotes} finding(s) in headers or footers were not commented (Word has no comments there)\n`);
  for (const f of files) if (f.error) io.stderr.write(`${f.path}: ${cliText(locale).error}: ${f.error}\n`);
  if (files.some((f) => f.error)) return 2;
  if (opts.failOn === "none") return 0;
  const threshold = SEVERITY_RANK[opts.failOn];
  return files.some((f) => f.findings.some((x) => SEVERITY_RANK[x.severity] >= threshold)) ? 1 : 0;
}

/** Writes <dir>/<file> with comments; returns how many findings could not be anchored. */
async function annotate(file: string, bytes: Uint8Array, kind: string, findings: FileReport["findings"], opts: ScanOptions, io: CliIO, roots: readonly string[]): Promise<number> {
  if (kind !== "docx") {
    io.stderr.write(`${file}: --annotate writes .docx copies only; this file is not a Word document\n`);
    return 0;
  }
  const dir = opts.annotate as string;
  const root = roots.find((r) => path.resolve(file).startsWith(path.resolve(r) + path.sep));
  const relative = root ? path.relative(root, file) : path.basename(file);
  const target = path.join(dir, relative);
  if (path.resolve(target) === path.resolve(file)) throw new DocumentError("unsupported", "--annotate must not overwrite the input; choose another folder");
  const severityWord = (s: Severity, l: Lang) => cliText(l).severity[s];
  const result = annotateDocx(
    bytes,
    findings.map((f) => {
      const l = opts.locale ?? f.lang;
      return {
        paragraph: f.paragraph,
        start: f.start,
        end: f.end,
        lines: [`[${severityWord(f.severity, l)}] ${f.clauses.join(", ")} · ${f.factor}`, f.message, `→ ${f.recommendation}`, ...(f.suggestion ? [`✎ ${f.suggestion}`] : [])],
      };
    }),
    { author: "Adal", date: io.now() },
  );
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, result.bytes);
  return result.skipped;
}

async function scanJsonl(opts: ScanOptions, paths: readonly string[], io: CliIO): Promise<number> {
  if (paths.length > 0) {
    io.stderr.write("adal scan: --jsonl takes its input from the given file; do not also pass paths\n");
    return 2;
  }
  const eng = engine();
  return runJsonl(
    opts.jsonl as string,
    io,
    opts.output,
    provisionsJsonl((text, lang) => {
      const r = eng.analyze([text], { ...(lang ? { langHint: lang } : {}), ...(opts.locale ? { locale: opts.locale } : {}), ...(opts.minSeverity ? { minSeverity: opts.minSeverity } : {}) });
      return { findings: r.findings, affectedUnits: r.affectedUnits };
    }),
  );
}
