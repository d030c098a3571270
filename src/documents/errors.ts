/**
 * What can be wrong with an input file, as data, and the one line a user reads about it in
 * kk, ru or en. Readers throw `DocumentError(problem)`; hosts (the CLI, the standalone pane)
 * render `problemText(problem, locale)` in their user's language. `message` is the English
 * line, for logs and callers that do not localise.
 * Free text from libraries (zip or XML parser messages) is never shown: it would put English
 * into a Kazakh or Russian sentence. Part names and numbers are language-neutral and are kept.
 */
import type { Lang } from "../engine/types";

export type Problem =
  | { readonly kind: "empty" }
  | { readonly kind: "encrypted" }
  | { readonly kind: "legacy-doc" }
  | { readonly kind: "not-word" }
  | { readonly kind: "not-zip" }
  | { readonly kind: "no-directory" }
  | { readonly kind: "directory-damaged" }
  | { readonly kind: "zip64" }
  | { readonly kind: "duplicate-entry"; readonly entry: string }
  | { readonly kind: "entry-damaged"; readonly entry: string }
  | { readonly kind: "entry-encrypted"; readonly entry: string }
  | { readonly kind: "entry-method"; readonly entry: string; readonly method: number }
  | { readonly kind: "entry-size-lie"; readonly entry: string }
  | { readonly kind: "bomb-size"; readonly limitMb: number }
  | { readonly kind: "bomb-ratio"; readonly ratio: number }
  | { readonly kind: "xml-malformed"; readonly part: string; readonly line?: number }
  | { readonly kind: "no-body" }
  | { readonly kind: "no-content-types" }
  | { readonly kind: "xml-too-large"; readonly limitMb: number }
  | { readonly kind: "xml-too-many-tags"; readonly limit: number }
  | { readonly kind: "xml-too-deep"; readonly limit: number }
  | { readonly kind: "xml-too-many-namespaces"; readonly limit: number }
  | { readonly kind: "too-many-paragraphs"; readonly limit: number }
  | { readonly kind: "binary" }
  | { readonly kind: "file-too-large"; readonly sizeMb: number; readonly limitMb: number }
  | { readonly kind: "missing" }
  | { readonly kind: "unsupported-type"; readonly ext: string }
  | { readonly kind: "not-regular-file" }
  | { readonly kind: "symlink-outside"; readonly target: string }
  | { readonly kind: "symlink-broken" }
  | { readonly kind: "unreadable"; readonly cause: string }
  | { readonly kind: "annotate-overwrite" }
  | { readonly kind: "internal"; readonly cause: string };

export type DocumentErrorCode = "empty" | "corrupt" | "encrypted" | "legacy-doc" | "too-large" | "zip-bomb" | "not-word" | "unsupported" | "unreadable";

const CODE: Readonly<Record<Problem["kind"], DocumentErrorCode>> = {
  empty: "empty",
  encrypted: "encrypted",
  "legacy-doc": "legacy-doc",
  "not-word": "not-word",
  "not-zip": "corrupt",
  "no-directory": "corrupt",
  "directory-damaged": "corrupt",
  zip64: "unsupported",
  "duplicate-entry": "corrupt",
  "entry-damaged": "corrupt",
  "entry-encrypted": "corrupt",
  "entry-method": "corrupt",
  "entry-size-lie": "zip-bomb",
  "bomb-size": "zip-bomb",
  "bomb-ratio": "zip-bomb",
  "xml-malformed": "corrupt",
  "no-body": "corrupt",
  "no-content-types": "corrupt",
  "xml-too-large": "too-large",
  "xml-too-many-tags": "too-large",
  "xml-too-deep": "unsupported",
  "xml-too-many-namespaces": "unsupported",
  "too-many-paragraphs": "too-large",
  binary: "unsupported",
  "file-too-large": "too-large",
  missing: "unreadable",
  "unsupported-type": "unsupported",
  "not-regular-file": "unsupported",
  "symlink-outside": "unsupported",
  "symlink-broken": "unreadable",
  unreadable: "unreadable",
  "annotate-overwrite": "unsupported",
  internal: "unreadable",
};

/** A problem with one input file; the message is one line a user can act on. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;

  constructor(readonly problem: Problem) {
    super(problemText(problem, "en"));
    this.name = "DocumentError";
    this.code = CODE[problem.kind];
  }
}

type Texts = { readonly [K in Problem["kind"]]: (p: Extract<Problem, { kind: K }>) => string };

const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, sep);

const EN: Texts = {
  empty: () => "the file is empty",
  encrypted: () => "the document is password-protected; remove the password in Word and scan it again",
  "legacy-doc": () => "this is a Word 97-2003 (.doc) file; open it in Word and save it as .docx",
  "not-word": () => "not a Word document (the package has no word/document.xml)",
  "not-zip": () => "not a valid .docx (the file is not a zip package)",
  "no-directory": () => "not a valid .docx (the zip directory is missing; the file is probably truncated)",
  "directory-damaged": () => "not a valid .docx (the zip directory is damaged)",
  zip64: () => "the package is a ZIP64 archive, which a Word document of a size we accept never needs; refusing it",
  "duplicate-entry": (p) => `not a valid .docx (the package lists ${p.entry} twice)`,
  "entry-damaged": (p) => `not a valid .docx (damaged entry ${p.entry})`,
  "entry-encrypted": (p) => `not a valid .docx (entry ${p.entry} is encrypted)`,
  "entry-method": (p) => `not a valid .docx (entry ${p.entry} uses compression method ${p.method}, which Word does not write)`,
  "entry-size-lie": (p) => `${p.entry} unpacks to more than the package's directory says; refusing it as a possible zip bomb`,
  "bomb-size": (p) => `the document expands beyond ${p.limitMb} MB when unpacked; refusing it as a possible zip bomb`,
  "bomb-ratio": (p) => `the document expands more than ${p.ratio}× its size when unpacked; refusing it as a possible zip bomb`,
  "xml-malformed": (p) => `not a valid .docx (${p.part} is not well-formed XML${p.line ? `, line ${p.line}` : ""})`,
  "no-body": () => "not a valid .docx (word/document.xml has no body)",
  "no-content-types": () => "not a valid .docx ([Content_Types].xml is missing)",
  "xml-too-large": (p) => `the document's text parts are larger than ${p.limitMb} MB of XML; refusing to read it (split the document)`,
  "xml-too-many-tags": (p) => `the document has more than ${group(p.limit, ",")} XML elements; refusing to read it (split the document)`,
  "too-many-paragraphs": (p) => `the document has more than ${group(p.limit, ",")} paragraphs; refusing to read it (split the document)`,
  "xml-too-deep": (p) => `the document's XML is nested more than ${p.limit} levels deep, which Word never writes; refusing to read it`,
  "xml-too-many-namespaces": (p) => `the document's XML declares more than ${p.limit} namespaces at once, which Word never writes; refusing to read it`,
  binary: () => "this looks like a binary file, not text",
  "file-too-large": (p) => `the file is ${p.sizeMb.toFixed(1)} MB, above the ${p.limitMb} MB limit (raise it with --max-size)`,
  missing: () => "no such file or folder",
  "unsupported-type": (p) => `unsupported file type "${p.ext || "(none)"}" (scan .docx, .txt or .md)`,
  "not-regular-file": () => "not a regular file (a pipe, device or socket); not read",
  "symlink-outside": (p) => `a symbolic link to ${p.target}, outside the folders given; not followed`,
  "symlink-broken": () => "a symbolic link whose target does not exist",
  unreadable: (p) => `cannot be read (${p.cause})`,
  "annotate-overwrite": () => "--annotate must not overwrite the input; choose another folder",
  internal: (p) => `could not be read because of an internal error (${p.cause}); please report it`,
};

const RU: Texts = {
  empty: () => "файл пуст",
  encrypted: () => "документ защищён паролем; снимите пароль в Word и проверьте снова",
  "legacy-doc": () => "это файл Word 97-2003 (.doc); откройте его в Word и сохраните как .docx",
  "not-word": () => "это не документ Word (в пакете нет word/document.xml)",
  "not-zip": () => "повреждённый .docx (файл не является zip-пакетом)",
  "no-directory": () => "повреждённый .docx (нет оглавления zip; вероятно, файл обрезан)",
  "directory-damaged": () => "повреждённый .docx (оглавление zip повреждено)",
  zip64: () => "пакет в формате ZIP64, который документу Word допустимого размера не нужен; файл не принят",
  "duplicate-entry": (p) => `повреждённый .docx (${p.entry} указан в пакете дважды)`,
  "entry-damaged": (p) => `повреждённый .docx (часть ${p.entry} повреждена)`,
  "entry-encrypted": (p) => `повреждённый .docx (часть ${p.entry} зашифрована)`,
  "entry-method": (p) => `повреждённый .docx (часть ${p.entry} сжата методом ${p.method}, которого Word не использует)`,
  "entry-size-lie": (p) => `часть ${p.entry} распаковывается в больший объём, чем указано в оглавлении пакета; файл не принят как возможная zip-бомба`,
  "bomb-size": (p) => `документ при распаковке превышает ${p.limitMb} МБ; файл не принят как возможная zip-бомба`,
  "bomb-ratio": (p) => `документ при распаковке увеличивается более чем в ${p.ratio} раз; файл не принят как возможная zip-бомба`,
  "xml-malformed": (p) => `повреждённый .docx (${p.part} — некорректный XML${p.line ? `, строка ${p.line}` : ""})`,
  "no-body": () => "повреждённый .docx (в word/document.xml нет тела документа)",
  "no-content-types": () => "повреждённый .docx (нет [Content_Types].xml)",
  "xml-too-large": (p) => `текстовые части документа больше ${p.limitMb} МБ XML; документ не прочитан (разделите его)`,
  "xml-too-many-tags": (p) => `в документе больше ${group(p.limit, " ")} элементов XML; документ не прочитан (разделите его)`,
  "too-many-paragraphs": (p) => `в документе больше ${group(p.limit, " ")} абзацев; документ не прочитан (разделите его)`,
  "xml-too-deep": (p) => `XML документа вложен глубже ${p.limit} уровней, чего Word не делает; документ не прочитан`,
  "xml-too-many-namespaces": (p) => `XML документа объявляет одновременно больше ${p.limit} пространств имён, чего Word не делает; документ не прочитан`,
  binary: () => "это двоичный файл, а не текст",
  "file-too-large": (p) => `размер файла ${p.sizeMb.toFixed(1).replace(".", ",")} МБ, больше предела ${p.limitMb} МБ (предел задаёт --max-size)`,
  missing: () => "нет такого файла или папки",
  "unsupported-type": (p) => `неподдерживаемый тип файла «${p.ext || "(без расширения)"}» (проверяются .docx, .txt и .md)`,
  "not-regular-file": () => "это не обычный файл (канал, устройство или сокет); не прочитан",
  "symlink-outside": (p) => `символическая ссылка на ${p.target} за пределами указанных папок; не открыта`,
  "symlink-broken": () => "символическая ссылка на несуществующий файл",
  unreadable: (p) => `файл не читается (${p.cause})`,
  "annotate-overwrite": () => "--annotate не должен перезаписывать исходный файл; укажите другую папку",
  internal: (p) => `файл не прочитан из-за внутренней ошибки (${p.cause}); сообщите о ней`,
};

const KK: Texts = {
  empty: () => "файл бос",
  encrypted: () => "құжат құпиясөзбен қорғалған; Word-та құпиясөзді алып тастап, қайта тексеріңіз",
  "legacy-doc": () => "бұл Word 97-2003 (.doc) файлы; оны Word-та ашып, .docx ретінде сақтаңыз",
  "not-word": () => "бұл Word құжаты емес (пакетте word/document.xml жоқ)",
  "not-zip": () => "зақымдалған .docx (файл zip-пакет емес)",
  "no-directory": () => "зақымдалған .docx (zip мазмұны жоқ; файл қиылып қалған болуы мүмкін)",
  "directory-damaged": () => "зақымдалған .docx (zip мазмұны зақымдалған)",
  zip64: () => "пакет ZIP64 пішімінде, ол рұқсат етілген көлемдегі Word құжатына қажет емес; файл қабылданбады",
  "duplicate-entry": (p) => `зақымдалған .docx (${p.entry} пакетте екі рет көрсетілген)`,
  "entry-damaged": (p) => `зақымдалған .docx (${p.entry} бөлігі зақымдалған)`,
  "entry-encrypted": (p) => `зақымдалған .docx (${p.entry} бөлігі шифрланған)`,
  "entry-method": (p) => `зақымдалған .docx (${p.entry} бөлігі Word қолданбайтын ${p.method} әдісімен сығылған)`,
  "entry-size-lie": (p) => `${p.entry} бөлігі пакет мазмұнында көрсетілгеннен үлкен көлемге ашылады; файл ықтимал zip-бомба ретінде қабылданбады`,
  "bomb-size": (p) => `құжат ашылғанда ${p.limitMb} МБ-тан асады; файл ықтимал zip-бомба ретінде қабылданбады`,
  "bomb-ratio": (p) => `құжат ашылғанда өз көлемінен ${p.ratio} еседен астам ұлғаяды; файл ықтимал zip-бомба ретінде қабылданбады`,
  "xml-malformed": (p) => `зақымдалған .docx (${p.part} — жарамсыз XML${p.line ? `, ${p.line}-жол` : ""})`,
  "no-body": () => "зақымдалған .docx (word/document.xml ішінде құжат денесі жоқ)",
  "no-content-types": () => "зақымдалған .docx ([Content_Types].xml жоқ)",
  "xml-too-large": (p) => `құжаттың мәтіндік бөліктері ${p.limitMb} МБ XML-ден үлкен; құжат оқылмады (оны бөліңіз)`,
  "xml-too-many-tags": (p) => `құжатта ${group(p.limit, " ")} XML элементінен көп; құжат оқылмады (оны бөліңіз)`,
  "too-many-paragraphs": (p) => `құжатта ${group(p.limit, " ")} абзацтан көп; құжат оқылмады (оны бөліңіз)`,
  "xml-too-deep": (p) => `құжаттың XML-і ${p.limit} деңгейден тереңірек салынған, Word мұндайды жазбайды; құжат оқылмады`,
  "xml-too-many-namespaces": (p) => `құжаттың XML-і бір мезетте ${p.limit}-ден көп атаулар кеңістігін жариялайды, Word мұндайды жазбайды; құжат оқылмады`,
  binary: () => "бұл мәтін емес, екілік файл",
  "file-too-large": (p) => `файл көлемі ${p.sizeMb.toFixed(1).replace(".", ",")} МБ, ${p.limitMb} МБ шегінен асады (шекті --max-size арқылы өзгертуге болады)`,
  missing: () => "мұндай файл не қалта жоқ",
  "unsupported-type": (p) => `қолдау көрсетілмейтін файл түрі «${p.ext || "(кеңейтімсіз)"}» (.docx, .txt және .md тексеріледі)`,
  "not-regular-file": () => "бұл кәдімгі файл емес (арна, құрылғы не сокет); оқылмады",
  "symlink-outside": (p) => `берілген қалталардан тыс ${p.target} нысанына символдық сілтеме; ашылмады`,
  "symlink-broken": () => "жоқ файлға символдық сілтеме",
  unreadable: (p) => `файл оқылмайды (${p.cause})`,
  "annotate-overwrite": () => "--annotate бастапқы файлды қайта жазбауы тиіс; басқа қалтаны көрсетіңіз",
  internal: (p) => `файл ішкі қатеге байланысты оқылмады (${p.cause}); бұл туралы хабарлаңыз`,
};

const TEXTS: Readonly<Record<Lang, Texts>> = { kk: KK, ru: RU, en: EN };

/** The one line about `problem` in `locale`. */
export function problemText(problem: Problem, locale: Lang): string {
  const render = TEXTS[locale][problem.kind] as (p: Problem) => string;
  return render(problem);
}

/** Something the reader did to be able to read the file, which the user should know. */
export type ReadWarning = { readonly kind: "utf8-replaced"; readonly count: number };

export function warningText(w: ReadWarning, locale: Lang): string {
  switch (locale) {
    case "kk":
      return `файл UTF-8 ретінде оқылды, бірақ ${w.count} байт жарамсыз болды және «�» белгісімен ауыстырылды; ол жерлердегі мәтінді тексеріңіз`;
    case "ru":
      return `файл прочитан как UTF-8, но ${w.count} ${ruPlural(w.count, "байт", "байта", "байт")} в нём недопустимы и заменены на «�»; проверьте текст в этих местах`;
    default:
      return `the file was read as UTF-8, but ${w.count} ${w.count === 1 ? "byte was" : "bytes were"} not valid UTF-8 and became «�»; check the text there`;
  }
}

/** Russian noun form after a numeral: 1 файл, 2 файла, 5 файлов. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}
