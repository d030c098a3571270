/**
 * The CLI's own words in kk, ru and en (rule texts come from the rulebook, file problems from
 * documents/errors). One run speaks one language: the one `resolveLocale` picks.
 */
import { ruPlural } from "../documents/errors";
import type { Lang, Severity } from "../engine";

export interface CliText {
  readonly error: string;
  readonly warning: string;
  readonly units: string;
  readonly severity: Readonly<Record<Severity, string>>;
  fileSummary(n: number, sev: Readonly<Record<Severity, number>>): string;
  /** `files`: files read and checked; files that could not be read are the `errors`. */
  total(files: number, findings: number, sev: Readonly<Record<Severity, number>>, errors: number): string;
  readonly noInputs: string;
  noneFound(paths: string): string;
  readonly jsonlWithPaths: string;
  reportWritten(file: string): string;
  annotated(target: string): string;
  /** A copy written under another name because `other` already took the first one. */
  annotatedRenamed(target: string, other: string): string;
  readonly annotateDocxOnly: string;
  /** Part of a conclusion's file name: "<draft> - <conclusionFile>.docx". */
  readonly conclusionFile: string;
  conclusionWritten(target: string): string;
  conclusionRenamed(target: string, other: string): string;
  headerFooterSkipped(n: number): string;
  rulebookInvalid(detail: string): string;
  readonly usage: {
    unknownOption(option: string): string;
    unknownCommand(command: string): string;
    invalidChoice(option: string, value: string, choices: string): string;
    missingArgument(name: string): string;
    optionMissingArgument(option: string): string;
    excessArguments(command: string): string;
    badSize(value: string): string;
    other(detail: string): string;
    hint(command: string): string;
  };
  readonly jsonl: {
    cannotRead(file: string, cause: string): string;
    badLines(n: number): string;
  };
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

const TEXTS: Readonly<Record<Lang, CliText>> = {
  kk: {
    error: "қате",
    warning: "назар аударыңыз",
    units: "қатысты бөлімшелер",
    severity: { high: "жоғары", medium: "орташа", low: "төмен" },
    // Kazakh nouns after a numeral stay singular.
    fileSummary: (n, s) => `${n} ескерту (жоғары: ${s.high}, орташа: ${s.medium}, төмен: ${s.low})`,
    total: (files, n, s, errors) => `Барлығы: ${files} файл тексерілді, ${n} ескерту (жоғары: ${s.high}, орташа: ${s.medium}, төмен: ${s.low}), ${errors} қате`,
    noInputs: "тексерілетін файлдарды не қалталарды, немесе --jsonl <файл> беріңіз (adal scan --help)",
    noneFound: (paths) => `${paths} ішінде .docx, .txt не .md файлдары табылмады`,
    jsonlWithPaths: "--jsonl деректерді көрсетілген файлдан алады; жолдарды қоса бермеңіз",
    reportWritten: (file) => `Есеп жазылды: ${file}`,
    annotated: (target) => `Түсініктемелері бар көшірме: ${target}`,
    annotatedRenamed: (target, other) => `Түсініктемелері бар көшірме: ${target} (бастапқы атау ${other} файлына берілді)`,
    annotateDocxOnly: "--annotate тек .docx көшірмелерін жазады; бұл Word құжаты емес",
    conclusionFile: "сараптама қорытындысы",
    conclusionWritten: (target) => `Сараптама қорытындысы: ${target}`,
    conclusionRenamed: (target, other) => `Сараптама қорытындысы: ${target} (бастапқы атау ${other} файлына берілді)`,
    headerFooterSkipped: (n) => `колонтитулдардағы ${n} ескертуге түсініктеме қосылмады (Word онда түсініктемеге рұқсат бермейді)`,
    rulebookInvalid: (detail) => `ережелер жинағы жарамсыз: ${detail}`,
    usage: {
      unknownOption: (o) => `белгісіз опция ${o}`,
      unknownCommand: (c) => `белгісіз команда ${c}`,
      invalidChoice: (o, v, c) => `${o} опциясы үшін «${v}» мәні жарамсыз; рұқсат етілгені: ${c}`,
      missingArgument: (n) => `міндетті аргумент жоқ: ${n}`,
      optionMissingArgument: (o) => `${o} опциясына мән берілмеген`,
      excessArguments: (c) => `${c} командасына артық аргументтер берілді`,
      badSize: (v) => `--max-size оң мегабайт санын күтеді, берілгені «${v}»`,
      other: (d) => `пайдалану қатесі (${d})`,
      hint: (c) => `(${c} --help)`,
    },
    jsonl: {
      cannotRead: (file, cause) => `${file} оқылмады: ${cause}`,
      badLines: (n) => `${n} жол оқылмады; "error" өрістерін қараңыз`,
    },
    html: {
      title: "Сыбайлас жемқорлыққа қарсы сараптама нәтижелері",
      findings: "Ескертулер",
      provision: "Ереже",
      factor: "Сыбайлас жемқорлық факторы",
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
    warning: "предупреждение",
    units: "затронутые подразделения",
    severity: { high: "высокий", medium: "средний", low: "низкий" },
    fileSummary: (n, s) => `${n} ${ruPlural(n, "замечание", "замечания", "замечаний")} (высокий: ${s.high}, средний: ${s.medium}, низкий: ${s.low})`,
    total: (files, n, s, errors) =>
      `Итого: ${ruPlural(files, "проверен", "проверено", "проверено")} ${files} ${ruPlural(files, "файл", "файла", "файлов")}, ${n} ${ruPlural(n, "замечание", "замечания", "замечаний")} (высокий: ${s.high}, средний: ${s.medium}, низкий: ${s.low}), ${errors} ${ruPlural(errors, "ошибка", "ошибки", "ошибок")}`,
    noInputs: "укажите файлы или папки для проверки либо --jsonl <файл> (adal scan --help)",
    noneFound: (paths) => `в ${paths} нет файлов .docx, .txt или .md`,
    jsonlWithPaths: "--jsonl берёт данные из указанного файла; не указывайте пути одновременно с ним",
    reportWritten: (file) => `Отчёт записан: ${file}`,
    annotated: (target) => `Копия с комментариями: ${target}`,
    annotatedRenamed: (target, other) => `Копия с комментариями: ${target} (исходное имя занято файлом ${other})`,
    annotateDocxOnly: "--annotate записывает только копии .docx; этот файл не документ Word",
    conclusionFile: "заключение экспертизы",
    conclusionWritten: (target) => `Заключение экспертизы: ${target}`,
    conclusionRenamed: (target, other) => `Заключение экспертизы: ${target} (исходное имя занято файлом ${other})`,
    headerFooterSkipped: (n) => `${n} ${ruPlural(n, "замечание", "замечания", "замечаний")} в колонтитулах без комментария (Word не допускает там комментарии)`,
    rulebookInvalid: (detail) => `свод правил некорректен: ${detail}`,
    usage: {
      unknownOption: (o) => `неизвестный параметр ${o}`,
      unknownCommand: (c) => `неизвестная команда ${c}`,
      invalidChoice: (o, v, c) => `недопустимое значение «${v}» параметра ${o}; допустимы: ${c}`,
      missingArgument: (n) => `не указан обязательный аргумент ${n}`,
      optionMissingArgument: (o) => `у параметра ${o} не указано значение`,
      excessArguments: (c) => `лишние аргументы для команды ${c}`,
      badSize: (v) => `--max-size ожидает положительное число мегабайт, получено «${v}»`,
      other: (d) => `ошибка вызова (${d})`,
      hint: (c) => `(${c} --help)`,
    },
    jsonl: {
      cannotRead: (file, cause) => `не удалось прочитать ${file}: ${cause}`,
      badLines: (n) => `${n} ${ruPlural(n, "строка не прочитана", "строки не прочитаны", "строк не прочитано")}; см. поля "error"`,
    },
    html: {
      title: "Результаты антикоррупционной экспертизы",
      findings: "Замечания",
      provision: "Положение",
      factor: "Коррупциогенный фактор",
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
    warning: "warning",
    units: "affected units",
    severity: { high: "high", medium: "medium", low: "low" },
    fileSummary: (n, s) => `${n} ${n === 1 ? "finding" : "findings"} (high: ${s.high}, medium: ${s.medium}, low: ${s.low})`,
    total: (files, n, s, errors) =>
      `Total: ${files} ${files === 1 ? "file" : "files"} checked, ${n} ${n === 1 ? "finding" : "findings"} (high: ${s.high}, medium: ${s.medium}, low: ${s.low}), ${errors} ${errors === 1 ? "error" : "errors"}`,
    noInputs: "give files or folders to scan, or --jsonl <file> (adal scan --help)",
    noneFound: (paths) => `no .docx, .txt or .md files found in ${paths}`,
    jsonlWithPaths: "--jsonl takes its input from the given file; do not also pass paths",
    reportWritten: (file) => `Report written to ${file}`,
    annotated: (target) => `Commented copy: ${target}`,
    annotatedRenamed: (target, other) => `Commented copy: ${target} (the original name was taken by ${other})`,
    annotateDocxOnly: "--annotate writes .docx copies only; this file is not a Word document",
    conclusionFile: "expertise conclusion",
    conclusionWritten: (target) => `Expertise conclusion: ${target}`,
    conclusionRenamed: (target, other) => `Expertise conclusion: ${target} (the original name was taken by ${other})`,
    headerFooterSkipped: (n) => `${n} ${n === 1 ? "finding" : "findings"} in headers or footers were not commented (Word has no comments there)`,
    rulebookInvalid: (detail) => `the rulebook is invalid: ${detail}`,
    usage: {
      unknownOption: (o) => `unknown option ${o}`,
      unknownCommand: (c) => `unknown command ${c}`,
      invalidChoice: (o, v, c) => `"${v}" is not a valid value of ${o}; choose one of ${c}`,
      missingArgument: (n) => `missing required argument ${n}`,
      optionMissingArgument: (o) => `option ${o} needs a value`,
      excessArguments: (c) => `too many arguments for ${c}`,
      badSize: (v) => `--max-size expects a positive number of megabytes, got "${v}"`,
      other: (d) => `usage error (${d})`,
      hint: (c) => `(see ${c} --help)`,
    },
    jsonl: {
      cannotRead: (file, cause) => `cannot read ${file}: ${cause}`,
      badLines: (n) => `${n} ${n === 1 ? "line" : "lines"} could not be read; see the "error" fields`,
    },
    html: {
      title: "Anti-corruption review",
      findings: "Findings",
      provision: "Provision",
      factor: "Corruption factor",
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

/**
 * The language of one run: `--locale`, else the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG; "kk_KZ.UTF-8" → kk), else `fallback` (on Windows, which
 * has no LANG, the caller passes the user's Intl locale), else English.
 */
export function resolveLocale(flag: Lang | undefined, env: NodeJS.ProcessEnv, fallback?: string): Lang {
  if (flag) return flag;
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return langOf(posix ?? fallback) ?? "en";
}

function langOf(tag: string | undefined): Lang | undefined {
  const m = /^([a-z]{2,3})(?:[_-]|$|\.)/iu.exec(tag ?? "");
  const lang = m?.[1]?.toLowerCase();
  if (lang === "kk" || lang === "kz") return "kk";
  if (lang === "ru") return "ru";
  if (lang === "en") return "en";
  return undefined;
}
