// One implementation behind the webpack loader and the jest transform, so the bundle and the tests read YAML identically.
const yaml = require("js-yaml");

function yamlToModuleSource(source, filename) {
  let data;
  try {
    data = yaml.load(source, { filename, schema: yaml.CORE_SCHEMA });
  } catch (e) {
    throw new Error(`${filename}: ${e.message}`, { cause: e });
  }
  return `module.exports = ${JSON.stringify(data)};`;
}

module.exports = { yamlToModuleSource };
