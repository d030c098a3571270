/**
 * The official name of each corruption factor, as an expertise conclusion names it, in kk, ru
 * and en. One table for the Word pane, the CLI reports and the expertise conclusion.
 *
 * ru: the names of the Methodology approved by RF Government Decree No. 96 of 26.02.2010
 * (items 3 а–и, 4 а–в), which Kazakh scientific anti-corruption expertise uses too, as listed in
 * shared/corpus/FACTORS.md; where FACTORS.md gives a Kazakh practice term ("оценочные понятия",
 * "отсылочная норма", "неисчерпывающий перечень"), that term. The conclusion form of Orenburg
 * (https://orenb-gov.ru/doc/19151) lists the same names, with "отсутствие контроля" and
 * "отсутствие ответственности служащих".
 * kk: Kazakh expertise texts seen (shared/design/corruption-factors.md §1a) use
 * "сыбайлас жемқорлық факторлары", "дискрециялық өкілеттіктердің кеңдігі", "құқықтық олқылық" and
 * "құжаттардың толық емес тізбесі" (FACTORS.md); the other names follow the Kazakh legal
 * vocabulary of the same sources ("құқылы", "рәсім", "бланкеттік", "коллизия") and the
 * proposals of corruption-factors.md §2. No official Kazakh list was found to check them
 * against: the Enterprise's legal unit should confirm them.
 */
import type { FactorId, Localized } from "../types";

export const FACTOR_NAMES: Readonly<Record<FactorId, Localized>> = {
  broad_discretion: {
    kk: "Дискрециялық өкілеттіктердің кеңдігі",
    ru: "Широта дискреционных полномочий",
    en: "Broad discretionary powers",
  },
  may_formula: {
    kk: "Құзыретті «құқылы» формуласы бойынша айқындау",
    ru: "Определение компетенции по формуле «вправе»",
    en: "Competence defined by the “may” formula",
  },
  selective_rights: {
    kk: "Құқықтар көлемін іріктеп өзгерту",
    ru: "Выборочное изменение объёма прав",
    en: "Selective change of the scope of rights",
  },
  excessive_rulemaking: {
    kk: "Заңға тәуелді норма шығармашылығының шамадан тыс еркіндігі",
    ru: "Чрезмерная свобода подзаконного нормотворчества",
    en: "Excessive freedom of subordinate rule-making",
  },
  beyond_competence: {
    kk: "Құзыреттен тыс акт қабылдау",
    ru: "Принятие акта за пределами компетенции",
    en: "Adoption of an act beyond competence",
  },
  gap: {
    kk: "Құқықтық олқылық",
    ru: "Правовой пробел",
    en: "Legal gap",
  },
  no_procedure: {
    kk: "Әкімшілік рәсімдердің болмауы немесе толық болмауы",
    ru: "Отсутствие или неполнота административных процедур",
    en: "Missing or incomplete procedures",
  },
  no_competitive_procedure: {
    kk: "Конкурстық (аукциондық) рәсімдерден бас тарту",
    ru: "Отказ от конкурсных (аукционных) процедур",
    en: "Waiver of competitive (auction) procedures",
  },
  collision: {
    kk: "Нормативтік коллизиялар",
    ru: "Нормативные коллизии",
    en: "Conflicting norms",
  },
  excessive_requirements: {
    kk: "Тұлғаға қойылатын шамадан тыс талаптар",
    ru: "Завышенные требования к лицу",
    en: "Excessive requirements on a person",
  },
  open_document_list: {
    kk: "Құжаттардың толық емес тізбесі",
    ru: "Отсутствие исчерпывающего перечня документов",
    en: "No exhaustive list of documents",
  },
  applicant_right_abuse: {
    kk: "Өтініш берушінің құқығын теріс пайдалану",
    ru: "Злоупотребление правом заявителя",
    en: "Abuse of the applicant's right",
  },
  legal_linguistic_uncertainty: {
    kk: "Заң-лингвистикалық айқынсыздық",
    ru: "Юридико-лингвистическая неопределённость",
    en: "Legal and linguistic uncertainty",
  },
  vague_term: {
    kk: "Бағалау ұғымдары",
    ru: "Оценочные понятия",
    en: "Evaluative terms",
  },
  no_deadline: {
    kk: "Мерзімдердің болмауы немесе айқынсыздығы",
    ru: "Отсутствие или неопределённость сроков",
    en: "Missing or uncertain deadlines",
  },
  blanket_reference: {
    kk: "Сілтемелі (бланкеттік) норма",
    ru: "Отсылочная (бланкетная) норма",
    en: "Blanket reference",
  },
  open_list: {
    kk: "Толық емес тізбе",
    ru: "Неисчерпывающий перечень",
    en: "Open-ended list",
  },
  particular_interest: {
    kk: "Жекелеген тұлғаларға артықшылық беретін нормалар",
    ru: "Нормы, создающие преимущества для отдельных лиц",
    en: "Norms favouring particular persons",
  },
  no_control_or_liability: {
    kk: "Бақылау мен жауапкершіліктің болмауы",
    ru: "Отсутствие контроля и ответственности",
    en: "No control or liability",
  },
};
