import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createEngine } from "../src/engine";
import { DEFAULT_RULEBOOK } from "../src/rulebook/default";
const t0 = performance.now();
const engine = createEngine(DEFAULT_RULEBOOK);
process.stdout.write(`compile ${(performance.now() - t0).toFixed(0)} ms\n`);
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, "utf8");
  const paras = text.split(/\n\n/u);
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    const n = engine.analyze(paras).findings.length;
    process.stdout.write(`${f} run ${r}: ${(performance.now() - t).toFixed(0)} ms, ${n} findings\n`);
  }
}
