/**
 * `npm run eval:mail -- <file.jsonl | cases.yml> [--suppliers <file.json>]`: precision, recall and
 * F1 of "risk != none" against the `gift_related` label, per language where the file labels one
 * (`lang`: kk, ru, mixed, en), and of `procurement` against `procurement_context` where labelled,
 * and, where the file has `expected_risk`, how often the level agrees. It runs the real
 * detector code path. Mails the detector gets wrong are listed by id so they can be read; their
 * text is never printed or copied.
 *
 * A `.yml` file is the project's own case set (test/gifts/mail-cases.yml): `expect.risk` gives
 * the label and the level, `kk-ru` counts as mixed, outgoing cases keep their direction and
 * recipients, and the demo supplier registry (config/suppliers.json) is used unless another is given.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { readSuppliers } from "../src/cli/mail";
import { createGiftDetector, type Supplier } from "../src/engine/gifts/detector";
import { DEFAULT_GIFT_BOOK } from "../src/rulebook/gifts";

interface Labelled {
  id: string;
  lang?: string;
  subject?: string;
  from?: string;
  body: string;
  direction?: "incoming" | "outgoing";
  to?: string[];
  gift_related?: boolean;
  procurement_context?: boolean;
  expected_risk?: string;
}

interface YamlCase {
  id: string;
  lang: string;
  subject: string;
  from: string;
  body: string;
  direction?: "incoming" | "outgoing";
  to?: string[];
  expect: { risk: string; procurement?: boolean };
}

/** The project's case file in the evaluation's terms. */
function fromCases(text: string): Labelled[] {
  const cases = yaml.load(text) as YamlCase[];
  if (!Array.isArray(cases)) throw new Error("expected a YAML list of cases");
  return cases.map((c) => ({
    id: c.id,
    lang: c.lang === "kk-ru" ? "mixed" : c.lang,
    subject: c.subject,
    from: c.from,
    body: c.body,
    ...(c.direction ? { direction: c.direction } : {}),
    ...(c.to ? { to: c.to } : {}),
    gift_related: c.expect.risk !== "none",
    ...(c.expect.procurement !== undefined ? { procurement_context: c.expect.procurement } : {}),
    expected_risk: c.expect.risk,
  }));
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
  const at = argv.indexOf("--suppliers");
  const supplierFile = at >= 0 ? argv[at + 1] : undefined;
  const file = argv.find((a, i) => !a.startsWith("-") && !(at >= 0 && i === at + 1)) ?? path.join("..", "shared", "corpus", "emails.dev.jsonl");
  const isYaml = /\.ya?ml$/u.test(file);
  let rows: Labelled[];
  let suppliers: Supplier[] = [];
  try {
    const text = readFileSync(file, "utf8");
    rows = isYaml ? fromCases(text) : text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
    const registry = supplierFile ?? (isYaml ? path.join("config", "suppliers.json") : undefined);
    if (registry) suppliers = readSuppliers(registry);
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
    const v = detector.classify({ subject: r.subject ?? "", from: r.from ?? "", body: r.body, ...(r.direction ? { direction: r.direction } : {}), ...(r.to ? { to: r.to } : {}) }, { suppliers });
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
