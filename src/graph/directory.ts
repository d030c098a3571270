/**
 * Who is who: the signed-in user, a user's manager (escalation, A1.2; an employee's direct
 * manager, P6.1), and the head of each unit from the configurable mapping (A1.3.5). Entra's
 * department and manager data are often stale, so heads come from the Departments list (or the
 * inline map in config/graph.json), and the directory supplies the manager chain.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { GraphConfig } from "./config";
import { classifyFailure } from "./errors";
import type { ListsApi } from "./lists-api";
import { readWithRetry, type RetryPolicy } from "./reads";

export interface Person {
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
  readonly mail: string;
  readonly department?: string;
  readonly jobTitle?: string;
  readonly preferredLanguage?: string;
}

interface RawUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  preferredLanguage?: string | null;
}

const SELECT = "id,displayName,mail,userPrincipalName,department,jobTitle,preferredLanguage";

const toPerson = (u: RawUser): Person => ({
  id: u.id,
  upn: u.userPrincipalName,
  displayName: u.displayName,
  mail: u.mail || u.userPrincipalName,
  ...(u.department ? { department: u.department } : {}),
  ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}),
  ...(u.preferredLanguage ? { preferredLanguage: u.preferredLanguage } : {}),
});

export class DirectoryError extends Error {
  constructor(
    readonly code: "no-head" | "no-manager" | "unknown-user",
    message: string,
  ) {
    super(message);
    this.name = "DirectoryError";
  }
}

export class Directory {
  private readonly users = new Map<string, Promise<Person>>();
  private readonly managers = new Map<string, Promise<Person | null>>();
  private heads: Promise<Map<string, string>> | null = null;

  constructor(
    private readonly client: Client,
    private readonly config: GraphConfig,
    private readonly lists: ListsApi,
    private readonly retry: RetryPolicy,
  ) {}

  me(): Promise<Person> {
    return this.cached(this.users, "me", async () => toPerson((await readWithRetry(this.retry, () => this.client.api("/me").select(SELECT).get())) as RawUser));
  }

  user(upnOrId: string): Promise<Person> {
    return this.cached(this.users, upnOrId.toLowerCase(), async () => {
      try {
        return toPerson((await readWithRetry(this.retry, () => this.client.api(`/users/${encodeURIComponent(upnOrId)}`).select(SELECT).get())) as RawUser);
      } catch (e) {
        if (classifyFailure(e).kind === "not-found") throw new DirectoryError("unknown-user", `${upnOrId} is not in the directory`);
        throw e;
      }
    });
  }

  /** The user's manager, or null at the top of the chain. */
  manager(userId: string): Promise<Person | null> {
    return this.cached(this.managers, userId, async () => {
      try {
        return toPerson((await readWithRetry(this.retry, () => this.client.api(`/users/${encodeURIComponent(userId)}/manager`).select(SELECT).get())) as RawUser);
      } catch (e) {
        if (classifyFailure(e).kind === "not-found") return null;
        throw e;
      }
    });
  }

  /** unit id → head UPN. */
  headMap(): Promise<Map<string, string>> {
    if (!this.heads) {
      const source = this.config.departmentHeads;
      this.heads =
        source.source === "inline"
          ? Promise.resolve(new Map(Object.entries(source.heads)))
          : this.lists.query("departments").then((items) => new Map(items.filter((i) => i.fields.Active !== false && typeof i.fields.HeadUpn === "string").map((i) => [String(i.fields.DepartmentKey), String(i.fields.HeadUpn)])));
      this.heads.catch(() => (this.heads = null));
    }
    return this.heads;
  }

  async headOf(unit: string): Promise<Person> {
    const upn = (await this.headMap()).get(unit);
    if (!upn) throw new DirectoryError("no-head", `No head is configured for the unit "${unit}" (Departments list)`);
    return this.user(upn);
  }

  private cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let p = map.get(key);
    if (!p) {
      p = load();
      map.set(key, p);
      // A failed lookup is not remembered: the next call asks again.
      p.catch(() => map.delete(key));
    }
    return p;
  }
}
