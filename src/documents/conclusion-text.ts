/** The words of the expertise conclusion in the reviewer's language (kk, ru; en as a courtesy). */
import type { Lang, Severity } from "../engine/types";
import { bareNumber, isSubItem } from "./citation";
import { ruPlural } from "./errors";

export interface ConclusionWords {
  readonly title: string;
  readonly subtitle: string;
  readonly generalHeading: string;
  readonly draft: string;
  readonly developer: string;
  readonly reviewer: string;
  readonly position: string;
  readonly date: string;
  readonly basis: string;
  readonly basisText: string;
  readonly subject: string;
  readonly subjectText: string;
  readonly scope: (paragraphs: number) => string;
  readonly summaryHeading: string;
  readonly col: { readonly no: string; readonly provision: string; readonly excerpt: string; readonly factor: string; readonly severity: string; readonly clauses: string };
  readonly detailsHeading: string;
  readonly provisionText: string;
  readonly factor: string;
  readonly reasoning: string;
  readonly recommendation: string;
  readonly proposed: string;
  readonly proposedNone: string;
  readonly severity: Readonly<Record<Severity, string>>;
  /** An item ("26."), or a sub-item ("1)") with the item it belongs to when known. */
  readonly item: (label: string, parent: string | undefined) => string;
  readonly paragraph: (n: number) => string;
  readonly header: string;
  readonly footer: string;
  readonly unitsHeading: string;
  readonly unitsNone: string;
  readonly conclusionHeading: string;
  readonly found: (count: number, provisions: number, sev: Readonly<Record<Severity, number>>) => string;
  readonly revise: string;
  readonly clean: string;
  readonly agree: (units: string) => string;
  readonly agreeNone: string;
  readonly tool: string;
  readonly signature: string;
  readonly signatureLine: string;
}

const KK: ConclusionWords = {
  title: "Ішкі нормативтік құжат жобасына сыбайлас жемқорлыққа қарсы сараптаманың қорытындысы",
  subtitle: "(Сыбайлас жемқорлыққа қарсы саясаттың 4.7.1-тармағы)",
  generalHeading: "1. Жалпы мәліметтер",
  draft: "Жоба",
  developer: "Әзірлеуші бөлімше",
  reviewer: "Сарапшы",
  position: "Лауазымы",
  date: "Күні",
  basis: "Негіздеме",
  basisText: "Сыбайлас жемқорлыққа қарсы саясаттың 4.7.1-тармағы; 1-қосымшаның 3-бөлігі (ішкі нормативтік құжаттардың жобаларын дайындау)",
  subject: "Сараптама мәні",
  subjectText: "жобада сыбайлас жемқорлық көріністеріне себептер мен жағдайлар жасайтын ережелерді (сыбайлас жемқорлық факторларын) анықтау және оларды жою бойынша ұсынымдар әзірлеу",
  scope: (n) => `Жобаның ${n} абзацы тексерілді.`,
  summaryHeading: "2. Сыбайлас жемқорлық факторлары бар ережелердің жиынтық кестесі",
  col: { no: "№", provision: "Тармақ", excerpt: "Үзінді", factor: "Сыбайлас жемқорлық факторы", severity: "Тәуекел деңгейі", clauses: "Саясат тармақтары" },
  detailsHeading: "3. Ережелерді талдау",
  provisionText: "Ереже мәтіні",
  factor: "Сыбайлас жемқорлық факторы",
  reasoning: "Негіздеме",
  recommendation: "Ұсыным",
  proposed: "Ұсынылатын редакция",
  proposedNone: "ұсынымға сәйкес әзірлеуші дайындайды",
  severity: { high: "жоғары", medium: "орташа", low: "төмен" },
  item: (label, parent) => (isSubItem(label) ? (parent ? `${bareNumber(parent)}-тармақтың ${label} тармақшасы` : `${label} тармақша`) : `${bareNumber(label)}-тармақ`),
  paragraph: (n) => `${n}-абзац`,
  header: "жоғарғы колонтитул",
  footer: "төменгі колонтитул",
  unitsHeading: "4. Жоба келісілуге тиіс бөлімшелер (1-қосымша, 3.5)",
  unitsNone: "Жоба басқа құрылымдық бөлімшелердің мүдделерін қозғамайды.",
  conclusionHeading: "5. Қорытынды",
  found: (count, provisions, s) => `Жобаның ${provisions} ережесінде ${count} ескерту (сыбайлас жемқорлық факторы) анықталды: жоғары деңгей — ${s.high}, орташа — ${s.medium}, төмен — ${s.low}.`,
  revise: "Жобаны осы қорытындының ұсынымдарын ескере отырып пысықтап, бекітуге дейін қайта сараптамаға ұсыну қажет.",
  clean: "Жобада сыбайлас жемқорлық факторлары анықталған жоқ.",
  agree: (units) => `Жоба мына бөлімшелермен келісілуге тиіс: ${units}.`,
  agreeNone: "Басқа бөлімшелермен келісу талап етілмейді.",
  tool: "Ережелер Adal бағдарламасымен тексерілді; қорытындыны сарапшы өз қолымен растайды.",
  signature: "Сарапшы",
  signatureLine: "(қолы)",
};

const RU: ConclusionWords = {
  title: "Заключение антикоррупционной экспертизы проекта внутреннего нормативного документа",
  subtitle: "(пункт 4.7.1 Антикоррупционной политики)",
  generalHeading: "1. Общие сведения",
  draft: "Проект",
  developer: "Подразделение-разработчик",
  reviewer: "Эксперт",
  position: "Должность",
  date: "Дата",
  basis: "Основание",
  basisText: "пункт 4.7.1 Антикоррупционной политики; часть 3 приложения 1 (подготовка проектов внутренних нормативных документов)",
  subject: "Предмет экспертизы",
  subjectText: "выявление в проекте положений, способствующих созданию условий для проявления коррупции (коррупциогенных факторов), и выработка рекомендаций по их устранению",
  scope: (n) => `Проверено ${n} ${ruPlural(n, "абзац", "абзаца", "абзацев")} проекта.`,
  summaryHeading: "2. Сводная таблица положений, содержащих коррупциогенные факторы",
  col: { no: "№", provision: "Пункт", excerpt: "Фрагмент", factor: "Коррупциогенный фактор", severity: "Степень риска", clauses: "Пункты Политики" },
  detailsHeading: "3. Анализ положений",
  provisionText: "Текст положения",
  factor: "Коррупциогенный фактор",
  reasoning: "Обоснование",
  recommendation: "Рекомендация",
  proposed: "Предлагаемая редакция",
  proposedNone: "готовит разработчик в соответствии с рекомендацией",
  severity: { high: "высокая", medium: "средняя", low: "низкая" },
  item: (label, parent) => (isSubItem(label) ? (parent ? `Подпункт ${label} пункта ${bareNumber(parent)}` : `Подпункт ${label}`) : `Пункт ${bareNumber(label)}`),
  paragraph: (n) => `Абзац ${n}`,
  header: "верхний колонтитул",
  footer: "нижний колонтитул",
  unitsHeading: "4. Подразделения, с которыми проект подлежит согласованию (приложение 1, 3.5)",
  unitsNone: "Проект не затрагивает интересов других структурных подразделений.",
  conclusionHeading: "5. Выводы",
  found: (count, provisions, s) =>
    `В ${provisions} ${ruPlural(provisions, "положении", "положениях", "положениях")} проекта ${ruPlural(count, "выявлено", "выявлено", "выявлено")} ${count} ${ruPlural(count, "замечание", "замечания", "замечаний")} (коррупциогенных факторов): высокой степени риска — ${s.high}, средней — ${s.medium}, низкой — ${s.low}.`,
  revise: "Проект подлежит доработке с учётом рекомендаций настоящего заключения и повторному представлению на экспертизу до утверждения.",
  clean: "Коррупциогенные факторы в проекте не выявлены.",
  agree: (units) => `Проект подлежит согласованию с подразделениями: ${units}.`,
  agreeNone: "Согласование с другими подразделениями не требуется.",
  tool: "Положения проверены с помощью программы Adal; заключение подтверждает эксперт своей подписью.",
  signature: "Эксперт",
  signatureLine: "(подпись)",
};

const EN: ConclusionWords = {
  title: "Conclusion of the anti-corruption expertise of a draft internal regulation",
  subtitle: "(Anti-corruption policy, clause 4.7.1)",
  generalHeading: "1. General details",
  draft: "Draft",
  developer: "Drafting unit",
  reviewer: "Expert",
  position: "Position",
  date: "Date",
  basis: "Basis",
  basisText: "clause 4.7.1 of the Anti-corruption policy; Annex 1, part 3 (drafting internal regulations)",
  subject: "Subject",
  subjectText: "finding provisions of the draft that create causes and conditions for corruption (corruption factors) and recommending how to remove them",
  scope: (n) => `${n} ${n === 1 ? "paragraph" : "paragraphs"} of the draft were checked.`,
  summaryHeading: "2. Summary of provisions with corruption factors",
  col: { no: "No.", provision: "Item", excerpt: "Wording", factor: "Corruption factor", severity: "Risk", clauses: "Policy clauses" },
  detailsHeading: "3. Analysis of the provisions",
  provisionText: "Text of the provision",
  factor: "Corruption factor",
  reasoning: "Reasoning",
  recommendation: "Recommendation",
  proposed: "Proposed wording",
  proposedNone: "to be drafted by the developer following the recommendation",
  severity: { high: "high", medium: "medium", low: "low" },
  item: (label, parent) => (isSubItem(label) ? (parent ? `Item ${bareNumber(parent)}, sub-item ${label}` : `Sub-item ${label}`) : `Item ${bareNumber(label)}`),
  paragraph: (n) => `Paragraph ${n}`,
  header: "header",
  footer: "footer",
  unitsHeading: "4. Units the draft must be agreed with (Annex 1, 3.5)",
  unitsNone: "The draft does not affect the interests of other units.",
  conclusionHeading: "5. Conclusion",
  found: (count, provisions, s) => `${count} ${count === 1 ? "finding" : "findings"} (corruption factors) in ${provisions} ${provisions === 1 ? "provision" : "provisions"} of the draft: ${s.high} high, ${s.medium} medium and ${s.low} low risk.`,
  revise: "The draft is to be revised following the recommendations of this conclusion and submitted for expertise again before approval.",
  clean: "No corruption factors were found in the draft.",
  agree: (units) => `The draft must be agreed with: ${units}.`,
  agreeNone: "No agreement with other units is required.",
  tool: "The provisions were checked with Adal; the expert confirms this conclusion by signing it.",
  signature: "Expert",
  signatureLine: "(signature)",
};

export const CONCLUSION_WORDS: Readonly<Record<Lang, ConclusionWords>> = { kk: KK, ru: RU, en: EN };
