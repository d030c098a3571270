/** The bilingual book shipped with Adal (rules/bilingual.yml), turned into data at build time. */
import type { BilingualBookSource } from "../engine/bilingual";
import bilingual from "../../rules/bilingual.yml";

export const DEFAULT_BILINGUAL_BOOK: BilingualBookSource = { source: "rules/bilingual.yml", data: bilingual };
