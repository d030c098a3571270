/**
 * A short regulation written for these tests in Russian and in a faithful Kazakh translation, and
 * edits that make one version say something else. Each edit is applied to either version, so
 * every kind of difference is tested in both directions.
 */
import { createEngine, type Lang } from "../../src/engine";
import { createComparer, type Comparison } from "../../src/engine/bilingual";
import { DEFAULT_BILINGUAL_BOOK } from "../../src/rulebook/bilingual";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

export const engine = createEngine(DEFAULT_RULEBOOK);
export const comparer = createComparer(engine, DEFAULT_BILINGUAL_BOOK);

export const RU: readonly string[] = [
  "1. Общие положения",
  "1.1. Настоящие Правила определяют порядок выдачи служебных удостоверений работникам Предприятия.",
  "1.2. Удостоверение выдается отделом кадров в течение 5 рабочих дней со дня подачи заявления.",
  "1.3. Работник обязан сдать удостоверение в течение трех рабочих дней со дня увольнения.",
  "1.4. Дубликат удостоверения не выдается.",
  "2. Порядок выдачи",
  "2.1. Для получения удостоверения работник представляет:",
  "1) заявление;",
  "2) 2 фотографии размером 3х4 сантиметра;",
  "3) копию приказа о назначении.",
  "2.2. Оплата изготовления удостоверения производится за счет средств Предприятия в размере не более 2 МРП.",
  "2.3. Споры разрешаются в соответствии с Трудовым кодексом Республики Казахстан.",
  "2.4. Контроль за исполнением настоящих Правил возлагается на юридический отдел.",
  "2.5. Настоящие Правила вводятся в действие с 1 января 2027 года.",
  "2.6. Срок, указанный в пункте 1.2, исчисляется со дня регистрации заявления.",
  "2.7. Решение об отказе в выдаче удостоверения принимает директор.",
];

export const KK: readonly string[] = [
  "1. Жалпы ережелер",
  "1.1. Осы Қағидалар Кәсіпорын қызметкерлеріне қызметтік куәліктер беру тәртібін айқындайды.",
  "1.2. Куәлікті кадр қызметі өтініш берілген күннен бастап 5 жұмыс күні ішінде береді.",
  "1.3. Қызметкер жұмыстан шығарылған күннен бастап үш жұмыс күні ішінде куәлікті тапсыруға міндетті.",
  "1.4. Куәліктің телнұсқасы берілмейді.",
  "2. Беру тәртібі",
  "2.1. Куәлікті алу үшін қызметкер мыналарды ұсынады:",
  "1) өтініш;",
  "2) көлемі 3х4 сантиметр 2 фотосурет;",
  "3) тағайындау туралы бұйрықтың көшірмесі.",
  "2.2. Куәлікті дайындауға ақы төлеу Кәсіпорын қаражаты есебінен 2 АЕК-тен аспайтын мөлшерде жүргізіледі.",
  "2.3. Даулар Қазақстан Республикасының Еңбек кодексіне сәйкес шешіледі.",
  "2.4. Осы Қағидалардың орындалуын бақылау заң бөліміне жүктеледі.",
  "2.5. Осы Қағидалар 2027 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
  "2.6. 1.2-тармақта көрсетілген мерзім өтініш тіркелген күннен бастап есептеледі.",
  "2.7. Куәлікті беруден бас тарту туралы шешімді директор қабылдайды.",
];

export type Version = readonly string[];

/** Replaces the paragraph starting with `label` (or removes it when `text` is null). */
export function edit(v: Version, label: string, text: string | null): string[] {
  const i = v.findIndex((p) => p.startsWith(label));
  if (i < 0) throw new Error(`no paragraph ${label}`);
  return text === null ? [...v.slice(0, i), ...v.slice(i + 1)] : [...v.slice(0, i), text, ...v.slice(i + 1)];
}

export function compare(first: Version, second: Version, langs?: readonly [Lang, Lang]): Comparison {
  const para = (v: Version) => v.map((text) => ({ text }));
  return comparer.compare({ paragraphs: para(first), ...(langs ? { lang: langs[0] } : {}) }, { paragraphs: para(second), ...(langs ? { lang: langs[1] } : {}) }, { locale: "ru" });
}
