/**
 * Kazakh noun inflection as a form generator, so a marker written once as a lemma ("құқық",
 * "бөлімше", "кәсіпорын") matches every case, possessive and plural form without a runtime
 * morphological analyser.
 *
 * What it models (standard grammar; suffix inventory as in pg-kazsearch's README):
 * - vowel harmony: back (а о ұ ы) vs front (ә е ө ү і) from the last harmonic vowel of the stem;
 * - suffix-initial consonant by the stem's last sound (vowel, р/й/у, л, м/н/ң, з/ж, voiceless);
 * - stem alternation before a vowel-initial suffix: қ→ғ, к→г, п→б (құқық → құқығы);
 * - elision of a high vowel in the last syllable before a vowel (орын → орны, кәсіпорын → кәсіпорны);
 * - plural, 3rd/1st/2nd person possessive, then case (nom gen acc dat loc abl instr) and -дағы.
 * It over-generates rather than under-generates: an impossible form never occurs in text, a
 * missing one is a missed finding.
 */

const BACK = new Set(["а", "о", "ұ", "ы", "я", "ё", "ю", "э"]);
const FRONT = new Set(["ә", "е", "ө", "ү", "і", "и"]);
const VOWELS = new Set(["а", "о", "ұ", "ы", "я", "ё", "ю", "э", "ә", "е", "ө", "ү", "і", "и", "у"]);
const SONORANT_RYU = new Set(["р", "й", "у"]);
const NASAL = new Set(["м", "н", "ң"]);
const ZJ = new Set(["з", "ж"]);

type Group = "vowel" | "ryu" | "l" | "nasal" | "zj" | "voiceless";

function groupOf(stem: string): Group {
  const last = stem.charAt(stem.length - 1);
  if (last === "у") return "ryu";
  if (VOWELS.has(last)) return "vowel";
  if (SONORANT_RYU.has(last)) return "ryu";
  if (last === "л") return "l";
  if (NASAL.has(last)) return "nasal";
  if (ZJ.has(last)) return "zj";
  return "voiceless";
}

/** true for back harmony. Words with no harmonic vowel (rare loans) default to back. */
export function isBack(stem: string): boolean {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem.charAt(i);
    if (BACK.has(ch)) return true;
    if (FRONT.has(ch)) return false;
  }
  return true;
}

function pick(back: boolean, b: string, f: string): string {
  return back ? b : f;
}

function plural(stem: string, back: boolean): string {
  const g = groupOf(stem);
  const c = g === "vowel" || g === "ryu" ? "л" : g === "voiceless" ? "т" : "д";
  return c + pick(back, "ар", "ер");
}

interface Case {
  readonly name: string;
  suffix(stem: string, back: boolean): string;
}

const CASES_PLAIN: readonly Case[] = [
  {
    name: "gen",
    suffix: (s, b) => {
      const g = groupOf(s);
      const c = g === "vowel" || g === "nasal" ? "н" : g === "voiceless" ? "т" : "д";
      return c + pick(b, "ың", "ің");
    },
  },
  {
    name: "acc",
    suffix: (s, b) => {
      const g = groupOf(s);
      const c = g === "vowel" ? "н" : g === "voiceless" ? "т" : "д";
      return c + pick(b, "ы", "і");
    },
  },
  {
    name: "dat",
    suffix: (s, b) => (groupOf(s) === "voiceless" ? pick(b, "қа", "ке") : pick(b, "ға", "ге")),
  },
  {
    name: "loc",
    suffix: (s, b) => (groupOf(s) === "voiceless" ? pick(b, "та", "те") : pick(b, "да", "де")),
  },
  {
    name: "abl",
    suffix: (s, b) => {
      const g = groupOf(s);
      const c = g === "nasal" ? "н" : g === "voiceless" ? "т" : "д";
      return c + pick(b, "ан", "ен");
    },
  },
  {
    name: "instr",
    suffix: (s) => {
      const g = groupOf(s);
      return g === "zj" ? "бен" : g === "voiceless" ? "пен" : "мен";
    },
  },
  {
    name: "locattr",
    suffix: (s, b) => (groupOf(s) === "voiceless" ? pick(b, "тағы", "тегі") : pick(b, "дағы", "дегі")),
  },
];

/** Case endings after a 3rd person possessive (-ы/-і/-сы/-сі): the pronominal n appears. */
const CASES_AFTER_P3: readonly Case[] = [
  { name: "gen", suffix: (_s, b) => pick(b, "ның", "нің") },
  { name: "acc", suffix: () => "н" },
  { name: "dat", suffix: (_s, b) => pick(b, "на", "не") },
  { name: "loc", suffix: (_s, b) => pick(b, "нда", "нде") },
  { name: "abl", suffix: (_s, b) => pick(b, "нан", "нен") },
  { name: "instr", suffix: () => "мен" },
  { name: "locattr", suffix: (_s, b) => pick(b, "ндағы", "ндегі") },
];

/** Applies the stem alternation that happens before a vowel-initial suffix. */
function beforeVowel(stem: string): string[] {
  const last = stem.charAt(stem.length - 1);
  const head = stem.slice(0, -1);
  const out: string[] = [];
  // After a vowel the alternation is regular (құқық → құқығы); after a consonant loans keep it (банк → банкі).
  const alternates = VOWELS.has(head.charAt(head.length - 1));
  if (alternates && last === "қ") out.push(head + "ғ");
  else if (alternates && last === "к") out.push(head + "г");
  else if (alternates && last === "п") out.push(head + "б");
  else out.push(stem);
  // Elision: орын → орны, ауыз → аузы; only when the last syllable is C + ы/і + sonorant.
  const m = /^(.*[^аоұыяёюэәеөүіиу])[ыі]([нрзлмй])$/u.exec(stem);
  if (m && m[1] && VOWELS.has(firstVowel(m[1]))) out.push(m[1] + m[2]);
  return out;
}

function firstVowel(s: string): string {
  for (const ch of s) if (VOWELS.has(ch)) return ch;
  return "";
}

interface PossessedStem {
  readonly form: string;
  /** true for the 3rd person, whose case endings differ. */
  readonly p3: boolean;
}

function possessives(stem: string, back: boolean): PossessedStem[] {
  const out: PossessedStem[] = [];
  const g = groupOf(stem);
  if (g === "vowel") {
    out.push({ form: stem + pick(back, "сы", "сі"), p3: true });
    out.push({ form: stem + "м", p3: false });
    out.push({ form: stem + "ң", p3: false });
    out.push({ form: stem + pick(back, "мыз", "міз"), p3: false });
    out.push({ form: stem + pick(back, "ңыз", "ңіз"), p3: false });
    return out;
  }
  for (const s of beforeVowel(stem)) {
    out.push({ form: s + pick(back, "ы", "і"), p3: true });
    out.push({ form: s + pick(back, "ым", "ім"), p3: false });
    out.push({ form: s + pick(back, "ың", "ің"), p3: false });
    out.push({ form: s + pick(back, "ымыз", "іміз"), p3: false });
    out.push({ form: s + pick(back, "ыңыз", "іңіз"), p3: false });
  }
  return out;
}

export interface KazakhFormOptions {
  /** Only forms that can be a grammatical subject: no case ending (used to find who holds a power). */
  readonly nominativeOnly?: boolean;
}

/**
 * All inflected forms of a Kazakh noun or adjective `lemma` (lower case), including the lemma.
 * Multi-word lemmas are not accepted here: inflection applies to one token.
 */
export function kazakhForms(lemma: string, options: KazakhFormOptions = {}): Set<string> {
  const forms = new Set<string>();
  const back = isBack(lemma);
  const stems: PossessedStem[] = [{ form: lemma, p3: false }];
  const pl = lemma + plural(lemma, back);
  stems.push({ form: pl, p3: false });
  stems.push(...possessives(lemma, back));
  stems.push(...possessives(pl, back));
  for (const st of stems) {
    forms.add(st.form);
    if (options.nominativeOnly) continue;
    const cases = st.p3 ? CASES_AFTER_P3 : CASES_PLAIN;
    for (const c of cases) forms.add(st.form + c.suffix(st.form, back));
    // 1st/2nd singular possessives take -а/-е in the dative: үйіме, үйіңе.
    if (!st.p3 && /(ым|ім|м|ың|ің|ң)$/u.test(st.form) && st.form !== lemma && st.form !== pl) {
      forms.add(st.form + pick(back, "а", "е"));
    }
  }
  return forms;
}

/**
 * The head of a Kazakh izafet in an oblique case: a third-person possessive followed by a case
 * ("басшысының", "комитетіне", "бөлімшесін", "кодексімен"). A bare noun right before such a word
 * names whose head it is ("бөлім басшысының", "Директорлар кеңесінің комитетіне") and is not itself
 * the subject of the clause. The nominative possessive ("бөлім басшысы") is left out on purpose:
 * that phrase can be a subject.
 */
export function isKazakhPossessiveOblique(word: string): boolean {
  if (KAZAKH_POSSESSIVE_OBLIQUE.test(word)) return true;
  // the accusative "-ын/-ін" is also the ending of the participle in "-атын/-етін" ("тексерілетін"),
  // so a word ending in a vowel and "-тын/-тін" is read as the participle
  return KAZAKH_POSSESSIVE_ACCUSATIVE.test(word) && !/[аеыійи]т(ы|і)н$/u.test(word);
}
const KAZAKH_POSSESSIVE_OBLIQUE = /^\p{L}{2,}(ы|і)(ның|нің|на|не|нда|нде|нан|нен|мен)$/u;
const KAZAKH_POSSESSIVE_ACCUSATIVE = /^\p{L}{2,}(ы|і)н$/u;
