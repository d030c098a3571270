/**
 * The analysis Web Worker: the same pure engine as everywhere else, off the main thread, so a
 * 300-page draft never freezes the task pane. Progress is reported as it goes.
 */
import { createEngine, type ParagraphResult } from "../../engine";
import { DEFAULT_RULEBOOK } from "../../rulebook/default";
import type { WorkerReply, WorkerRequest } from "./analyzer";

const engine = createEngine(DEFAULT_RULEBOOK);
const scope = self as unknown as { postMessage(m: WorkerReply): void; onmessage: ((e: { data: WorkerRequest }) => void) | null };

scope.onmessage = (e) => {
  const { id, items } = e.data;
  try {
    const results: ParagraphResult[] = [];
    let last = Date.now();
    for (const it of items) {
      results.push(engine.analyzeParagraph(it.text, 0, { leadIn: it.leadIn }));
      if (Date.now() - last > 50) {
        scope.postMessage({ id, type: "progress", done: results.length });
        last = Date.now();
      }
    }
    scope.postMessage({ id, type: "done", results });
  } catch (err) {
    scope.postMessage({ id, type: "error", message: (err as Error).message });
  }
};
