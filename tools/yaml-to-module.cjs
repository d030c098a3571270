// One implementation behind the webpack loader and the jest transform, so the bundle and the tests read YAML identically.
const yaml = require("js-yaml");

/**
 * A rule file is a list of rules; with `stripExamples` each rule's `examples` become null. The
 * examples are the rulebook's tests (test/rules/examples.test.ts and `adal rules --test` read the
 * files whole); the add-in panes never read them, and they were a fifth of the pane's first script.
 */
function withoutExamples(data) {
  if (!Array.isArray(data)) return data;
  return data.map((r) => (r && typeof r === "object" && "examples" in r && "id" in r ? { ...r, examples: null } : r));
}

function yamlToModuleSource(source, filename, options = {}) {
  let data;
  try {
    data = yaml.load(source, { filename, schema: yaml.CORE_SCHEMA });
  } catch (e) {
    throw new Error(`${filename}: ${e.message}`, { cause: e });
  }
  return `module.exports = ${JSON.stringify(options.stripExamples ? withoutExamples(data) : data)};`;
}

module.exports = { yamlToModuleSource, withoutExamples };
