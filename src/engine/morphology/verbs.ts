/**
 * Verb paradigms for the provision reader: a lexicon writes a verb once (a Russian infinitive, a
 * Kazakh stem, marked `~v`) and the compiler expands it into the forms a regulation uses, each
 * tagged with what it says about voice and mood. "Надбавку назначает директор" (finite, active),
 * "надбавка назначается приказом" (passive), "директор вправе назначать" (infinitive after a
 * modal), "директор тағайындайды" / "тағайындалады" / "тағайындауға құқылы" read the same way.
 *
 * Regular paradigms only, and they over-generate on purpose (both т→ч and т→щ, both 1st and 2nd
 * conjugation endings for -еть): a form that does not exist never occurs in text, a missing one is
 * a missed finding. Irregular verbs are written in the lexicon as explicit forms or `stem~`.
 */
import { isBack } from "./kazakh";

/** What a verb form says about how the action is stated. */
export type VerbForm =
  /** "назначает", "тағайындайды": someone named as subject does it. */
  | "active"
  /** "назначается", "назначен", "тағайындалады": done to the subject; the doer may be absent. */
  | "passive"
  /** "назначать", "назначаться": after a modal word (вправе, обязан, может). */
  | "infinitive"
  /** "назначаемый", "назначенный", "тағайындалған": attribute of a noun. */
  | "participle"
  /** "назначающий", "тағайындайтын": active attribute ("the official who appoints"). */
  | "agent-participle"
  /** kk "тағайындау", "тағайындауға", "тағайындауы": the verbal noun (with міндетті, құқылы, мүмкін). */
  | "verbal-noun"
  /** kk "тағайындай", "тағайындап": converb (with алады = can; or a chained clause). */
  | "converb"
  /** kk "тағайындасын", "тағайындалсын"; ru past "назначил". */
  | "other";

const RU_ADJ = ["ый", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ой", "ую", "ых", "ыми"];
const RU_ADJ_SOFT = ["ий", "ая", "ее", "ие", "его", "ему", "им", "ем", "ей", "ую", "их", "ими"];

/** A generated form: what it says, and whether it is the passive voice (бекітіледі, бекітілуге). */
export interface VerbTag {
  readonly form: VerbForm;
  readonly passive: boolean;
  /** Kazakh negation is a suffix (бермейді, босатылмайды); Russian puts "не" before the verb. */
  readonly negative?: boolean;
}

const TAGS = new Map<string, VerbTag>();
function tagOf(form: VerbForm, passive: boolean, negative = false): VerbTag {
  const key = `${form}:${passive}:${negative}`;
  let t = TAGS.get(key);
  if (!t) TAGS.set(key, (t = negative ? { form, passive, negative } : { form, passive }));
  return t;
}

/**
 * Text is normalised with ё = е before matching, so forms are generated the same way; Kazakh writes
 * й + а as я and й + у as ю (жой → жояды, жою).
 */
function add(out: Map<string, VerbTag>, form: string, tag: VerbForm, passive = tag === "passive" || tag === "participle", negative = false): void {
  const f = form.replace(/ё/gu, "е").replace(/йа/gu, "я").replace(/йу/gu, "ю");
  if (!out.has(f)) out.set(f, tagOf(tag, passive, negative));
}

function adjectives(out: Map<string, VerbTag>, stem: string, tag: VerbForm, soft = false): void {
  for (const e of soft ? RU_ADJ_SOFT : RU_ADJ) add(out, stem + e, tag);
}

/** Consonant alternations of a 2nd-conjugation stem before the passive participle -ен. */
function alternations(stem: string): string[] {
  const rules: Array<[RegExp, string[]]> = [
    [/ст$/u, ["щ"]],
    [/зд$/u, ["зж"]],
    [/д$/u, ["жд", "ж"]],
    [/т$/u, ["ч", "щ"]],
    [/з$/u, ["ж"]],
    [/с$/u, ["ш"]],
    [/([бвпмф])$/u, ["$1л"]],
  ];
  for (const [re, reps] of rules) {
    if (re.test(stem)) return [stem, ...reps.map((r) => stem.replace(re, r))];
  }
  return [stem];
}

/**
 * Forms of a Russian verb from its infinitive: 3rd person present or future (active and
 * reflexive-passive), infinitives, past, participles. Supports -ать/-ять, -авать, -овать/-евать,
 * -ить, -еть, -нуть; anything else yields the infinitive alone.
 */
export function russianVerbForms(infinitive: string): Map<string, VerbTag> {
  const out = new Map<string, VerbTag>();
  const inf = infinitive.toLowerCase();
  add(out, inf, "infinitive");
  add(out, inf + "ся", "infinitive", true);
  if (!inf.endsWith("ть")) return out;
  const s = inf.slice(0, -2); // назнача, определи, рассмотре, согласова
  for (const e of ["л", "ла", "ло", "ли"]) add(out, s + e, "other");
  for (const e of ["лся", "лась", "лось", "лись"]) add(out, s + e, "passive");

  const finite = (stems: string[], e3: string, e3pl: string[]) => {
    for (const st of stems) {
      add(out, st + e3, "active");
      for (const pl of e3pl) add(out, st + pl, "active");
      add(out, st + e3 + "ся", "passive");
      for (const pl of e3pl) add(out, st + pl + "ся", "passive");
    }
  };

  if (/(ова|ева)$/u.test(s)) {
    const u = s.slice(0, -3) + (s.endsWith("ова") ? "у" : "ю"); // согласова → согласу
    finite([u], "ет", ["ют"]);
    adjectives(out, u + "ем", "participle");
    adjectives(out, u + "ющ", "agent-participle", true);
    const base = s; // согласован
    for (const e of ["н", "на", "но", "ны"]) add(out, base + e, "passive");
    adjectives(out, base + "нн", "participle");
    // -евать is also the imperfective of -еть/-ить verbs, conjugated like -ать: продлевать →
    // продлевает (not "продлюет"), успевать, одевать, преодолевать; the other reading's forms stay,
    // a form no text has costs nothing.
    if (s.endsWith("ева")) {
      finite([s], "ет", ["ют"]);
      adjectives(out, s + "ем", "participle");
      adjectives(out, s + "ющ", "agent-participle", true);
    }
    return out;
  }
  if (s.endsWith("ава") && /(да|зна|ста)ва$/u.test(s)) {
    const st = s.slice(0, -2); // выдава → выда
    finite([st], "ёт", ["ют"]);
    finite([st], "ет", []);
    adjectives(out, s + "ем", "participle");
    adjectives(out, st + "ющ", "agent-participle", true);
    return out;
  }
  if (/[ая]$/u.test(s)) {
    // 1st conjugation: назнача-ет, определя-ет, рассматрива-ет; perfective -ать: выда-н, написа-н
    finite([s], "ет", ["ют"]);
    adjectives(out, s + "ем", "participle");
    adjectives(out, s + "ющ", "agent-participle", true);
    for (const e of ["н", "на", "но", "ны"]) add(out, s + e, "passive");
    adjectives(out, s + "нн", "participle");
    return out;
  }
  if (s.endsWith("и") || s.endsWith("е")) {
    // 2nd conjugation: назначи-ть → назнач-ит/-ат/-ят; рассмотре-ть → рассмотр-ит/-ят; име-ть → име-ет
    const root = s.slice(0, -1);
    const hush = /[жшчщ]$/u.test(root);
    finite([root], "ит", hush ? ["ат"] : ["ят"]);
    if (s.endsWith("е")) finite([s], "ет", ["ют"]);
    adjectives(out, root + "им", "participle");
    adjectives(out, root + (hush ? "ащ" : "ящ"), "agent-participle", true);
    for (const alt of alternations(root)) {
      for (const e of ["ен", "ена", "ено", "ены", "ён", "ёна", "ёно", "ёны"]) add(out, alt + e, "passive");
      adjectives(out, alt + "енн", "participle");
    }
    return out;
  }
  if (s.endsWith("ну")) {
    finite([s.slice(0, -1)], "ет", ["ут"]);
    return out;
  }
  return out;
}

const VOICELESS = new Set(["п", "т", "к", "қ", "с", "ш", "щ", "ф", "х", "һ", "ц", "ч"]);
const KK_VOWELS = new Set(["а", "о", "ұ", "ы", "я", "ё", "ю", "э", "ә", "е", "ө", "ү", "і", "и", "у"]);

function last(s: string): string {
  return s.charAt(s.length - 1);
}

/**
 * The passive stem: айқында → айқындал, бекіт → бекітіл, бөл → бөлін, ал → алын, and -н after a
 * vowel that follows л (белгіле → белгілен, төле → төлен, бағала → бағалан).
 */
export function kazakhPassiveStem(stem: string): string {
  const back = isBack(stem);
  const l = last(stem);
  if (KK_VOWELS.has(l)) return stem + (stem.charAt(stem.length - 2) === "л" ? "н" : "л");
  if (l === "л") return stem + (back ? "ын" : "ін");
  return stem + (back ? "ыл" : "іл");
}

/** Forms of one (active or passive) Kazakh verb stem. */
function kazakhStemForms(out: Map<string, VerbTag>, stem: string, finiteTag: VerbForm): void {
  const passive = finiteTag === "passive";
  const back = isBack(stem);
  const p = (b: string, f: string) => (back ? b : f);
  const l = last(stem);
  const vowelEnd = KK_VOWELS.has(l);
  const voiceless = VOICELESS.has(l);
  // present-future 3rd person: айқындайды, бекітеді; negative: айқындамайды, бекітпейді
  const converb = vowelEnd ? stem + "й" : stem + p("а", "е");
  add(out, converb + p("ды", "ді"), finiteTag, passive);
  add(out, converb, "converb", passive);
  // negation: -ма after vowels and л р й у, -ба after з ж м н ң, -па after voiceless consonants
  const neg = stem + (voiceless ? p("па", "пе") : /[зжмнң]$/u.test(stem) ? p("ба", "бе") : p("ма", "ме"));
  add(out, neg + p("йды", "йді"), finiteTag, passive, true);
  add(out, neg + "у", "verbal-noun", passive, true);
  // converb in -ып/-іп/-п: чained clauses ("қарап, шешім қабылдайды")
  add(out, stem + (vowelEnd ? "п" : p("ып", "іп")), "converb", passive);
  // imperative 3rd person: айқындасын, бекітілсін
  add(out, stem + p("сын", "сін"), finiteTag === "passive" ? "passive" : "other", passive);
  // participles: -атын/-йтын (habitual), -ған/-қан (past), -ар/-р (future)
  for (const e of ["", "дар", "дер", "лар", "лер"]) {
    add(out, converb + p("тын", "тін") + e, finiteTag === "passive" ? "participle" : "agent-participle", passive);
  }
  const past = stem + (voiceless ? p("қан", "кен") : p("ған", "ген"));
  add(out, past, finiteTag === "passive" ? "participle" : "agent-participle", passive);
  for (const e of ["ы", "і", "дар", "дер", "дай", "дей", "ға", "ге", "да", "де", "нан", "нен"]) add(out, past + e, "participle", passive);
  // verbal noun in -у and its cases: айқындау, айқындауға, айқындауы, айқындаудың ...
  const vn = (vowelEnd && /[ыі]$/u.test(stem) ? stem.slice(0, -1) : stem) + "у";
  for (const e of ["", "ға", "ге", "ы", "і", "ын", "ін", "ына", "іне", "ының", "інің", "ды", "ді", "дың", "дің", "да", "де", "дан", "ден", "мен"]) {
    add(out, vn + e, "verbal-noun", passive);
  }
  // (not the doer's noun in -шы/-ші: "өтініш беруші", "тапсырыс беруші", "бағалаушы" name a person and state no
  // action, even beside a modal word: "Уәкілетті орган өтініш беруші ұсынған мәліметтерді тексеруге құқылы")
}

/** Forms of a Kazakh verb stem (imperative 2nd person singular: айқында, бекіт, бер), both voices. */
export function kazakhVerbForms(stem: string): Map<string, VerbTag> {
  const out = new Map<string, VerbTag>();
  const s = stem.toLowerCase();
  kazakhStemForms(out, kazakhPassiveStem(s), "passive");
  kazakhStemForms(out, s, "active");
  return out;
}

/**
 * Voice and mood of a Russian token that a `stem~` pattern matched (no paradigm was generated for
 * it). Decided by the ending; undefined when the ending says nothing (a noun, an adverb).
 */
export function russianVerbTagOf(token: string): VerbTag | undefined {
  if (/(ть|ти|чь)ся$/u.test(token)) return tagOf("infinitive", true);
  if (/(ть|ти|чь)$/u.test(token)) return tagOf("infinitive", false);
  if (/(ющ|ащ|ящ|вш)(ий|ая|ее|ие|его|ему|им|ем|ей|ую|их|ими)$/u.test(token)) return tagOf("agent-participle", false);
  if (/(ем|им|нн)(ый|ая|ое|ые|ого|ому|ым|ом|ой|ую|ых|ыми)$/u.test(token)) return tagOf("participle", true);
  if (/(ет|ит|ют|ят|ут|ат)ся$/u.test(token) || /(лся|лась|лось|лись)$/u.test(token)) return tagOf("passive", true);
  if (/(ен|ена|ено|ены|ан|ана|ано|аны)$/u.test(token)) return tagOf("passive", true);
  if (/(ет|ит|ют|ят|ут|ат)$/u.test(token)) return tagOf("active", false);
  return undefined;
}
