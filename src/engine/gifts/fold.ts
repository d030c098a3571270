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
  return i === s.length ? s : s.replace(FOLDABLE, foldChar);
}

/** True when the text has a letter that folding changes. */
export function hasKazakhLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x500 && TABLE[c]) return true;
  }
  return false;
}
