/**
 * The jsonl interface the product is evaluated through; keep it stable.
 * Input: one `{ "id", "text", "lang"? }` per line. Output: one `{ "id", "findings", "affectedUnits" }`
 * per input line, same order. A bad line gets `{ "id", "error" }` and the run exits 2 at the end.
 * Blank lines are not records and produce no output.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { LANGS, type Lang } from "../engine";
import type { CliIO } from "./main";
import { cliText, type CliText } from "./messages";

/** One kind of jsonl record: how to check it and what to answer for it. */
export interface JsonlKind<R> {
  /** The command, for messages ("adal scan --jsonl"). */
  readonly command: string;
  /** Why a parsed line is not a record, or undefined when it is one. */
  validate(record: unknown): string | undefined;
  answer(record: R): object;
}

type Analyze = (text: string, lang: Lang | undefined) => { findings: unknown; affectedUnits: unknown };

/** `adal scan --jsonl`: provisions in, findings and affected units out. */
export function provisionsJsonl(analyze: Analyze): JsonlKind<{ id: string | number; text: string; lang?: Lang }> {
  return {
    command: "adal scan --jsonl",
    validate,
    answer: (r) => {
      const { findings, affectedUnits } = analyze(r.text, r.lang);
      return { id: r.id, findings, affectedUnits };
    },
  };
}

export async function runJsonl<R>(file: string, io: CliIO, output: string | undefined, kind: JsonlKind<R>, t: CliText = cliText("en")): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (file === "-") input = io.stdin;
  else {
    const stream = createReadStream(file, { encoding: "utf8" });
    const opened = await new Promise<Error | undefined>((resolve) => {
      stream.once("open", () => resolve(undefined));
      stream.once("error", (e) => resolve(e));
    });
    if (opened) {
      io.stderr.write(`${kind.command}: ${t.jsonl.cannotRead(file, (opened as NodeJS.ErrnoException).code ?? opened.message)}\n`);
      return 2;
    }
    input = stream;
  }
  const out = output ? createWriteStream(output, { encoding: "utf8" }) : undefined;
  const write = (s: string) => (out ? out.write(s) : io.stdout.write(s));
  let bad = 0;
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/u, "") : raw;
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      bad++;
      write(`${JSON.stringify({ id: null, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` })}\n`);
      continue;
    }
    const problem = kind.validate(record);
    const id = typeof record === "object" && record !== null && "id" in record ? (record as { id: unknown }).id : null;
    if (problem) {
      bad++;
      write(`${JSON.stringify({ id: id ?? null, error: `line ${lineNo}: ${problem}` })}\n`);
      continue;
    }
    write(`${JSON.stringify(kind.answer(record as R))}\n`);
  }
  if (out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  if (bad > 0) io.stderr.write(`${kind.command}: ${t.jsonl.badLines(bad)}\n`);
  return bad > 0 ? 2 : 0;
}

function validate(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return 'expected an object like {"id": "...", "text": "..."}';
  const r = record as Record<string, unknown>;
  if (typeof r.id !== "string" && typeof r.id !== "number") return '"id" must be a string or a number';
  if (typeof r.text !== "string") return '"text" must be a string';
  if (r.lang !== undefined && !(LANGS as readonly unknown[]).includes(r.lang)) return `"lang" must be one of ${LANGS.join(", ")}`;
  return undefined;
}
