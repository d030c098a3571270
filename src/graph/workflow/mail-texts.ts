/**
 * The mails Adal sends, in the recipient's language (their preferredLanguage in the directory;
 * Kazakh by default, as the Enterprise's working language). Every value is HTML-escaped.
 */
export type MailLang = "kk" | "ru" | "en";

export const mailLang = (preferred?: string): MailLang => (preferred?.toLowerCase().startsWith("ru") ? "ru" : preferred?.toLowerCase().startsWith("en") ? "en" : "kk");

import { escapeHtml as esc } from "../../engine/text/escape-html";
import { httpsUrl } from "../safe-url";

interface Texts {
  requestSubject: (title: string) => string;
  request: (author: string, title: string, due: string, findings: number) => string;
  open: string;
  document: string;
  decisionSubject: (title: string, decision: string) => string;
  decision: (who: string, decision: string, title: string) => string;
  decisions: Record<"Approved" | "Rejected" | "Recused", string>;
  escalationSubject: (title: string) => string;
  escalation: (who: string, title: string) => string;
  reminderSubject: (title: string) => string;
  reminder: (title: string, due: string) => string;
  reportSubject: (subject: string) => string;
  report: (reporter: string, risk: string, conditions: string) => string;
  note: string;
  attached: string;
  notAttached: string;
  confidential: string;
}

const TEXTS: Record<MailLang, Texts> = {
  kk: {
    requestSubject: (t) => `Келісуге: ${t}`,
    request: (a, t, d, n) => `${a} «${t}» жобасын сыбайлас жемқорлыққа қарсы сараптамамен келісуге жіберді (A1.3.5, P4.7.1). Мерзімі: ${d}. Табылған тәуекелдер: ${n}.`,
    open: "Adal-да ашу (Келісу)",
    document: "Құжат",
    decisionSubject: (t, d) => `${d}: ${t}`,
    decision: (w, d, t) => `${w} «${t}» жобасы бойынша шешім қабылдады: ${d}.`,
    decisions: { Approved: "келісілді", Rejected: "қабылданбады", Recused: "мүдделер қақтығысы бойынша бас тартты" },
    escalationSubject: (t) => `Мүдделер қақтығысы, сізге жіберілді: ${t}`,
    escalation: (w, t) => `${w} «${t}» жобасы бойынша мүдделер қақтығысына байланысты шешім қабылдаудан бас тартты (P5.1). Шешімді сіз қабылдайсыз (A1.2).`,
    reminderSubject: (t) => `Мерзімі өтті: ${t}`,
    reminder: (t, d) => `«${t}» жобасын келісу мерзімі ${d} өтті. Шешіміңізді Adal-да қабылдаңыз.`,
    reportSubject: (s) => `Сыйлық немесе күдікті хат туралы хабарлама: ${s}`,
    report: (r, risk, c) => `${r} хат туралы хабарлады (P6.1, P6.2). Тәуекел: ${risk}. Шарттар: ${c}.`,
    note: "Қызметкердің түсініктемесі",
    attached: "Түпнұсқа хат .eml ретінде тіркелген.",
    notAttached: "Түпнұсқа хатты тіркеу мүмкін болмады; оны қызметкерден сұраңыз.",
    confidential: "Құпия: хабарламаны тек хабарлаушы, алушы және қауіпсіздік қызметі көреді.",
  },
  ru: {
    requestSubject: (t) => `На согласование: ${t}`,
    request: (a, t, d, n) => `${a} направил(а) проект «${t}» на согласование с антикоррупционной экспертизой (A1.3.5, P4.7.1). Срок: ${d}. Найдено рисков: ${n}.`,
    open: "Открыть в Adal (Согласования)",
    document: "Документ",
    decisionSubject: (t, d) => `${d}: ${t}`,
    decision: (w, d, t) => `${w} принял(а) решение по проекту «${t}»: ${d}.`,
    decisions: { Approved: "согласовано", Rejected: "отклонено", Recused: "самоотвод из-за конфликта интересов" },
    escalationSubject: (t) => `Конфликт интересов, передано вам: ${t}`,
    escalation: (w, t) => `${w} заявил(а) самоотвод по проекту «${t}» из-за конфликта интересов (P5.1). Решение принимаете вы (A1.2).`,
    reminderSubject: (t) => `Срок истёк: ${t}`,
    reminder: (t, d) => `Срок согласования проекта «${t}» истёк ${d}. Примите решение в Adal.`,
    reportSubject: (s) => `Сообщение о подарке или подозрительном письме: ${s}`,
    report: (r, risk, c) => `${r} сообщает о письме (P6.1, P6.2). Риск: ${risk}. Условия: ${c}.`,
    note: "Комментарий работника",
    attached: "Исходное письмо приложено в формате .eml.",
    notAttached: "Исходное письмо приложить не удалось; запросите его у работника.",
    confidential: "Конфиденциально: сообщение видят только заявитель, получатель и служба безопасности.",
  },
  en: {
    requestSubject: (t) => `For approval: ${t}`,
    request: (a, t, d, n) => `${a} sent the draft "${t}" for approval with its anti-corruption expertise (A1.3.5, P4.7.1). Due: ${d}. Risks found: ${n}.`,
    open: "Open in Adal (Approvals)",
    document: "Document",
    decisionSubject: (t, d) => `${d}: ${t}`,
    decision: (w, d, t) => `${w} decided on the draft "${t}": ${d}.`,
    decisions: { Approved: "approved", Rejected: "rejected", Recused: "recused for a conflict of interest" },
    escalationSubject: (t) => `Conflict of interest, now yours: ${t}`,
    escalation: (w, t) => `${w} recused from the draft "${t}" for a conflict of interest (P5.1). You decide instead (A1.2).`,
    reminderSubject: (t) => `Overdue: ${t}`,
    reminder: (t, d) => `The approval of "${t}" was due on ${d}. Please decide in Adal.`,
    reportSubject: (s) => `Report of a gift or suspicious mail: ${s}`,
    report: (r, risk, c) => `${r} reports a mail (P6.1, P6.2). Risk: ${risk}. Conditions: ${c}.`,
    note: "Note from the employee",
    attached: "The original mail is attached as .eml.",
    notAttached: "The original mail could not be attached; ask the employee for it.",
    confidential: "Confidential: only the reporter, the recipient and the security unit see this report.",
  },
};

const para = (s: string) => `<p>${esc(s)}</p>`;
/** Only https links go into a mail; a javascript: or data: "document link" is left out. */
const link = (href: string, text: string) => {
  const safe = httpsUrl(href);
  return safe ? `<p><a href="${esc(safe)}">${esc(text)}</a></p>` : "";
};

export interface ReviewMailInput {
  readonly title: string;
  readonly link: string;
  readonly documentUrl: string;
}

export function reviewRequestMail(lang: MailLang, r: ReviewMailInput, author: string, due: string, findings: number): { subject: string; html: string } {
  const t = TEXTS[lang];
  return { subject: t.requestSubject(r.title), html: para(t.request(author, r.title, due, findings)) + link(r.link, t.open) + link(r.documentUrl, t.document) };
}

export function decisionMail(lang: MailLang, r: ReviewMailInput, who: string, decision: "Approved" | "Rejected" | "Recused", comment: string): { subject: string; html: string } {
  const t = TEXTS[lang];
  const d = t.decisions[decision];
  return { subject: t.decisionSubject(r.title, d), html: para(t.decision(who, d, r.title)) + (comment ? `<blockquote>${esc(comment)}</blockquote>` : "") + link(r.link, t.open) };
}

export function escalationMail(lang: MailLang, r: ReviewMailInput, who: string, comment: string): { subject: string; html: string } {
  const t = TEXTS[lang];
  return { subject: t.escalationSubject(r.title), html: para(t.escalation(who, r.title)) + (comment ? `<blockquote>${esc(comment)}</blockquote>` : "") + link(r.link, t.open) + link(r.documentUrl, t.document) };
}

export function reminderMail(lang: MailLang, r: ReviewMailInput, due: string): { subject: string; html: string } {
  const t = TEXTS[lang];
  return { subject: t.reminderSubject(r.title), html: para(t.reminder(r.title, due)) + link(r.link, t.open) };
}

export function reportMail(lang: MailLang, input: { subject: string; reporter: string; risk: string; conditions: string; note: string; attached: boolean }): { subject: string; html: string } {
  const t = TEXTS[lang];
  return {
    subject: t.reportSubject(input.subject),
    html: para(t.report(input.reporter, input.risk, input.conditions || "—")) + (input.note ? `<p><b>${esc(t.note)}:</b></p><blockquote>${esc(input.note)}</blockquote>` : "") + para(input.attached ? t.attached : t.notAttached) + para(t.confidential),
  };
}
