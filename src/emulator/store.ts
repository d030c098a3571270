/**
 * The emulator's state: the directory, one SharePoint site with its lists, and mailboxes. Held
 * in memory; each `npm start` or test starts from the seed.
 */
import type { ColumnType } from "../graph/schema/lists";

export interface EmuUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly mail: string;
  readonly department: string;
  readonly jobTitle: string;
  readonly managerId?: string;
  readonly preferredLanguage?: string;
}

export interface EmuColumn {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly type: ColumnType;
  readonly indexed: boolean;
  readonly unique: boolean;
  readonly choices?: readonly string[];
}

export interface EmuVersion {
  readonly version: number;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly by: string;
  readonly at: string;
}

export interface EmuItem {
  readonly id: string;
  readonly guid: string;
  version: number;
  readonly createdBy: string;
  readonly createdDateTime: string;
  lastModifiedBy: string;
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
  readonly versions: EmuVersion[];
}

export interface EmuList {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly createdBy: string;
  readonly createdDateTime: string;
  readonly columns: EmuColumn[];
  readonly items: EmuItem[];
  nextId: number;
  /** SharePoint's item-level permissions (set through SharePoint REST, not Graph). */
  readSecurity: 1 | 2;
  writeSecurity: 1 | 2;
  /** Broken inheritance: only site owners write (the mapping and the supplier registry). */
  ownersWrite: boolean;
  /** Members' permission level has Add Items but neither Edit Items nor Delete Items (Decisions). */
  appendOnly: boolean;
  /** Members' permission level has no Delete Items (Reviews). */
  noDelete: boolean;
}

export interface EmuRecipient {
  readonly emailAddress: { readonly address: string; readonly name?: string };
}

export interface EmuAttachment {
  readonly "@odata.type": string;
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly contentBytes?: string;
}

export interface EmuMessage {
  id: string;
  readonly ownerId: string;
  folder: "drafts" | "sentitems" | "inbox";
  readonly subject: string;
  readonly body: { readonly contentType: string; readonly content: string };
  readonly toRecipients: readonly EmuRecipient[];
  readonly ccRecipients: readonly EmuRecipient[];
  readonly from: EmuRecipient;
  isDraft: boolean;
  readonly createdDateTime: string;
  sentDateTime?: string;
  readonly singleValueExtendedProperties: readonly { readonly id: string; readonly value: string }[];
  readonly attachments: readonly EmuAttachment[];
  readonly internetMessageId: string;
}

export interface EmuSite {
  readonly id: string;
  readonly displayName: string;
  readonly webUrl: string;
  /** Site owners: may write restricted lists and, with "Override List Behaviors", read every item. */
  readonly ownerIds: Set<string>;
}

export class EmuStore {
  readonly users = new Map<string, EmuUser>();
  readonly lists = new Map<string, EmuList>();
  readonly messages: EmuMessage[] = [];
  /** Every message that left a mailbox, in order: the inspectable outbox. */
  readonly sent: EmuMessage[] = [];

  constructor(readonly site: EmuSite) {}

  addUser(u: EmuUser): void {
    this.users.set(u.id, u);
  }

  /** By object id, UPN or mail, case-insensitively, as Graph resolves /users/{id | userPrincipalName}. */
  findUser(key: string): EmuUser | undefined {
    const direct = this.users.get(key);
    if (direct) return direct;
    const k = key.toLowerCase();
    for (const u of this.users.values()) if (u.userPrincipalName.toLowerCase() === k || u.mail.toLowerCase() === k) return u;
    return undefined;
  }

  /** By id or display name, as Graph resolves /sites/{id}/lists/{list-id | title}. */
  findList(key: string): EmuList | undefined {
    const direct = this.lists.get(key);
    if (direct) return direct;
    const k = decodeURIComponent(key).toLowerCase();
    for (const l of this.lists.values()) if (l.displayName.toLowerCase() === k) return l;
    return undefined;
  }
}
