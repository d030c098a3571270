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

const FOLD: Readonly<Record<string, string>> = {
  ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и",
  Ә: "А", Ғ: "Г", Қ: "К", Ң: "Н", Ө: "О", Ұ: "У", Ү: "У", Һ: "Х", І: "И",
};

const HAS_FOLDABLE = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** The folded spelling; the same length as the input, so offsets never move. */
export function foldKazakh(s: string): string {
  if (!HAS_FOLDABLE.test(s)) return s;
  let out = "";
  for (const ch of s) out += FOLD[ch] ?? ch;
  return out;
}
