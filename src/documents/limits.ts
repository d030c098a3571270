/**
 * Caps on what one document may hold once unpacked. An XML DOM costs about 0.7-0.9 KB of heap
 * per tag whatever the bytes (measured with @xmldom/xmldom 0.9 on dense and on empty
 * paragraphs), so tags are counted before parsing: a million tags keeps the heap near 1 GB.
 * Depth and namespaces in scope bound xmldom's own quadratic paths (see XmlBudget).
 */
export interface XmlLimits {
  /** Total bytes of the XML parts read (document, headers, footers, numbering, styles). */
  readonly maxXmlBytes: number;
  /** Total tags ("<") across those parts. */
  readonly maxXmlTags: number;
  /** Elements open at once. Word's own nesting (tables in tables, content controls) stays far below. */
  readonly maxXmlDepth: number;
  /** Namespace declarations in scope at any element; Word declares about 30 on the root. */
  readonly maxXmlNamespaces: number;
  /** Paragraphs in the document model. */
  readonly maxParagraphs: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxXmlBytes: 32 * 1048576, maxXmlTags: 1_000_000, maxXmlDepth: 500, maxXmlNamespaces: 200, maxParagraphs: 100_000 };
