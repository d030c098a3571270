/**
 * The bilingual check's benchmark: two language versions of 100 pages each (a page being 3,000
 * characters, a dense A4 page of a regulation), built from the project's sample drafts that exist
 * in both languages, numbered on, compared end to end (the engine's review of both versions,
 * alignment, comparison).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Engine } from "../../src/engine";
import { createComparer } from "../../src/engine/bilingual";
import { DEFAULT_BILINGUAL_BOOK } from "../../src/rulebook/bilingual";

export const PAGE_CHARS = 3000;

/** The sample pairs repeated, each copy's items numbered on ("3.2.1."), until both versions have `pages` pages. */
export function bilingualCorpus(samplesDir: string, pages: number): { kk: string[]; ru: string[] } {
  const read = (f: string) => readFileSync(path.join(samplesDir, f), "utf8").split("\n").filter((l) => l.trim() !== "");
  const pairs = ["premirovanie", "satyp-alu"].map((name) => ({ kk: read(`${name}.kk.txt`), ru: read(`${name}.ru.txt`) }));
  const out = { kk: [] as string[], ru: [] as string[] };
  const size = (v: string[]) => v.reduce((n, p) => n + p.length, 0);
  for (let copy = 1; Math.min(size(out.kk), size(out.ru)) < pages * PAGE_CHARS; copy++) {
    for (const p of pairs) for (const lang of ["kk", "ru"] as const) out[lang].push(...p[lang].map((line) => line.replace(/^(\d+)\./u, `${copy}.$1.`)));
  }
  return out;
}

/** Median milliseconds of comparing the two versions, and what the comparison found. */
export function compareBench(engine: Engine, samplesDir: string, runs = 3): { ms: number; chars: [number, number]; items: [number, number]; discrepancies: number } {
  const comparer = createComparer(engine, DEFAULT_BILINGUAL_BOOK);
  const { kk, ru } = bilingualCorpus(samplesDir, 100);
  const input = (v: string[]) => ({ paragraphs: v.map((text) => ({ text })) });
  let result = comparer.compare(input(kk), input(ru));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = comparer.compare(input(kk), input(ru));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(times.length / 2)] as number,
    chars: [kk.join("").length, ru.join("").length],
    items: [result.coverage.items[0], result.coverage.items[1]],
    discrepancies: result.discrepancies.length,
  };
}
