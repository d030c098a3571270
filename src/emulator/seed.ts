/**
 * The demo organisation `npm start` and the tests run against: every unit of rules/units.yml
 * with a head, a deputy director over the heads, the director at the top, and staff. All names
 * and addresses are invented (the .test domain cannot exist).
 */
import { LISTS, type ListKey } from "../graph/schema/lists";
import { addItem, createList, toEmuColumn } from "./list-store";
import { EmuStore, type EmuUser } from "./store";

import { DEMO_DOMAIN, DEMO_SITE_ID } from "./demo-ids";

export { DEMO_DOMAIN, DEMO_SITE_ID };

interface Person {
  readonly key: string;
  readonly name: string;
  readonly department: string;
  readonly jobTitle: string;
  readonly manager?: string;
  readonly lang?: string;
}

/** key → person; `manager` names another key. Unit heads report to the deputy director. */
const PEOPLE: readonly Person[] = [
  { key: "director", name: "Ерлан Сейітқали", department: "management", jobTitle: "Директор", lang: "kk-KZ" },
  { key: "deputy", name: "Айгүл Омарова", department: "management", jobTitle: "Директордың орынбасары", manager: "director", lang: "kk-KZ" },
  { key: "legal.head", name: "Дәурен Ахметов", department: "legal", jobTitle: "Заң бөлімінің басшысы", manager: "deputy", lang: "kk-KZ" },
  { key: "accounting.head", name: "Светлана Бекова", department: "accounting", jobTitle: "Главный бухгалтер", manager: "deputy", lang: "ru-RU" },
  { key: "hr.head", name: "Марат Жақыпов", department: "hr", jobTitle: "Кадр бөлімінің басшысы", manager: "deputy", lang: "kk-KZ" },
  { key: "procurement.head", name: "Ольга Ким", department: "procurement", jobTitle: "Начальник отдела закупок", manager: "deputy", lang: "ru-RU" },
  { key: "security.head", name: "Бауыржан Тоқтаров", department: "security", jobTitle: "Head of security", manager: "director", lang: "en-US" },
  { key: "it.head", name: "Руслан Есенов", department: "it", jobTitle: "Начальник отдела ИТ", manager: "deputy", lang: "ru-RU" },
  { key: "operations.head", name: "Гүлнар Әлиева", department: "operations", jobTitle: "Жедел әрекет ету бөлімінің басшысы", manager: "deputy", lang: "kk-KZ" },
  { key: "lawyer", name: "Әсел Серікқызы", department: "legal", jobTitle: "Заңгер", manager: "legal.head", lang: "kk-KZ" },
  { key: "lawyer2", name: "Игорь Лебедев", department: "legal", jobTitle: "Юрисконсульт", manager: "legal.head", lang: "ru-RU" },
  { key: "accountant", name: "Нұрлан Әбенов", department: "accounting", jobTitle: "Бухгалтер", manager: "accounting.head", lang: "kk-KZ" },
  { key: "buyer", name: "Иван Петров", department: "procurement", jobTitle: "Специалист по закупкам", manager: "procurement.head", lang: "ru-RU" },
  { key: "security.officer", name: "Қанат Мұратұлы", department: "security", jobTitle: "Security officer", manager: "security.head", lang: "kk-KZ" },
  { key: "operator", name: "Дина Сапарова", department: "operations", jobTitle: "Оператор", manager: "operations.head", lang: "kk-KZ" },
  { key: "engineer", name: "Тимур Ахметжанов", department: "it", jobTitle: "Инженер", manager: "it.head", lang: "ru-RU" },
];

/** Stable ids so links and tests survive restarts. */
function idOf(key: string): string {
  let h = 0x811c9dc5;
  for (const ch of key) h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193) >>> 0;
  const hex = h.toString(16).padStart(8, "0");
  return `${hex}-0000-4000-8000-${hex}${hex.slice(0, 4)}`;
}

export const demoUpn = (key: string): string => `${key.replace(/\./gu, "-")}@${DEMO_DOMAIN}`;

export interface SupplierSeed {
  readonly name: string;
  readonly domains: readonly string[];
  readonly bin?: string;
  readonly aliases?: readonly string[];
}

export interface SeedOptions {
  /** Create the lists (as provisioning would); false leaves the site empty for provisioning tests. */
  readonly lists?: boolean;
  readonly suppliers?: readonly SupplierSeed[];
}

export function seedDemo(options: SeedOptions = {}): EmuStore {
  const securityTeam = new Set([idOf("security.head"), idOf("security.officer")]);
  const store = new EmuStore({ id: DEMO_SITE_ID, displayName: "Adal register", webUrl: `https://${DEMO_DOMAIN}/sites/adal`, ownerIds: securityTeam });
  for (const p of PEOPLE) {
    const user: EmuUser = { id: idOf(p.key), userPrincipalName: demoUpn(p.key), mail: demoUpn(p.key), displayName: p.name, department: p.department, jobTitle: p.jobTitle, ...(p.manager ? { managerId: idOf(p.manager) } : {}), ...(p.lang ? { preferredLanguage: p.lang } : {}) };
    store.addUser(user);
  }
  if (options.lists === false) return store;
  const owner = store.users.get(idOf("security.head")) as EmuUser;
  const lists = {} as Record<ListKey, ReturnType<typeof createList>>;
  for (const spec of Object.values(LISTS)) {
    const l = createList(store, spec.displayName, spec.description, spec.columns.map(toEmuColumn), owner);
    l.readSecurity = spec.readSecurity;
    l.writeSecurity = spec.writeSecurity;
    l.ownersWrite = spec.ownersWrite === true;
    l.appendOnly = spec.appendOnly === true;
    l.noDelete = spec.noDelete === true;
    lists[spec.key] = l;
  }
  for (const p of PEOPLE.filter((x) => x.key.endsWith(".head"))) {
    addItem(store, lists.departments, { Title: p.department, DepartmentKey: p.department, HeadUpn: demoUpn(p.key), DeputyUpn: demoUpn("deputy"), Active: true }, owner);
  }
  for (const s of options.suppliers ?? []) {
    addItem(store, lists.suppliers, { Title: s.name, Domains: s.domains.join(", "), Aliases: (s.aliases ?? []).join("\n"), ...(s.bin ? { Bin: s.bin } : {}), Active: true }, owner);
  }
  return store;
}

/** The people of the demo organisation, for the "sign in as" picker. */
export function demoPeople(store: EmuStore): { upn: string; displayName: string; jobTitle: string; department: string }[] {
  return [...store.users.values()].map((u) => ({ upn: u.userPrincipalName, displayName: u.displayName, jobTitle: u.jobTitle, department: u.department }));
}
