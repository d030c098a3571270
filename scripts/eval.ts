/**
 * `npm run eval -- <provisions.jsonl> [--verbose] [--json]`
 *
 * Provision-level "has a factor" precision / recall / F1 per language, a per-factor table, and
 * the same figures for a naive checklist baseline: the "typical surface cues" column of
 * shared/corpus/FACTORS.md matched as plain substrings, read at run time from beside the
 * provisions file (nothing from ../shared is copied into the project).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createEngine, type FactorId, type Lang } from "../src/engine";
import { DEFAULT_RULEBOOK } from "../src/rulebook/default";

interface Provision {
  id: string;
  lang: Lang;
  text: string;
  factors: FactorId[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

function add(c: Counts, predicted: boolean, gold: boolean): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const f3 = (x: number) => x.toFixed(3);

/** Cues of the naive checklist: the last column of the factor table in FACTORS.md. */
export function checklistCues(factorsMd: string): string[] {
  const cues = new Set<string>();
  for (const line of factorsMd.split("\n")) {
    if (!line.startsWith("| `")) continue;
    const cells = line.split("|").map((c) => c.trim());
    const last = cells[cells.length - 2] ?? "";
    for (let cue of last.split(/[,;]/u)) {
      cue = cue.replace(/\(.*?\)/gu, "").replace(/[…–]/gu, "").replace(/\.\.\./gu, "").trim().toLowerCase();
      if (cue.length >= 3) cues.add(cue);
    }
  }
  return [...cues];
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith("--"));
  const verbose = argv.includes("--verbose");
  const json = argv.includes("--json");
  const file = args[0] ?? path.resolve(process.cwd(), "../shared/corpus/provisions.dev.jsonl");
  if (!existsSync(file)) {
    process.stderr.write(`eval: ${file} does not exist (usage: npm run eval -- <provisions.jsonl>)\n`);
    return 2;
  }
  const factorsPath = path.join(path.dirname(file), "FACTORS.md");
  const cues = existsSync(factorsPath) ? checklistCues(readFileSync(factorsPath, "utf8")) : [];
  const rows: Provision[] = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Provision);

  const engine = createEngine(DEFAULT_RULEBOOK);
  const perLang = new Map<string, { engine: Counts; baseline: Counts }>();
  const perFactor = new Map<string, Counts>();
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const row of rows) {
    const { findings } = engine.analyze([row.text], { langHint: row.lang });
    const predicted = findings.length > 0;
    const gold = row.factors.length > 0;
    const lower = row.text.toLowerCase();
    const naive = cues.some((c) => lower.includes(c));
    for (const key of [row.lang, "all"]) {
      const bucket = perLang.get(key) ?? { engine: zero(), baseline: zero() };
      add(bucket.engine, predicted, gold);
      add(bucket.baseline, naive, gold);
      perLang.set(key, bucket);
    }
    const predictedFactors = new Set(findings.map((f) => f.factor));
    for (const factor of new Set<string>([...row.factors, ...predictedFactors])) {
      const c = perFactor.get(factor) ?? zero();
      add(c, predictedFactors.has(factor as FactorId), row.factors.includes(factor as FactorId));
      perFactor.set(factor, c);
    }
    if (gold && !predicted) misses.push(`  MISS ${row.id} [${row.factors.join(", ")}]: ${row.text.slice(0, 160)}`);
    if (!gold && predicted) alarms.push(`  FALSE ALARM ${row.id}: ${findings.map((f) => `${f.ruleId} «${f.excerpt}»`).join("; ")}`);
  }

  const summary: Record<string, number> = {};
  const out: string[] = [];
  out.push(`Provisions: ${rows.length} from ${file}`);
  out.push(`Naive checklist: ${cues.length} cues from ${existsSync(factorsPath) ? factorsPath : "(FACTORS.md not found)"}`);
  out.push("");
  out.push("lang   n   pos | engine P  R      F1    | checklist P  R      F1");
  for (const key of ["kk", "ru", "en", "all"]) {
    const b = perLang.get(key);
    if (!b) continue;
    const e = prf(b.engine);
    const n = prf(b.baseline);
    const total = b.engine.tp + b.engine.fp + b.engine.fn + b.engine.tn;
    const pos = b.engine.tp + b.engine.fn;
    out.push(`${key.padEnd(4)} ${String(total).padStart(3)} ${String(pos).padStart(5)} | ${f3(e.p)} ${f3(e.r)} ${f3(e.f1)} | ${f3(n.p)} ${f3(n.r)} ${f3(n.f1)}`);
    summary[`${key}_precision`] = Number(f3(e.p));
    summary[`${key}_recall`] = Number(f3(e.r));
    summary[`${key}_f1`] = Number(f3(e.f1));
    summary[`${key}_checklist_precision`] = Number(f3(n.p));
    summary[`${key}_checklist_recall`] = Number(f3(n.r));
    summary[`${key}_checklist_f1`] = Number(f3(n.f1));
  }
  out.push("");
  out.push("factor                        gold  found  TP   P      R");
  for (const [factor, c] of [...perFactor.entries()].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))) {
    const r = prf(c);
    out.push(`${factor.padEnd(28)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(6)} ${String(c.tp).padStart(3)}  ${f3(r.p)}  ${f3(r.r)}`);
  }
  if (verbose) {
    out.push("", ...misses, ...alarms);
  }
  out.push("");
  out.push(JSON.stringify(summary));
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${out.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
