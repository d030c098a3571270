/**
 * Kazakh typed without a Kazakh keyboard layout: "сизге", "алгыс ретинде", "кол койылды" for
 * "сізге", "алғыс ретінде", "қол қойылды". Such mail is common (phones, Russian layouts), so the
 * gift reader folds every token AND every cue form the same lossy way (ә→а, ғ→г, қ→к, ң→н, ө→о,
 * ұ/ү→у, һ→х, і→и): both spellings then meet. Restoring the letters instead would need a
 * dictionary; folding needs none and costs one table lookup per character.
 *
 * Folding can make a Kazakh form equal a Russian word (той, кол); cues where that matters are
 * marked `strict` in rules/gifts.yml and only count in sentences of their own language.
 */

const FOLD_FROM = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
const FOLD_TO = "агкноуухиАГКНОУУХИ";

/** Cyrillic code unit → its folded code unit, 0 when it folds to itself. */
const TABLE = new Uint16Array(0x500);
for (let i = 0; i < FOLD_FROM.length; i++) TABLE[FOLD_FROM.charCodeAt(i)] = FOLD_TO.charCodeAt(i);

const FOLDABLE = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const foldChar = (ch: string) => String.fromCharCode(TABLE[ch.charCodeAt(0)]!);

/** The folded spelling; the same length as the input, so offsets never move. */
export function foldKazakh(s: string): string {
  // Most tokens (Russian, English, numbers) have nothing to fold: no new string for them. The
  // rest are rebuilt in one native pass: a string grown letter by letter costs a garbage
  // string per letter and a flattening before every hash lookup.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x500 && TABLE[c]) break;
  }
  if (i === s.length) return s;
  // Kazakh words recur through a mail; a replace with a callback per occurrence showed in profiles.
  let out = FOLDED.get(s);
  if (out === undefined) {
    out = s.replace(FOLDABLE, foldChar);
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    FOLDED.set(s, out);
  }
  return out;
}

const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/** True when the text has a letter that folding changes. */
export function hasKazakhLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x500 && TABLE[c]) return true;
  }
  return false;
}

/**
 * Kazakh typed in Latin letters — the 2021 alphabet («Sizge alğysymyzdy basqaşa bildiremiz»), the
 * 2018 one with acute accents («Sálem, ańǵa baramyz, bári bizden») or the keyboard-less cousin of
 * both («salemetsiz be, rahmet») — is read as the Cyrillic it spells. Tokens,
 * not text, are spelled over, so a digraph («sh» → «ш») never moves an offset; the result is then
 * folded like any Kazakh token, which forgives «i» for «ы» and a missing diacritic.
 */
const LATIN_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ["sh", "ш"],
  ["ch", "ч"],
  ["zh", "ж"],
  ["ya", "я"],
  ["yu", "ю"],
  ["yo", "ё"],
  ["ts", "ц"],
  // «kh» and «gh» for «х/қ» and «ғ» on a plain keyboard: «meiramkhanagha» is «мейрамханаға»
  ["kh", "х"],
  ["gh", "ғ"],
];
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: "а", ä: "ә", b: "б", c: "ц", ç: "ч", d: "д", e: "е", f: "ф", g: "г", ğ: "ғ", h: "х", i: "і", ı: "ы", j: "ж",
  k: "к", l: "л", m: "м", n: "н", ñ: "ң", o: "о", ö: "ө", p: "п", q: "қ", r: "р", s: "с", ş: "ш", t: "т", u: "у",
  ū: "ұ", ü: "ү", v: "в", w: "у", x: "х", y: "ы", z: "з",
  // the 2018 alphabet's acute letters
  á: "ә", ó: "ө", ú: "ү", ý: "у", ǵ: "ғ", ń: "ң",
};
/** A whole token of Latin letters, the Kazakh ones included. */
const LATIN_WORD = /^[a-zäçğıñöşūüáóúýǵń]+$/u;
/** Letters of the Kazakh Latin alphabet that English and Russian mail does not have. */
const KAZAKH_LATIN_SIGN = /[äğıñöşūüáóúýǵń]/u;
/** «q» before a vowel other than «u» («qyzmeti», «aqysy», «oqu»): Kazakh «қ» typed on a plain keyboard. */
const KAZAKH_Q = /q[aeioy]/u;
/** Words a Kazakh mail in Latin letters opens or thanks with, typed with or without diacritics. */
const KAZAKH_LATIN_WORDS = new Set([
  "salem", "sälem", "salemetsiz", "sälemetsiz", "rahmet", "raxmet", "raqmet", "sizge", "sizdiñ", "sizdin", "bizdiñ", "bizdin", "jäne", "jane", "üşin", "ushin", "kerek", "bolady", "emes",
  // pronouns, forms of address and money words a short Kazakh mail in Latin letters has: «Kaiyrly kun Zhanar hanym,
  // biz … 200 myn ten dayyn» (not «men», «sen», «tenge»: English mail has them)
  "biz", "siz", "bul", "osy", "kaiyrly", "qaiyrly", "hanym", "hanymy", "myrza", "myn", "teñge", "zhiberiniz", "jiberiniz", "bolmaimyz",
  // everyday words of Kazakh typed without diacritics that English and Russian transliteration do not have
  "sosyn", "bolisemiz", "boiynsha", "boyynsha", "beremiz", "berem", "saleminiz", "aramyzda", "bizde", "sizde", "sagan", "magan", "bizge", "sizdi", "kuni", "keldim", "beremin", "bolsyn", "kutty", "jaksy", "zhaksy", "goi", "dep", "endi", "qazir", "kazir", "eken", "boldy", "aga", "apai", "bugin", "erten", "eki", "oryn", "kashan", "aitpakshy", "bilmeisin", "bilesin",
]);

/**
 * Words of Russian typed in Latin letters («Dobryi den, spasibo za akt, kak vsegda 10 procent») that
 * English and Kazakh do not have: greetings, pronouns, particles and verbs of arrangement a short
 * messenger-style mail carries whatever it is about. The Kazakh spelling-over reads them well enough
 * (a Latin «i» is folded to «и», «y» is «ы», «ch», «sh», «zh», «kh», «ya», «yu» are digraphs), so such
 * mail gets the same second reading.
 */
const RUSSIAN_LATIN_WORDS = new Set([
  "spasibo", "pozhaluysta", "pozhalujsta", "pozhaluista", "pojaluysta", "pojaluista", "zdravstvuyte", "zdravstvuite",
  "dobryy", "dobryi", "dobriy", "privet", "vam", "vami", "vas", "mne", "menya", "tebe", "tebya", "vy", "vash", "vasha",
  "vashe", "vashei", "vashey", "chto", "shto", "eto", "kak", "dlya", "tolko", "budet", "budem", "mozhno", "nuzhno",
  "nado", "esli", "uzhe", "seychas", "seichas", "segodnya", "zavtra", "khorosho", "horosho", "ochen", "davayte",
  "davaite", "skazhite", "skazhi", "ili", "kogda", "togda", "tozhe", "mozhet", "konechno", "dogovorilis",
  "dogovorimsya", "obychno", "vsegda", "potom", "posle", "lichno", "bratan", "vopros", "reshim", "sdelaem",
  "pogovorim", "vstretimsya", "nas", "nami", "vsyo", "vse", "ne", "net", "da",
]);
/** Of those, the ones that alone say nothing: English has «da», «ne», «net»; «vas», «ili», «tebe», «posle» are Serbian, Spanish or names. */
const RUSSIAN_LATIN_WEAK = new Set(["ne", "net", "da", "vse", "nas", "vas", "ili", "tebe", "posle"]);

/** True when lower-cased tokens read as Russian in Latin letters: two different marker words that are not weak ones. */
export function looksRussianLatin(lower: readonly string[]): boolean {
  let strong = 0;
  const seen = new Set<string>();
  for (const t of lower) {
    const c = t.charCodeAt(0);
    if (!(c >= 0x61 && c <= 0x7a)) continue;
    if (!RUSSIAN_LATIN_WORDS.has(t) || seen.has(t)) continue;
    seen.add(t);
    if (!RUSSIAN_LATIN_WEAK.has(t)) strong++;
    if (strong >= 2) return true;
  }
  return false;
}

/** The Cyrillic a Latin-letter Kazakh token spells (lower case in, lower case out). */
export function kazakhLatinToCyrillic(token: string): string {
  let out = "";
  for (let i = 0; i < token.length; i++) {
    const two = token.slice(i, i + 2);
    const pair = LATIN_DIGRAPHS.find(([l]) => l === two);
    if (pair) {
      out += pair[1];
      i++;
      continue;
    }
    // a word-final «ng» is «ң» on a plain keyboard («qol qoysang», «sening», «ining»); inside a word it is «ңг»
    // as often («tenge» is «теңге»), which folding reads as «нг» anyway; loanwords keep «нг» («trening»)
    if (two === "ng" && i + 2 === token.length && !NG_LOANWORDS.has(token)) {
      out += "ң";
      i++;
      continue;
    }
    const ch = token[i]!;
    // "i" after a vowel is "й" («boiynsha», «daiyn», «aitpakshy»), as in the 2021 alphabet; so are the
    // 2018 alphabet's "ı" («aıtpa», «qoıdyń») and the keyboard-less "y" after a, e, o («payyzy»,
    // «boyynsha»), not after u, where it is "ы" («bauyrym», «tuys»)
    const prev = out[out.length - 1] ?? "";
    // and a word-final "y" after «ы» or «и» is the Russian adjective's «й» («dobryy», «siniy»)
    const glide =
      ((ch === "i" || ch === "ı") && CYRILLIC_VOWELS.has(prev)) ||
      (ch === "y" && (Y_GLIDE_AFTER.has(prev) || (i === token.length - 1 && (prev === "ы" || prev === "і"))));
    out += glide ? "й" : (LATIN_LETTERS[ch] ?? ch);
  }
  return out;
}
/** Loanwords Kazakh writes with a final «-нг» («тренинг», «мониторинг»): their Latin «-ng» is no «ң». */
const NG_LOANWORDS = new Set(["trening", "treining", "monitoring", "reiting", "reyting", "parking", "holding", "brifing", "briefing", "marketing", "lizing", "konsalting", "consulting", "kasting", "shoping", "shopping", "bouling", "tyuning", "kemping", "timbilding", "teambuilding", "ping", "king", "ring", "long", "song", "gong"]);
/** Vowels as spelled so far: «úıi» is «үйі», the «ı» turned «й» is no vowel for the «i» after it. */
const CYRILLIC_VOWELS = new Set(["а", "ә", "е", "о", "ө", "у", "ұ", "ү", "ы", "я", "ю", "ё"]);
const Y_GLIDE_AFTER = new Set(["а", "ә", "е", "о", "ө"]);

/**
 * True when lower-cased tokens read as Kazakh in Latin letters: two words with a letter only the
 * Kazakh Latin alphabet has, or one such word and a Kazakh greeting or function word, or two of
 * those words. One «ü» in a German name is not enough.
 */
export function looksKazakhLatin(lower: readonly string[]): boolean {
  let signs = 0;
  let words = 0;
  for (const t of lower) {
    // Most tokens are Cyrillic: one code-unit test spares them the regex.
    const c = t.charCodeAt(0);
    if (!(c >= 0x61 && c <= 0x7a) && !(c >= 0xe0 && c <= 0x1ff)) continue;
    if (!LATIN_WORD.test(t)) continue;
    if (KAZAKH_LATIN_SIGN.test(t) || KAZAKH_Q.test(t)) signs++;
    if (KAZAKH_LATIN_WORDS.has(t)) words++;
    if (signs >= 2 || (signs >= 1 && words >= 1) || words >= 2) return true;
  }
  return false;
}

/** Each Latin-letter token spelled in Cyrillic and folded; other tokens as they are. */
export function kazakhLatinTokens(lower: readonly string[]): string[] {
  return lower.map((t) => (LATIN_WORD.test(t) ? foldKazakh(kazakhLatinToCyrillic(t)) : foldKazakh(t)));
}
