/**
 * The provision model: what the reader knows about one item of a draft — who acts, how the action
 * is stated (duty, power, prohibition...), and what kind of text a sentence is. Factor checks ask
 * questions of this model instead of looking for stock phrases, so "a decision about money by one
 * official with no criteria" is found however it is worded.
 */

/** Who performs an action. */
export type ActorKind =
  /** one official: руководитель, директор, председатель, аким, басшы, төраға */
  | "official"
  /** a collegial body: комиссия, совет, правление, маслихат, комиссия, кеңес */
  | "collegial"
  /** a structural unit: отдел, служба, кадровая служба, бөлім, басқарма */
  | "unit"
  /** the organisation or a state body as a whole: Предприятие, Комитет, орган, кәсіпорын */
  | "enterprise"
  /** someone the rule is about: an employee, citizen, applicant, participant, supplier */
  | "private"
  /** no subject in the sentence; the lead-in or the document names it ("Функции: 1) рассматривает…") */
  | "implicit"
  /** a passive with no doer named anywhere in the item ("надбавка назначается") */
  | "none";

export const ACTOR_KINDS: readonly ActorKind[] = ["official", "collegial", "unit", "enterprise", "private", "implicit", "none"];

/** How an action is stated. */
export type Modality =
  /** present tense in a norm, which binds: "Комиссия рассматривает", "басшы бекітеді" */
  | "statement"
  /** обязан, должен, міндетті, тиіс */
  | "duty"
  /** вправе, может, құқылы, -а алады, -уы мүмкін */
  | "power"
  /** не вправе, запрещается, тыйым салынады */
  | "prohibition"
  /** рекомендуется, ұсынылады */
  | "recommendation";

export const MODALITIES: readonly Modality[] = ["statement", "duty", "power", "prohibition", "recommendation"];

/** What kind of text a sentence is. Only norms set rules for action. */
export type TextKind =
  | "norm"
  /** a definition, own or quoted from a law ("X – это...", "...деп түсініледі", items of a list of terms) */
  | "definition"
  /** goals, tasks, principles ("Задачами ... являются", "мақсаты ... болып табылады") */
  | "goal"
  /** an illustration ("например", "мысалы") */
  | "example"
  /** a form or an annex table to fill in (blanks, "(подпись)", "қолы") */
  | "form"
  /** a section heading standing alone ("5. Должностные лица и иные органы маслихата", "Глава 2. …") */
  | "heading";

export const TEXT_KINDS: readonly TextKind[] = ["norm", "definition", "goal", "example", "form", "heading"];

export interface Span {
  /** First token. */
  readonly from: number;
  /** One past the last token. */
  readonly to: number;
}

export interface Actor extends Span {
  readonly kind: ActorKind;
  /** How it was found: the grammatical subject, the doer of a passive, or the item's lead-in. */
  readonly role: "subject" | "agent" | "lead-in" | "absent";
}

/** One action of the item: a verb (or verbal noun) the rulebook knows, read in its sentence. */
export interface Predicate extends Span {
  readonly sentence: number;
  /**
   * active or passive for a stated action; "attribute" for a participle or a verbal noun that only
   * names the action inside a noun phrase ("определяемый комиссией срок", "берілген куәлік").
   */
  readonly voice: "active" | "passive" | "attribute";
  readonly modality: Modality;
  readonly negated: boolean;
  readonly actor: Actor;
}
