/** The gift cue book shipped with Adal (rules/gifts.yml), turned into data at build time. */
import type { GiftBookSource } from "../engine/gifts/spec";
import gifts from "../../rules/gifts.yml";

export const DEFAULT_GIFT_BOOK: GiftBookSource = { source: "rules/gifts.yml", data: gifts };
