/**
 * `adal mail`: the gift and hospitality detector from the command line.
 *
 *   adal mail --jsonl <file> [--suppliers <file.json>]   {"id","subject","from","body"} per line →
 *       {"id","risk","conditions","procurement","evidence","clauses"} per line (the evaluation interface)
 *   adal mail "<text>"                                     how one text is read: verdict and cues
 */
import { Command, Option } from "commander";
import { readFileSync } from "node:fs";
import { createGiftDetector, type GiftDetector, type Supplier } from "../engine/gifts/detector";
import { LANGS, type Lang } from "../engine";
import { DEFAULT_GIFT_BOOK } from "../rulebook/gifts";
import { runJsonl } from "./jsonl";
import type { CliIO } from "./main";

interface MailRecord {
  readonly id: string | number;
  readonly subject?: string;
  readonly from?: string;
  readonly body: string;
  readonly direction?: "incoming" | "outgoing";
  readonly to?: readonly string[];
}

let cached: GiftDetector | undefined;
function detector(): GiftDetector {
  cached ??= createGiftDetector(DEFAULT_GIFT_BOOK);
  return cached;
}

/** Reads a supplier registry: a JSON array of { name, domains?, bin?, aliases? }. */
export function readSuppliers(file: string): Supplier[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`cannot read the supplier registry ${file}: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of suppliers`);
  return data.map((s, i) => {
    const ok = typeof s === "object" && s !== null && typeof s.name === "string" && s.name.trim() !== "";
    const list = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === "string"));
    if (!ok || !list(s.domains) || !list(s.aliases) || (s.bin !== undefined && !/^\d{12}$/u.test(String(s.bin)))) {
      throw new Error(`${file}: supplier ${i + 1} needs a "name", optional "domains" and "aliases" lists of strings and a 12-digit "bin"`);
    }
    return s as Supplier;
  });
}

function validateMail(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return 'expected an object like {"id": "...", "subject": "...", "from": "...", "body": "..."}';
  const r = record as Record<string, unknown>;
  if (typeof r.id !== "string" && typeof r.id !== "number") return '"id" must be a string or a number';
  if (typeof r.body !== "string") return '"body" must be a string';
  for (const k of ["subject", "from"]) if (r[k] !== undefined && r[k] !== null && typeof r[k] !== "string") return `"${k}" must be a string`;
  if (r.direction !== undefined && r.direction !== "incoming" && r.direction !== "outgoing") return '"direction" must be "incoming" or "outgoing"';
  return undefined;
}

export function mailCommand(io: CliIO, setCode: (code: number) => void): Command {
  return new Command("mail")
    .description("classify mail for gifts and hospitality (policy 4.1.2, 4.1.3, 4.3.1)")
    .argument("[text...]", "a mail text to explain (instead of --jsonl)")
    .option("--jsonl <file>", 'read {"id","subject","from","body"} per line ("-" for stdin); write one verdict per line')
    .option("--suppliers <file>", "supplier registry (JSON array of {name, domains, bin, aliases}) for clause 4.1.3")
    .option("--subject <subject>", "subject of the text to explain", "")
    .option("--from <from>", "sender of the text to explain", "")
    .addOption(new Option("--lang <lang>", "language hint for explaining").choices([...LANGS]))
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (words: string[], opts: { jsonl?: string; suppliers?: string; subject: string; from: string; lang?: Lang; output?: string }) => {
      let suppliers: Supplier[] = [];
      try {
        if (opts.suppliers) suppliers = readSuppliers(opts.suppliers);
      } catch (e) {
        io.stderr.write(`adal mail: ${(e as Error).message}\n`);
        setCode(2);
        return;
      }
      const d = detector();
      if (opts.jsonl !== undefined) {
        if (words.length > 0) {
          io.stderr.write("adal mail: --jsonl takes its input from the given file; do not also pass text\n");
          setCode(2);
          return;
        }
        setCode(
          await runJsonl<MailRecord>(opts.jsonl, io, opts.output, {
            command: "adal mail --jsonl",
            validate: validateMail,
            answer: (r) => {
              const v = d.classify({ subject: r.subject ?? "", from: r.from ?? "", body: r.body, ...(r.direction ? { direction: r.direction } : {}), ...(r.to ? { to: r.to } : {}) }, { suppliers });
              return { id: r.id, risk: v.risk, conditions: v.conditions, procurement: v.procurement, evidence: v.evidence, clauses: v.clauses };
            },
          }),
        );
        return;
      }
      if (words.length === 0) {
        io.stderr.write("adal mail: give --jsonl <file>, or a text to explain (see adal mail --help)\n");
        setCode(2);
        return;
      }
      const text = words.join(" ");
      const v = d.classify({ subject: opts.subject, from: opts.from, body: text }, { suppliers });
      io.stdout.write(`risk: ${v.risk}${v.conditions.length ? ` (${v.conditions.join(", ")})` : ""}${v.procurement ? " · procurement" : ""}${v.clauses.length ? ` · ${v.clauses.join(", ")}` : ""}\n`);
      for (const e of v.evidence) io.stdout.write(`  ${e.field} ${e.start}-${e.end} ${e.cue} «${e.text}»\n`);
      // Cues as the classifier reads them, piece by piece: a guard in a quoted header is not shown covering the sender's text.
      for (const m of d.cueMatchesByPiece(text, opts.lang, { includeGuards: true })) io.stdout.write(`  cue ${m.cue.id} «${m.text}»${m.role === "own" ? "" : ` (${m.role})`}\n`);
      setCode(0);
    });
}
