/** English inflection for markers written as a word plus `~` ("ticket~", "gift~"). */
export function englishForms(word: string): Set<string> {
  const out = new Set<string>([word, word + "s", word + "es", word + "'s", word + "ed", word + "d", word + "ing"]);
  if (word.endsWith("y")) {
    const head = word.slice(0, -1);
    out.add(head + "ies");
    out.add(head + "ied");
  }
  if (word.endsWith("e")) out.add(word.slice(0, -1) + "ing");
  return out;
}
