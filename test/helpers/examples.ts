/** Examples in rule and cue data mark the expected excerpt(s) with [[...]]. */
export function unmark(example: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  const text = example.replace(/\[\[(.+?)\]\]/gu, (_m, inner: string) => {
    spans.push(inner);
    return inner;
  });
  return { text, spans };
}
