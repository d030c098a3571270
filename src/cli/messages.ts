/** The CLI's own words in kk, ru and en (rule texts come from the rulebook). */
import type { Lang, Severity } from "../engine";

export interface CliText {
  readonly error: string;
  readonly units: string;
  readonly severity: Readonly<Record<Severity, string>>;
  fileSummary(n: number, sev: Readonly<Record<Severity, number>>): string;
  total(files: number, findings: number, sev: Readonly<Record<Severity, number>>, errors: number): string;
  readonly html: {
    readonly title: string;
    readonly findings: string;
    readonly provision: string;
    readonly factor: string;
    readonly clause: string;
    readonly recommendation: string;
    readonly suggestion: string;
    readonly affectedUnits: string;
    readonly noFindings: string;
    readonly text: string;
    readonly generated: string;
  };
}

function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

const TEXTS: Readonly<Record<Lang, CliText>> = {
  kk: {
    error: "қате",
    units: "қатысты бөлімшелер",
    severity: { high: "жоғары", medium: "орташа", low: "төмен" },
    // Kazakh nouns after a numeral stay singular.
    fileSummary: (n, s) => `${n} ескерту (жоғары: ${s.high}, орташа: ${s.medium}, төмен: ${s.low})`,
    total: (files, n, s, errors) => `Барлығы: ${files} файл, ${n} ескерту (жоғары: ${s.high}, орташа: ${s.medium}, төмен: ${s.low}), ${errors} қате`,
    html: {
      title: "Сыбайлас жемқорлыққа қарсы сараптама нәтижелері",
      findings: "Ескертулер",
      provision: "Ереже",
      factor: "Фактор",
      clause: "Тармақ",
      recommendation: "Ұсыным",
      suggestion: "Ұсынылатын редакция",
      affectedUnits: "Келісуге жататын бөлімшелер (A1.3.5)",
      noFindings: "Ескерту жоқ.",
      text: "Мәтін",
      generated: "Жасалған күні",
    },
  },
  ru: {
    error: "ошибка",
    units: "затронутые подразделения",
    severity: { high: "высокий", medium: "средний", low: "низкий" },
    fileSummary: (n, s) => `${n} ${ruPlural(n, "замечание", "замечания", "замечаний")} (высокий: ${s.high}, средний: ${s.medium}, низкий: ${s.low})`,
    total: (files, n, s, errors) =>
      `Итого: ${files} ${ruPlural(files, "файл", "файла", "файлов")}, ${n} ${ruPlural(n, "замечание", "замечания", "замечаний")} (высокий: ${s.high}, средний: ${s.medium}, низкий: ${s.low}), ${errors} ${ruPlural(errors, "ошибка", "ошибки", "ошибок")}`,
    html: {
      title: "Результаты антикоррупционной экспертизы",
      findings: "Замечания",
      provision: "Положение",
      factor: "Фактор",
      clause: "Пункт",
      recommendation: "Рекомендация",
      suggestion: "Предлагаемая редакция",
      affectedUnits: "Подразделения для согласования (A1.3.5)",
      noFindings: "Замечаний нет.",
      text: "Текст",
      generated: "Дата",
    },
  },
  en: {
    error: "error",
    units: "affected units",
    severity: { high: "high", medium: "medium", low: "low" },
    fileSummary: (n, s) => `${n} ${n === 1 ? "finding" : "findings"} (high: ${s.high}, medium: ${s.medium}, low: ${s.low})`,
    total: (files, n, s, errors) =>
      `Total: ${files} ${files === 1 ? "file" : "files"}, ${n} ${n === 1 ? "finding" : "findings"} (high: ${s.high}, medium: ${s.medium}, low: ${s.low}), ${errors} ${errors === 1 ? "error" : "errors"}`,
    html: {
      title: "Anti-corruption review",
      findings: "Findings",
      provision: "Provision",
      factor: "Factor",
      clause: "Clause",
      recommendation: "Recommendation",
      suggestion: "Suggested wording",
      affectedUnits: "Units to agree with (A1.3.5)",
      noFindings: "No findings.",
      text: "Text",
      generated: "Generated",
    },
  },
};

export function cliText(locale: Lang): CliText {
  return TEXTS[locale];
}
