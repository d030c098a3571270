/**
 * The rulebook shipped with Adal: the YAML files under rules/, turned into data at build time.
 * Adding a phrase is an edit of those files; a new rule file is one more line here.
 */
import type { RulebookSource } from "../engine";
import competence from "../../rules/competence.yml";
import discretion from "../../rules/discretion.yml";
import gaps from "../../rules/gaps.yml";
import language from "../../rules/language.yml";
import lexicons from "../../rules/lexicons.yml";
import lists from "../../rules/lists.yml";
import model from "../../rules/model.yml";
import money from "../../rules/money.yml";
import procurement from "../../rules/procurement.yml";
import references from "../../rules/references.yml";
import units from "../../rules/units.yml";
import vagueness from "../../rules/vagueness.yml";

export const DEFAULT_RULEBOOK: RulebookSource = {
  rules: [
    { source: "rules/discretion.yml", data: discretion },
    { source: "rules/vagueness.yml", data: vagueness },
    { source: "rules/language.yml", data: language },
    { source: "rules/references.yml", data: references },
    { source: "rules/lists.yml", data: lists },
    { source: "rules/money.yml", data: money },
    { source: "rules/procurement.yml", data: procurement },
    { source: "rules/competence.yml", data: competence },
    { source: "rules/gaps.yml", data: gaps },
  ],
  lexicons: [
    { source: "rules/lexicons.yml", data: lexicons },
    { source: "rules/model.yml", data: model },
  ],
  units: { source: "rules/units.yml", data: units },
};

/** Every rule file, for tools that list or lint them. */
export const RULE_FILES = DEFAULT_RULEBOOK.rules.map((r) => r.source);
