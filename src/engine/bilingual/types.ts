/** Public data model of the bilingual check (what the CLI, the pane and the conclusion read). */
import type { FactorId, Lang, Severity } from "../types";
import type { DiscrepancyKind } from "./spec";

export type { DiscrepancyKind } from "./spec";

/** One language version, as its host read it. */
export interface VersionInput {
  readonly paragraphs: readonly { readonly text: string; readonly label?: string }[];
  /** The version's language; detected from its text when absent. */
  readonly lang?: Lang;
}

/** Index of a version in the pair: 0 the first given, 1 the second. */
export type VersionIndex = 0 | 1;

export interface AlignmentRow {
  /** Paragraph indexes of each version in this row (one empty when an item has no counterpart). */
  readonly paragraphs: readonly [readonly number[], readonly number[]];
  /** Each side's number as written ("5.2.", "2-тарау"), when it has one. */
  readonly labels: readonly [string | undefined, string | undefined];
  /** Found by equal numbering, by order and content, or unmatched. */
  readonly by: "number" | "content" | "none";
}

export interface Coverage {
  /** Non-empty paragraphs (items) of each version. */
  readonly items: readonly [number, number];
  /** Items of each version that have a counterpart in the other. */
  readonly aligned: readonly [number, number];
}

/** Where a discrepancy sits in one version. */
export interface DiscrepancySide {
  readonly lang: Lang;
  readonly paragraph: number;
  /** UTF-16 offsets into that paragraph's text; `excerpt` is exactly that slice. */
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  /** The item's number ("5.2."), when it has one. */
  readonly label?: string;
}

export interface Discrepancy {
  readonly kind: DiscrepancyKind;
  readonly severity: Severity;
  /** Row of the alignment the two items are in. */
  readonly row: number;
  /** The version that says the thing the other lacks or says differently. */
  readonly from: VersionIndex;
  /** Both versions' excerpts, indexed by version. */
  readonly sides: readonly [DiscrepancySide, DiscrepancySide];
  /** What each version says, short ("10 рабочих дней" / "5 жұмыс күні"), indexed by version. */
  readonly said: readonly [string, string];
  /** For `factor`: the engine's factor found in one version only. */
  readonly factor?: FactorId;
  /** For concept kinds: the concept id of the book (or `org.<unit>`). */
  readonly concept?: string;
  /** In the reviewer's locale. */
  readonly message: string;
  readonly recommendation: string;
}

export interface Comparison {
  readonly langs: readonly [Lang, Lang];
  readonly rows: readonly AlignmentRow[];
  readonly coverage: Coverage;
  readonly discrepancies: readonly Discrepancy[];
}
