/**
 * Russian inflection for markers written as a stem plus `~` ("усмотрени~", "соответствующ~").
 *
 * Russian endings are short and few; a stem followed by one of them covers nouns, adjectives,
 * participles and common verb forms. The stem is what the rule author writes, so precision
 * comes from choosing the stem, not from a dictionary.
 */
export const RUSSIAN_ENDINGS: readonly string[] = [
  "", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
  "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ью", "ию", "ия", "ие", "ии", "иям", "иях",
  "ием", "иями", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ых", "их",
  "ыми", "ими", "ую", "юю",
  // verbs and participles
  "ет", "ют", "ут", "ит", "ат", "ят", "ется", "ются", "ится", "атся", "ятся", "утся", "ть", "ться", "ти", "тись",
  "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ешь", "ишь", "ете", "ите", "ем", "ся", "сь", "ет", "ена",
  "ено", "ены", "ен", "ан", "ана", "ано", "аны", "ет", "ал", "ала", "али", "ало", "ать", "ять", "ает", "яет", "ают",
  "яют", "ается", "яется", "аются", "яются", "аться", "яться", "ивает", "ивают", "ывает", "ывают", "ование", "ования",
  // past active participles: определявший, установивших
  "вший", "вшего", "вшему", "вшим", "вшем", "вшая", "вшей", "вшую", "вшее", "вшие", "вших", "вшими",
];

/** Forms of `stem~`: the stem followed by each Russian ending. */
export function russianForms(stem: string): Set<string> {
  const out = new Set<string>();
  for (const e of RUSSIAN_ENDINGS) out.add(stem + e);
  // a participle stem ("являющ~", "обучающ~", "состоявш~") also takes the reflexive endings; on a noun stem they would
  // make verbs ("договор~" → "договоримся")
  if (/(щ|вш)$/u.test(stem)) for (const e of REFLEXIVE_PARTICIPLE_ENDINGS) out.add(stem + e);
  return out;
}

/** Reflexive participles: являющимся, обучающихся, находящейся (without them "являющ~" missed every reflexive form). */
const REFLEXIVE_PARTICIPLE_ENDINGS: readonly string[] = ["ийся", "егося", "емуся", "имся", "аяся", "ейся", "уюся", "ееся", "иеся", "ихся", "имися"];
