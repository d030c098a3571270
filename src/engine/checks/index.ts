/** Registry of check kinds, keyed by the `check:` field of a rule. */
import type { CheckKind } from "../rulebook/spec";
import { crossReferenceCheck } from "./cross-reference";
import { identifierCheck } from "./identifier";
import { modalCheck } from "./modal";
import { modelCheck } from "./model";
import { phraseCheck } from "./phrase";
import { quorumCheck } from "./quorum";
import { termsCheck } from "./terms";
import type { Check } from "./types";

export const CHECKS: Readonly<Record<CheckKind, Check>> = {
  identifier: identifierCheck,
  "cross-reference": crossReferenceCheck,
  modal: modalCheck,
  model: modelCheck,
  phrase: phraseCheck,
  quorum: quorumCheck,
  terms: termsCheck,
};

/** Every lexicon some check kind reads by name. */
export const CHECK_LEXICONS: readonly string[] = Object.values(CHECKS).flatMap((c) => c.lexicons);
