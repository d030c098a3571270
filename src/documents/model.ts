/**
 * A document as the engine's hosts see it: paragraphs of plain text in reading order, each with
 * where it came from. Readers (.docx, .txt, .md) produce it; the CLI, the standalone pane and
 * the annotator consume it. No Node or DOM APIs here, so it runs in the browser too.
 */
import type { ReadWarning } from "./errors";

export type DocPart = "body" | "table" | "header" | "footer";

export interface DocParagraph {
  /** Exactly the text the engine analyses; finding offsets index into it. */
  readonly text: string;
  readonly part: DocPart;
  /** Automatic list number as Word shows it ("4.2.", "а)"), not part of `text`. */
  readonly label?: string;
  /** For text files: where each stretch of `text` came from, to report line:column. */
  readonly origin?: readonly TextOrigin[];
}

/** `text[offset..]` starts at `line`:`column` (1-based) of the source file. */
export interface TextOrigin {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface DocModel {
  readonly kind: "docx" | "txt" | "md";
  readonly paragraphs: readonly DocParagraph[];
  /** First non-empty body paragraph, a reasonable title for reports. */
  readonly title?: string;
  /** What the reader had to do to read the file (e.g. replace invalid bytes); shown to the user. */
  readonly warnings?: readonly ReadWarning[];
}

export { DocumentError, type DocumentErrorCode, type Problem, type ReadWarning } from "./errors";

/** 1-based line and column of `offset` in a paragraph read from a text file. */
export function locate(p: DocParagraph, offset: number): { line: number; column: number } | undefined {
  if (!p.origin || p.origin.length === 0) return undefined;
  let best = p.origin[0] as TextOrigin;
  for (const o of p.origin) {
    if (o.offset <= offset) best = o;
    else break;
  }
  return { line: best.line, column: best.column + (offset - best.offset) };
}
