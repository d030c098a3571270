/**
 * Russian noun declension for the words that name who acts in a provision (руководитель,
 * комиссия, управление, должностное лицо). The provision reader needs the case: a nominative
 * noun can be the subject of "определяет", an instrumental one ("председателем", "комиссией") is
 * the doer of a passive ("определяется председателем"), a genitive one after "приказом" or
 * "решением" names whose order it is. Regular paradigms, written from the lemma (nominative
 * singular); they over-generate a little (both -ы and -а plurals) rather than miss.
 */

export type RuCase = "nom" | "gen" | "dat" | "acc" | "ins" | "loc";

export type NounForms = Map<string, ReadonlySet<RuCase>>;

/** What a predicate word must agree with: "комиссия обязана", "предприятие обязано", "работники обязаны". */
export interface Agreement {
  readonly gender: "m" | "f" | "n";
  readonly plural: boolean;
}

/** Gender of a noun from its lemma, and which of its forms are plural (nominative). */
export function russianNounAgreement(lemma: string): { gender: Agreement["gender"]; pluralNominative: ReadonlySet<string> } {
  const w = lemma.toLowerCase().replace(/ё/gu, "е");
  const forms = russianNounForms(w);
  const singularNom = new Set([w]);
  const pluralNominative = new Set<string>();
  for (const [f, cases] of forms) if (cases.has("nom") && !singularNom.has(f)) pluralNominative.add(f);
  // adjectival nouns keep the lemma's gender; -а/-я/-ия are feminine; -о/-е/-ие neuter; the rest masculine
  const gender: Agreement["gender"] = /(ая|яя)$/u.test(w) ? "f" : /(ое|ее)$/u.test(w) ? "n" : /(ый|ий|ой)$/u.test(w) ? "m" : /[ая]$/u.test(w) ? "f" : /[ое]$/u.test(w) ? "n" : "m";
  // the feminine/neuter forms an adjectival noun also generates are not its plural
  if (/(ый|ий|ой)$/u.test(w)) for (const f of [...pluralNominative]) if (/(ая|яя|ое|ее)$/u.test(f)) pluralNominative.delete(f);
  return { gender, pluralNominative };
}

function put(out: Map<string, Set<RuCase>>, form: string, ...cases: RuCase[]): void {
  const f = form.replace(/ё/gu, "е");
  const set = out.get(f) ?? new Set<RuCase>();
  for (const c of cases) set.add(c);
  out.set(f, set);
}

const SIBILANT_OR_VELAR = /[гкхжшчщ]$/u;
/** Masculine nouns whose plural nominative ends in stressed "-а/-я" (people, and the documents and places a rule names). */
const PLURAL_IN_A: ReadonlySet<string> = new Set([
  "директор", "инспектор", "профессор", "доктор", "мастер", "учитель", "сторож", "повар", "фельдшер", "кондуктор",
  "счет", "счёт", "адрес", "номер", "паспорт", "округ", "корпус", "отпуск", "город", "дом", "ордер", "тендер",
]);
const HUSH = /[жшчщц]$/u;

/** Forms of one noun lemma (lower case) with the cases each can be. */
export function russianNounForms(lemma: string): NounForms {
  const out = new Map<string, Set<RuCase>>();
  const w = lemma.toLowerCase();
  // adjectival nouns: служащий, уполномоченный, заведующий, ответственный
  const adj = /^(.*)(ый|ий|ой)$/u.exec(w);
  if (adj && adj[1] && adj[1].length > 3) {
    const s = adj[1];
    const soft = adj[2] === "ий" && !/[кгх]$/u.test(s);
    const y = soft ? "и" : "ы";
    put(out, w, "nom", "acc");
    put(out, s + (soft ? "его" : "ого"), "gen", "acc");
    put(out, s + (soft ? "ему" : "ому"), "dat");
    put(out, s + y + "м", "ins");
    put(out, s + (soft ? "ем" : "ом"), "loc");
    put(out, s + y + "е", "nom", "acc");
    put(out, s + y + "х", "gen", "acc", "loc");
    put(out, s + y + "м", "dat");
    put(out, s + y + "ми", "ins");
    // feminine and neuter of the same adjective: уполномоченная, должностное
    put(out, s + (soft ? "яя" : "ая"), "nom");
    put(out, s + (soft ? "ей" : "ой"), "gen", "dat", "ins", "loc");
    put(out, s + (soft ? "юю" : "ую"), "acc");
    put(out, s + (soft ? "ее" : "ое"), "nom", "acc");
    return out;
  }
  if (w.endsWith("ия")) {
    const s = w.slice(0, -2);
    put(out, s + "ия", "nom");
    put(out, s + "ии", "gen", "dat", "loc", "nom", "acc");
    put(out, s + "ию", "acc");
    put(out, s + "ией", "ins");
    put(out, s + "ий", "gen");
    put(out, s + "иям", "dat");
    put(out, s + "иями", "ins");
    put(out, s + "иях", "loc");
    return out;
  }
  if (w.endsWith("ие")) {
    const s = w.slice(0, -2);
    put(out, s + "ие", "nom", "acc");
    put(out, s + "ия", "gen", "nom", "acc");
    put(out, s + "ию", "dat");
    put(out, s + "ием", "ins");
    put(out, s + "ии", "loc");
    put(out, s + "ий", "gen");
    put(out, s + "иям", "dat");
    put(out, s + "иями", "ins");
    put(out, s + "иях", "loc");
    return out;
  }
  if (w.endsWith("а") || w.endsWith("я")) {
    const s = w.slice(0, -1);
    const soft = w.endsWith("я");
    const i = soft || SIBILANT_OR_VELAR.test(s) ? "и" : "ы";
    put(out, w, "nom");
    put(out, s + i, "gen", "nom", "acc");
    put(out, s + "е", "dat", "loc");
    put(out, s + (soft ? "ю" : "у"), "acc");
    put(out, s + (soft || HUSH.test(s) ? "ей" : "ой"), "ins");
    // after a hushing consonant the ending is "-ой" when stressed (свечой, межой) and "-ей" when not (кожей):
    // with no stress marks, both
    if (!soft && HUSH.test(s)) put(out, s + "ой", "ins");
    put(out, s + (soft ? "ь" : ""), "gen");
    put(out, s + (soft ? "ям" : "ам"), "dat");
    put(out, s + (soft ? "ями" : "ами"), "ins");
    put(out, s + (soft ? "ях" : "ах"), "loc");
    return out;
  }
  if (w.endsWith("о") || (w.endsWith("е") && !w.endsWith("ие"))) {
    const s = w.slice(0, -1);
    const soft = w.endsWith("е");
    put(out, w, "nom", "acc");
    put(out, s + (soft ? "я" : "а"), "gen", "nom", "acc");
    put(out, s + (soft ? "ю" : "у"), "dat");
    put(out, s + (soft ? "ем" : "ом"), "ins");
    put(out, s + "е", "loc");
    put(out, s, "gen");
    put(out, s + (soft ? "ям" : "ам"), "dat");
    put(out, s + (soft ? "ями" : "ами"), "ins");
    put(out, s + (soft ? "ях" : "ах"), "loc");
    return out;
  }
  // masculine: -ь (руководитель), -й (секретарий is rare), consonant (директор, отдел)
  const soft = w.endsWith("ь") || w.endsWith("й");
  const s = soft ? w.slice(0, -1) : w;
  const i = soft || SIBILANT_OR_VELAR.test(s) ? "и" : "ы";
  put(out, w, "nom", "acc");
  // "-а/-я" is a plural nominative only for a few nouns (директора, инспектора, учителя); for the rest
  // ("отдела", "руководителя", "аппарата") it is the genitive, which is never the subject
  put(out, s + (soft ? "я" : "а"), "gen", "acc", ...(PLURAL_IN_A.has(w) ? (["nom"] as const) : []));
  put(out, s + (soft ? "ю" : "у"), "dat");
  put(out, s + (soft || HUSH.test(s) ? "ем" : "ом"), "ins");
  // stressed after a hushing consonant: врачом, ключом, товарищем (unstressed) — both without stress marks
  if (!soft && HUSH.test(s)) put(out, s + "ом", "ins");
  put(out, s + "е", "loc");
  put(out, s + i, "nom", "acc");
  put(out, s + (soft || HUSH.test(s) ? "ей" : "ов"), "gen", "acc");
  put(out, s + (soft ? "ям" : "ам"), "dat");
  put(out, s + (soft ? "ями" : "ами"), "ins");
  put(out, s + (soft ? "ях" : "ах"), "loc");
  return out;
}
