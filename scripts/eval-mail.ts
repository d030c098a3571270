/**
 * `npm run eval:mail -- <file.jsonl>`: precision, recall and F1 of "risk != none" against the
 * `gift_related` label, per language where the file labels one (`lang`: kk, ru, mixed, en), and of
 * `procurement` against `procurement_context` where labelled, and, where the file has
 * `expected_risk`, how often the level agrees. It runs the real
 * detector code path. Mails the detector gets wrong are listed by id so they can be read; their
 * text is never printed or copied.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createGiftDetector } from "../src/engine/gifts/detector";
import { DEFAULT_GIFT_BOOK } from "../src/rulebook/gifts";

interface Labelled {
  id: string;
  lang?: string;
  subject?: string;
  from?: string;
  body: string;
  gift_related?: boolean;
  procurement_context?: boolean;
  expected_risk?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function prf(c: Counts) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function add(c: Counts, predicted: boolean, gold: boolean): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const f3 = (x: number) => x.toFixed(3);

function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith("-")) ?? path.join("..", "shared", "corpus", "emails.dev.jsonl");
  let rows: Labelled[];
  try {
    rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
  } catch (e) {
    process.stderr.write(`eval:mail: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const detector = createGiftDetector(DEFAULT_GIFT_BOOK);
  const byLang = new Map<string, Counts>();
  const proc = zero();
  let procN = 0;
  const level = { same: 0, n: 0 };
  const wrong: string[] = [];
  const risks: Record<string, number> = { none: 0, low: 0, medium: 0, high: 0 };
  for (const r of rows) {
    const v = detector.classify({ subject: r.subject ?? "", from: r.from ?? "", body: r.body });
    risks[v.risk] = (risks[v.risk] ?? 0) + 1;
    const lang = r.lang ?? "all";
    if (typeof r.gift_related === "boolean") {
      const predicted = v.risk !== "none";
      for (const key of new Set([lang, "all"])) {
        const c = byLang.get(key) ?? zero();
        add(c, predicted, r.gift_related);
        byLang.set(key, c);
      }
      if (predicted && !r.gift_related) wrong.push(`false positive ${r.id} [${lang}] (${v.risk}: ${v.evidence.slice(0, 3).map((e) => e.cue).join(", ")})`);
      else if (!predicted && r.gift_related) wrong.push(`missed ${r.id} [${lang}]`);
    }
    if (typeof r.procurement_context === "boolean") {
      procN++;
      add(proc, v.procurement, r.procurement_context);
    }
    if (typeof r.expected_risk === "string") {
      level.n++;
      if (r.expected_risk === v.risk) level.same++;
    }
  }
  const all = byLang.get("all") ?? zero();
  const out = [`${path.basename(file)}: ${rows.length} mails, ${all.tp + all.fn} gift-related`, "lang    n  pos | P      R      F1"];
  const summary: Record<string, unknown> = { file: path.basename(file), n: rows.length };
  for (const [lang, c] of [...byLang.entries()].sort((a, b) => (a[0] === "all" ? 1 : b[0] === "all" ? -1 : a[0].localeCompare(b[0])))) {
    const m = prf(c);
    out.push(`${lang.padEnd(6)} ${String(c.tp + c.fp + c.fn + c.tn).padStart(3)} ${String(c.tp + c.fn).padStart(4)} | ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`);
    summary[lang === "all" ? "precision" : `${lang}_precision`] = Number(f3(m.p));
    summary[lang === "all" ? "recall" : `${lang}_recall`] = Number(f3(m.r));
    if (lang === "all") summary.f1 = Number(f3(m.f1));
  }
  out.push(`risk levels: none ${risks.none}, low ${risks.low}, medium ${risks.medium}, high ${risks.high}`);
  if (procN) {
    const p = prf(proc);
    out.push(`procurement vs procurement_context: P ${f3(p.p)}  R ${f3(p.r)}  F1 ${f3(p.f1)}  (tp ${proc.tp}, fp ${proc.fp}, fn ${proc.fn})`);
  }
  if (level.n) out.push(`risk level equal to expected_risk: ${level.same}/${level.n}`);
  out.push(...wrong.map((w) => `  ${w}`), JSON.stringify(summary));
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
