/**
 * The register's supplier list (4.1.3) as the Outlook pane leaves it for the on-send check:
 * Outlook's roaming settings are the one store both the pane and the event runtime of classic
 * Outlook can read (the JavaScript-only runtime has no localStorage), per add-in and user, at
 * most 32 KB for all settings together (Office.RoamingSettings.set, error 9057). Entries are
 * kept compact; when the list does not fit, the most identifying parts are kept first.
 */
import type { Supplier } from "../../engine/gifts/detector";

export const SUPPLIERS_SETTING = "adal.suppliers";
/** Room left for the add-in's other roaming settings. */
export const SUPPLIERS_BUDGET = 28 * 1024;

/** [name, domains, bin, aliases] per supplier. */
interface Cached {
  readonly s: ReadonlyArray<readonly [string, string, string, string]>;
  /** True when entries or aliases had to be left out to fit. */
  readonly cut?: boolean;
}

export function encodeSuppliers(list: readonly Supplier[]): string {
  const full = list.map((x) => [x.name, (x.domains ?? []).join(" "), x.bin ?? "", (x.aliases ?? []).join("\n")] as const);
  let json = JSON.stringify({ s: full } satisfies Cached);
  if (json.length <= SUPPLIERS_BUDGET) return json;
  // Domains and BINs identify a supplier in mail; aliases are the first to go, then whole entries.
  const lean = full.map(([n, d, b]) => [n, d, b, ""] as const);
  let keep = lean.length;
  do {
    json = JSON.stringify({ s: lean.slice(0, keep), cut: true } satisfies Cached);
    keep = Math.floor(keep * 0.9);
  } while (json.length > SUPPLIERS_BUDGET && keep > 0);
  return json;
}

/** The cached list, or null when there is none or it cannot be read. */
export function decodeSuppliers(raw: unknown): Supplier[] | null {
  if (typeof raw !== "string") return null;
  try {
    const c = JSON.parse(raw) as Cached;
    if (!Array.isArray(c.s)) return null;
    return c.s.map(([name, domains, bin, aliases]) => ({
      name,
      ...(domains ? { domains: domains.split(" ") } : {}),
      ...(bin ? { bin } : {}),
      ...(aliases ? { aliases: aliases.split("\n") } : {}),
    }));
  } catch {
    return null;
  }
}

/**
 * The register's Suppliers list as the Outlook pane last cached it (roaming settings); the
 * fictional list in config/suppliers.json only in a development build, never in production.
 */
export function registeredSuppliers(roaming: Pick<Office.RoamingSettings, "get"> | undefined, fallback: readonly Supplier[] | null): readonly Supplier[] {
  let raw: unknown;
  try {
    raw = roaming?.get(SUPPLIERS_SETTING);
  } catch {
    raw = undefined;
  }
  return decodeSuppliers(raw) ?? fallback ?? [];
}
