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
import { buildConclusion } from "../documents/conclusion";
import { DocumentError, problemText, warningText, type Problem } from "../documents/errors";
import type { DocModel } from "../documents/model";
import { createEngine, LANGS, RulebookError, SEVERITY_RANK, type AnalysisResult, type Engine, type Finding, type Lang, type Severity } from "../engine";
import { FACTOR_NAMES } from "../engine/findings/factor-names";
import { checkExamples } from "../engine/rulebook/examples";
import { DEFAULT_RULEBOOK } from "../rulebook/default";
import { formatHtml } from "./formats/html";
import { formatJson } from "./formats/json";
import { formatSarif } from "./formats/sarif";
import { formatText } from "./formats/text";
import { compareCommand, scanPairs } from "./compare";
import { expandInputs, loadDocument, type InputFile } from "./inputs";
import { provisionsJsonl, runJsonl } from "./jsonl";
import { mailCommand } from "./mail";
import { cliText, resolveLocale, type CliText } from "./messages";
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
  conclusion?: string;
  reviewer?: string;
  position?: string;
  failOn: Severity | "none";
  locale?: Lang;
  minSeverity?: Severity;
  maxSize: number;
  output?: string;
  progress: boolean;
  pair?: boolean;
}

let engineCache: Engine | undefined;
function engine(): Engine {
  engineCache ??= createEngine(DEFAULT_RULEBOOK);
  return engineCache;
}

/** Runs the CLI with `argv` (without "node adal"); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  // The language is settled before parsing, so that even usage errors speak it.
  const locale = resolveLocale(localeFlag(argv), io.env, process.platform === "win32" ? Intl.DateTimeFormat().resolvedOptions().locale : undefined);
  const t = cliText(locale);
  let code = 0;
  const program = new Command("adal")
    .description("Adal: checks draft regulations (kk/ru/en) for corruption-risk wording (policy P4.7.1, Annex 1 part 3)")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });

  program
    .command("scan")
    .description("scan .docx, .txt and .md files or folders, or a jsonl file of provisions")
    .argument("[paths...]", "files or folders to scan")
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json", "sarif", "html"]).default("text"))
    .option("--jsonl <file>", 'read {"id","text","lang"?} per line ("-" for stdin); write one result per line')
    .option("--annotate <dir>", "write a copy of each .docx with a Word comment on every finding into <dir>")
    .option("--conclusion <dir>", "write the expertise conclusion (.docx, policy 4.7.1) of each file into <dir>")
    .option("--reviewer <name>", "the expert who signs the conclusions")
    .option("--position <title>", "the expert's position, for the conclusions")
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices(["high", "medium", "low", "none"]).default("high"))
    .addOption(new Option("--locale <lang>", "language of the report and messages (default: LC_ALL / LC_MESSAGES / LANG, else English)").choices([...LANGS]))
    .addOption(new Option("--min-severity <severity>", "report only findings at or above this severity").choices(["high", "medium", "low"]))
    .addOption(new Option("--max-size <MB>", "largest input file accepted").argParser(parseMegabytes).default(20 * 1048576, "20"))
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option("--no-progress", "no progress bar")
    .option("--pair", "also compare the language versions of each draft (x.kk.docx with x.ru.docx; two files given are one pair)")
    .action(async (paths: string[], opts: ScanOptions) => {
      if (opts.jsonl !== undefined) code = await scanJsonl(opts, paths, io, t);
      else if (opts.pair) {
        // The files' own report is written as usual; the comparison of each pair is added to it.
        const { output: _output, conclusion: _conclusion, ...own } = opts;
        code = await scanPairs(paths, opts, io, locale, engine(), VERSION, (captured) => scanFiles(paths, own, captured, locale));
      } else code = await scanFiles(paths, opts, io, locale);
    });

  program
    .command("rules")
    .description("list the rules: id, factor, clauses, severity, languages")
    .addOption(new Option("--locale <lang>", "language of descriptions").choices([...LANGS]))
    .option("--test [id]", "run the rules' own examples (of the rules whose id starts with <id>) and show those that fail")
    .action((opts: { test?: string | boolean }) => {
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
        if (r.description) io.stdout.write(`    ${r.description[locale]}\n`);
      }
    });

  program
    .command("explain")
    .description("show how the engine reads a text: sentences, languages, findings")
    .argument("<text...>", "the text")
    .addOption(new Option("--lang <lang>", "language hint").choices([...LANGS]))
    .addOption(new Option("--locale <lang>", "language of messages").choices([...LANGS]))
    .action((words: string[], opts: { lang?: Lang }) => {
      const text = words.join(" ");
      const options = { locale, ...(opts.lang ? { langHint: opts.lang } : {}) };
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
      for (const u of result.affectedUnits) io.stdout.write(`${t.units}: ${u.unit}: ${u.mentions.map((m) => `«${m.excerpt}»`).join(", ")}\n`);
      if (result.findings.length === 0) io.stdout.write(`${t.html.noFindings}\n`);
    });

  program.addCommand(mailCommand(io, (c) => (code = c)));
  program.addCommand(compareCommand(io, locale, engine, VERSION, (c) => (code = c)));

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      const command = argv[0] && program.commands.some((c) => c.name() === argv[0]) ? `adal ${argv[0]}` : "adal";
      io.stderr.write(`${command}: ${usageText(e, t)} ${t.usage.hint(command)}\n`);
      return 2;
    }
    if (e instanceof RulebookError) {
      io.stderr.write(`adal: ${t.rulebookInvalid(e.message)}\n`);
      return 2;
    }
    throw e;
  }
  return code;
}

/** The value of --locale in argv, if it names a language we speak. */
function localeFlag(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = a === "--locale" ? argv[i + 1] : a.startsWith("--locale=") ? a.slice("--locale=".length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  return undefined;
}

/** Commander's usage errors in the run's language; its own texts are English only. */
function usageText(e: CommanderError, t: CliText): string {
  const m = (re: RegExp) => re.exec(e.message) ?? [];
  switch (e.code) {
    case "adal.badSize":
      return t.usage.badSize(e.message);
    case "commander.unknownOption":
      return t.usage.unknownOption(m(/'([^']+)'/u)[1] ?? "");
    case "commander.unknownCommand":
      return t.usage.unknownCommand(m(/'([^']+)'/u)[1] ?? "");
    case "commander.invalidArgument": {
      const [, option = "", value = "", choices = ""] = m(/'([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./u);
      return option ? t.usage.invalidChoice(option, value, choices) : t.usage.other(e.message.replace(/^error: /u, ""));
    }
    case "commander.missingArgument":
      return t.usage.missingArgument(m(/'([^']+)'/u)[1] ?? "");
    case "commander.optionMissingArgument":
      return t.usage.optionMissingArgument(m(/'([^']+)'/u)[1] ?? "");
    case "commander.excessArguments":
      return t.usage.excessArguments(m(/for '([^']+)'/u)[1] ?? "adal");
    default:
      return t.usage.other(e.message.replace(/^error: /u, ""));
  }
}

function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, "adal.badSize", value);
  return n * 1048576;
}

type Targets = Map<string, { target: string; takenBy?: string }>;

/**
 * Where each input's output goes under `dir`: its path below the folder it was found in, named
 * by `name`. A name already taken in this run gets " (2)", " (3)", ..., never overwriting.
 */
function outputTargets(inputs: readonly InputFile[], roots: readonly string[], dir: string, accept: (file: string) => boolean, name: (relative: string) => string): Targets {
  const out: Targets = new Map();
  const owner = new Map<string, string>();
  // Case-insensitive, as on Windows and macOS, where "Draft.docx" and "draft.docx" are one file.
  const key = (p: string) => path.resolve(p).toLowerCase();
  for (const input of inputs) {
    if (input.problem || !accept(input.path)) continue;
    const root = roots.find((r) => path.resolve(input.path).startsWith(path.resolve(r) + path.sep));
    const wanted = path.join(dir, name(root ? path.relative(root, input.path) : path.basename(input.path)));
    let target = wanted;
    const ext = path.extname(wanted);
    for (let n = 2; owner.has(key(target)); n++) target = `${wanted.slice(0, wanted.length - ext.length)} (${n})${ext}`;
    owner.set(key(target), input.path);
    const takenBy = target === wanted ? undefined : owner.get(key(wanted));
    out.set(input.path, takenBy ? { target, takenBy } : { target });
  }
  return out;
}

async function scanFiles(paths: string[], opts: ScanOptions, io: CliIO, locale: Lang): Promise<number> {
  const t = cliText(locale);
  if (paths.length === 0) {
    io.stderr.write(`adal scan: ${t.noInputs}\n`);
    return 2;
  }
  const eng = engine();
  const inputs = await expandInputs(paths);
  if (inputs.length === 0) {
    io.stderr.write(`adal scan: ${t.noneFound(paths.join(", "))}\n`);
    return 2;
  }
  const isWord = (f: string) => [".docx", ".docm", ".doc"].includes(path.extname(f).toLowerCase());
  const targets: Targets = opts.annotate ? outputTargets(inputs, paths, opts.annotate, isWord, (r) => r) : new Map();
  const conclusions: Targets = opts.conclusion ? outputTargets(inputs, paths, opts.conclusion, () => true, (r) => `${r.slice(0, r.length - path.extname(r).length)} - ${t.conclusionFile}.docx`) : new Map();
  const progress = new Progress(io.stderr, inputs.length, opts.progress && !!io.stderr.isTTY);
  const files: FileReport[] = [];
  const notes: string[] = [];
  let writeFailed = false;
  let unanchored = 0;
  const failed = (file: string, problem: Problem): FileReport => ({ path: file, findings: [], affectedUnits: [], error: problemText(problem, locale), errorKind: problem.kind });
  for (const [i, input] of inputs.entries()) {
    progress.update(i, input.path);
    if (input.problem) {
      files.push(failed(input.path, input.problem));
      continue;
    }
    let loaded;
    try {
      loaded = await loadDocument(input.path, opts.maxSize);
    } catch (e) {
      // Whatever goes wrong with one file, the others are still scanned.
      files.push(failed(input.path, e instanceof DocumentError ? e.problem : { kind: "internal", cause: String((e as Error).message ?? e).split("\n")[0] as string }));
      continue;
    }
    const { doc, bytes } = loaded;
    const result = eng.analyze(
      doc.paragraphs.map((p) => p.text),
      { locale, ...(opts.minSeverity ? { minSeverity: opts.minSeverity } : {}) },
    );
    const warnings = doc.warnings?.map((w) => warningText(w, locale));
    files.push({ path: input.path, doc, findings: result.findings, affectedUnits: result.affectedUnits, ...(warnings ? { warnings } : {}) });
    const target = targets.get(input.path);
    if (opts.annotate && !target) notes.push(`${input.path}: ${t.annotateDocxOnly}`);
    else if (target && doc.kind !== "docx") notes.push(`${input.path}: ${t.annotateDocxOnly}`);
    else if (target) {
      try {
        unanchored += await annotate(input.path, target.target, bytes, result.findings, locale, io);
        notes.push(target.takenBy ? t.annotatedRenamed(target.target, target.takenBy) : t.annotated(target.target));
      } catch (e) {
        writeFailed = true;
        const problem: Problem = e instanceof DocumentError ? e.problem : { kind: "unreadable", cause: (e as NodeJS.ErrnoException).code ?? String((e as Error).message) };
        notes.push(`${input.path}: ${t.error}: ${problemText(problem, locale)}`);
      }
    }
    const conclusion = conclusions.get(input.path);
    if (conclusion) {
      try {
        await writeConclusion(conclusion.target, input.path, doc, result, opts, locale, io.now());
        notes.push(conclusion.takenBy ? t.conclusionRenamed(conclusion.target, conclusion.takenBy) : t.conclusionWritten(conclusion.target));
      } catch (e) {
        writeFailed = true;
        notes.push(`${input.path}: ${t.error}: ${problemText({ kind: "unreadable", cause: (e as NodeJS.ErrnoException).code ?? String((e as Error).message) }, locale)}`);
      }
    }
  }
  progress.update(inputs.length, "");
  progress.finish();
  const report: ScanReport = { files, locale };
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
  if (opts.output) {
    await fs.writeFile(opts.output, text);
    io.stderr.write(`${t.reportWritten(opts.output)}\n`);
  } else io.stdout.write(text);
  for (const n of notes) io.stderr.write(`${n}\n`);
  if (unanchored > 0) io.stderr.write(`adal: ${t.headerFooterSkipped(unanchored)}\n`);
  for (const f of files) {
    for (const w of f.warnings ?? []) io.stderr.write(`${f.path}: ${t.warning}: ${w}\n`);
    if (f.error) io.stderr.write(`${f.path}: ${t.error}: ${f.error}\n`);
  }
  if (writeFailed || files.some((f) => f.error)) return 2;
  if (opts.failOn === "none") return 0;
  const threshold = SEVERITY_RANK[opts.failOn];
  return files.some((f) => f.findings.some((x) => SEVERITY_RANK[x.severity] >= threshold)) ? 1 : 0;
}

/** Writes the commented copy to `target`; returns how many findings could not be anchored. */
async function annotate(file: string, target: string, bytes: Uint8Array, findings: readonly Finding[], locale: Lang, io: CliIO): Promise<number> {
  if (path.resolve(target) === path.resolve(file)) throw new DocumentError({ kind: "annotate-overwrite" });
  const t = cliText(locale);
  const result = annotateDocx(
    bytes,
    findings.map((f) => ({
      paragraph: f.paragraph,
      start: f.start,
      end: f.end,
      lines: [`[${t.severity[f.severity]}] ${f.clauses.join(", ")} · ${FACTOR_NAMES[f.factor][locale]}`, f.message, `→ ${f.recommendation}`, ...(f.suggestion ? [`✎ ${f.suggestion}`] : [])],
    })),
    { author: "Adal", date: io.now() },
  );
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, result.bytes);
  return result.skipped;
}

/** The expertise conclusion of one file, in the run's language (documents/conclusion). */
async function writeConclusion(target: string, file: string, doc: DocModel, result: AnalysisResult, opts: ScanOptions, locale: Lang, date: Date): Promise<void> {
  const units = engine().units.units;
  const bytes = await buildConclusion({
    locale,
    documentTitle: doc.title ?? path.basename(file),
    reviewer: opts.reviewer ?? "________________________",
    ...(opts.position ? { reviewerPosition: opts.position } : {}),
    date,
    findings: result.findings,
    paragraphs: doc.paragraphs,
    units: result.affectedUnits.map((u) => ({ name: units.find((x) => x.id === u.unit)?.name[locale] ?? u.name, evidence: u.mentions.slice(0, 3).map((m) => m.excerpt) })),
  });
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes);
}

async function scanJsonl(opts: ScanOptions, paths: readonly string[], io: CliIO, t: CliText): Promise<number> {
  if (paths.length > 0) {
    io.stderr.write(`adal scan: ${t.jsonlWithPaths}\n`);
    return 2;
  }
  const eng = engine();
  return runJsonl(
    opts.jsonl as string,
    io,
    opts.output,
    provisionsJsonl((text, lang) => {
      // The evaluation interface: messages follow --locale only, as they always have.
      const r = eng.analyze([text], { ...(lang ? { langHint: lang } : {}), ...(opts.locale ? { locale: opts.locale } : {}), ...(opts.minSeverity ? { minSeverity: opts.minSeverity } : {}) });
      return { findings: r.findings, affectedUnits: r.affectedUnits };
    }),
    t,
  );
}
