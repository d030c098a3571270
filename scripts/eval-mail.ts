/**
 * `npm run eval:mail -- <file.jsonl>`: precision, recall and F1 of "risk != none" against the
 * `gift_related` label (and of `procurement` against `procurement_context` where labelled), by
 * running the real `adal mail --jsonl` code path. Mails the detector gets wrong are listed by id
 * so they can be read; their text is never printed or copied.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createGiftDetector } from "../src/engine/gifts/detector";
import { DEFAULT_GIFT_BOOK } from "../src/rulebook/gifts";

interface Labelled {
  id: string;
  subject?: string;
  from?: string;
  body: string;
  gift_related?: boolean;
  procurement_context?: boolean;
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

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
  const gift = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const proc = { tp: 0, fp: 0, fn: 0, tn: 0, n: 0 };
  const wrong: string[] = [];
  const risks: Record<string, number> = { none: 0, low: 0, medium: 0, high: 0 };
  for (const r of rows) {
    const v = detector.classify({ subject: r.subject ?? "", from: r.from ?? "", body: r.body });
    risks[v.risk]!++;
    if (typeof r.gift_related === "boolean") {
      const predicted = v.risk !== "none";
      if (predicted && r.gift_related) gift.tp++;
      else if (predicted) {
        gift.fp++;
        wrong.push(`false positive ${r.id} (${v.risk}: ${v.evidence.slice(0, 3).map((e) => e.cue).join(", ")})`);
      } else if (r.gift_related) {
        gift.fn++;
        wrong.push(`missed ${r.id}`);
      } else gift.tn++;
    }
    if (typeof r.procurement_context === "boolean") {
      proc.n++;
      if (v.procurement && r.procurement_context) proc.tp++;
      else if (v.procurement) proc.fp++;
      else if (r.procurement_context) proc.fn++;
      else proc.tn++;
    }
  }
  const g = prf(gift.tp, gift.fp, gift.fn);
  const p = prf(proc.tp, proc.fp, proc.fn);
  const out = [
    `${path.basename(file)}: ${rows.length} mails, ${gift.tp + gift.fn} gift-related`,
    `risk != none vs gift_related: P ${g.p.toFixed(3)}  R ${g.r.toFixed(3)}  F1 ${g.f1.toFixed(3)}  (tp ${gift.tp}, fp ${gift.fp}, fn ${gift.fn}, tn ${gift.tn})`,
    `risk levels: none ${risks.none}, low ${risks.low}, medium ${risks.medium}, high ${risks.high}`,
    ...(proc.n ? [`procurement vs procurement_context: P ${p.p.toFixed(3)}  R ${p.r.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${proc.tp}, fp ${proc.fp}, fn ${proc.fn})`] : []),
    ...wrong.map((w) => `  ${w}`),
    JSON.stringify({ file: path.basename(file), n: rows.length, precision: Number(g.p.toFixed(3)), recall: Number(g.r.toFixed(3)), f1: Number(g.f1.toFixed(3)) }),
  ];
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
