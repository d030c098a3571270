/**
 * Loaded on demand (its own chunk) when the reviewer compares the draft with its other language
 * version: reads the picked file and compares it with the document the host holds.
 */
import { readDocx } from "../../documents/read-docx";
import { readText } from "../../documents/read-text";
import type { Engine, Lang } from "../../engine";
import { createComparer, discrepancyFinding, type BilingualBook, type Comparer, type Comparison } from "../../engine/bilingual";
import type { HostDocument } from "../../office/host";
import { DEFAULT_BILINGUAL_BOOK } from "../../rulebook/bilingual";

let cached: { engine: Engine; comparer: Comparer } | undefined;

function comparerFor(engine: Engine): Comparer {
  if (cached?.engine !== engine) cached = { engine, comparer: createComparer(engine, DEFAULT_BILINGUAL_BOOK) };
  return cached.comparer;
}

export interface OtherVersion {
  readonly name: string;
  readonly doc: HostDocument;
}

/** The picked file as a document: .docx (read in the browser) or text. Throws with a readable reason. */
export function readOther(name: string, bytes: Uint8Array): OtherVersion {
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx") || lower.endsWith(".docm")) {
    const m = readDocx(bytes);
    return { name, doc: { title: m.title ?? name, paragraphs: m.paragraphs } };
  }
  const m = readText(bytes, lower.endsWith(".md") ? "md" : "txt");
  return { name, doc: { title: name.replace(/\.[^.]+$/u, ""), paragraphs: m.paragraphs } };
}

export interface PaneComparison {
  readonly comparison: Comparison;
  readonly book: BilingualBook;
  /** Each discrepancy as a finding on this document (to highlight and select). */
  readonly findings: ReturnType<typeof discrepancyFinding>[];
}

export function compareWith(engine: Engine, current: HostDocument, other: OtherVersion, locale: Lang): PaneComparison {
  const comparer = comparerFor(engine);
  const input = (d: HostDocument) => ({ paragraphs: d.paragraphs.map((p) => ({ text: p.text, ...(p.label ? { label: p.label } : {}) })) });
  const comparison = comparer.compare(input(current), input(other.doc), { locale });
  return { comparison, book: comparer.book, findings: comparison.discrepancies.map((d) => discrepancyFinding(d, 0)) };
}
