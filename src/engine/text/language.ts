/**
 * Per-sentence language identification (kk / ru / en).
 *
 * Documents of the Enterprise mix Kazakh and Russian, sometimes inside one paragraph, and the
 * lexicon must follow the sentence: Kazakh "пара" is a bribe, Russian "пара" is a pair. Kazakh
 * letters (ә ғ қ ң ө ұ ү һ і) are strong evidence but a Russian sentence may quote a Kazakh name,
 * so function words vote too.
 */
import { isCyrillic, isKazakhLetter, isLatinLetter } from "./chars";
import { WORD, type Tokens } from "./tokenize";
import type { Lang } from "../types";

const KK_WORDS = new Set([
  "және", "мен", "бен", "пен", "үшін", "бойынша", "туралы", "осы", "бұл", "сондай-ақ", "немесе", "тиіс", "болып",
  "табылады", "жөніндегі", "кезінде", "арқылы", "сәйкес", "қатысты", "деп", "ғана", "емес", "жоқ", "бар", "олар",
  "оның", "оны", "соң", "кейін", "дейін", "бірге", "қажет", "міндетті", "құқылы", "мүмкін", "жағдайда", "ретінде",
  "тыс", "сайын", "кез", "келген", "басқа", "өзге", "де", "да", "та", "те", "ал", "бірақ", "егер", "онда",
]);

const RU_WORDS = new Set([
  "и", "в", "на", "с", "по", "не", "для", "от", "что", "или", "к", "о", "при", "из", "за", "а", "также", "является",
  "обязан", "обязаны", "вправе", "может", "могут", "порядке", "случае", "этом", "как", "до", "после", "со", "во",
  "об", "без", "его", "ее", "их", "который", "которые", "которых", "если", "либо", "только", "настоящего",
  "настоящим", "настоящей", "соответствии", "течение", "дней", "работников", "работник", "предприятия",
]);

const EN_WORDS = new Set([
  "the", "and", "of", "to", "in", "a", "is", "for", "on", "with", "by", "be", "may", "shall", "or", "that", "as", "are",
  "it", "this", "we", "you", "will", "at", "from", "not", "have", "has", "your", "our",
]);

/** Endings that mark a Russian word (a Kazakh word rarely ends so). */
// Adjective and participle endings ("иные", "подтверждающие") outweigh a Russian plural in "-ты"/"-ды"
// ("документы", "затраты") that looks like a Kazakh accusative.
const RU_ENDING = /(ого|его|ому|ему|ыми|ими|ями|ами|ать|ять|ить|еть|уть|ться|ется|ются|ится|ует|уют|ение|ения|ании|ания|ости|ость|ный|ная|ное|ные|ных|ной|ций|ция|ии|ью|ь|ие|ые|ая|яя|ое|ее|ий|ый)$/u;
/** Case and possessive endings that mark a Kazakh word written without Kazakh letters. */
const KK_ENDING = /(ның|дың|тың|лар|лер|дар|дер|тар|тер|ған|ген|уы|уға|уге|ды|ты|сы|мен|бен|пен)$/u;

/**
 * Decides the language of tokens [from, to); `fallback` wins ties and token-free sentences. Words in
 * quotes do not vote: a Russian sentence names a Kazakh award, company or act in quotes
 * («Құрметті қызметкер» нагрудным знаком награждаются…), and its Kazakh letters would outweigh it.
 */
export function detectLanguage(tokens: Tokens, from: number, to: number, fallback: Lang): Lang {
  return countLanguage(tokens, from, to, fallback, true) ?? countLanguage(tokens, from, to, fallback, false) ?? fallback;
}

function countLanguage(tokens: Tokens, from: number, to: number, fallback: Lang, skipQuoted: boolean): Lang | undefined {
  let quoted = false;
  let kk = 0;
  let ru = 0;
  let en = 0;
  let cyrWords = 0;
  let latWords = 0;
  for (let t = from; t < to; t++) {
    if (tokens.kind[t] !== WORD) {
      if (tokens.lower[t] === '"') quoted = !quoted;
      continue;
    }
    if (skipQuoted && quoted) continue;
    const w = tokens.lower[t] ?? "";
    let cyr = 0;
    let lat = 0;
    let kkLetters = 0;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (isCyrillic(c)) {
        cyr++;
        if (isKazakhLetter(c)) kkLetters++;
      } else if (isLatinLetter(c)) lat++;
    }
    if (cyr >= lat && cyr > 0) {
      cyrWords++;
      if (kkLetters > 0) kk += 2;
      else if (w.length > 3 && RU_ENDING.test(w)) ru += 0.75;
      else if (w.length > 3 && KK_ENDING.test(w)) kk += 0.5;
    } else if (lat > 0) {
      latWords++;
    }
    if (KK_WORDS.has(w)) kk += 1.5;
    if (RU_WORDS.has(w)) ru += 1;
    if (EN_WORDS.has(w)) en += 1;
  }
  // everything was quoted: count the quoted words after all
  if (skipQuoted && cyrWords === 0 && latWords === 0) return undefined;
  if (latWords > cyrWords) return "en";
  if (cyrWords === 0) return latWords > 0 || en > 0 ? "en" : fallback;
  if (kk === ru) return fallback === "en" ? "ru" : fallback;
  return kk > ru ? "kk" : "ru";
}
