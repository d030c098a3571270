/** The supplier registry (4.1.3) from the Suppliers list, in the detector's shape. */
import type { Supplier } from "../engine/gifts/detector";
import type { ListsApi } from "./lists-api";

const split = (v: unknown, sep: RegExp): string[] => (typeof v === "string" ? v.split(sep).map((s) => s.trim()).filter(Boolean) : []);

export async function loadSuppliers(lists: ListsApi): Promise<Supplier[]> {
  const items = await lists.query("suppliers");
  return items
    .filter((i) => i.fields.Active !== false && typeof i.fields.Title === "string" && i.fields.Title.trim())
    .map((i) => {
      const bin = typeof i.fields.Bin === "string" && /^\d{12}$/u.test(i.fields.Bin) ? i.fields.Bin : undefined;
      return { name: String(i.fields.Title), domains: split(i.fields.Domains, /[,;\s]+/u), aliases: split(i.fields.Aliases, /\n/u), ...(bin ? { bin } : {}) };
    });
}
