/**
 * A failure from the Graph side in the user's language: the errors the workflow raises on
 * purpose carry a code (ApprovalError, DirectoryError, RoutingError, ReportError), and each code
 * has its text; anything else (a network failure) keeps its own message. Matched by name and
 * code, so the panes' first download does not need the Graph modules.
 */
import { COMMENT_MAX } from "../../graph/schema/lists";
import type { MessageKey, Translate } from "../i18n";

const TEXTS: Readonly<Record<string, MessageKey>> = {
  "ApprovalError:comment-required": "appr.commentRequired",
  "ApprovalError:comment-too-long": "appr.commentTooLong",
  "ApprovalError:not-your-step": "appr.error.notYourStep",
  "ApprovalError:own-draft": "appr.error.ownDraft",
  "ApprovalError:no-manager": "appr.error.noManager",
  "ApprovalError:closed": "appr.error.closed",
  "ApprovalError:bad-link": "appr.badLink",
  "ApprovalError:too-long": "appr.error.linkTooLong",
  "DirectoryError:no-head": "appr.error.noHead",
  "RoutingError:no-approver": "appr.error.noApprover",
  "ReportError:no-manager": "mail.error.noManager",
  "ReportError:no-security-head": "mail.error.noSecurityHead",
  "ReportError:note-too-long": "mail.error.noteTooLong",
};

export function errorText(e: unknown, t: Translate): string {
  const err = e as { name?: string; code?: string; message?: string } | null;
  const key = TEXTS[`${err?.name}:${err?.code}`];
  return key ? t(key, { max: COMMENT_MAX }) : (err?.message ?? String(e));
}
