/** Creates the analysis worker; webpack bundles the worker from this URL. Browser-only module. */
import type { WorkerLike } from "./analyzer";

export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { name: "adal-analysis" }) as unknown as WorkerLike;
}
