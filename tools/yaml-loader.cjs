const { yamlToModuleSource } = require("./yaml-to-module.cjs");

module.exports = function yamlLoader(source) {
  return yamlToModuleSource(source, this.resourcePath, this.getOptions ? this.getOptions() : {});
};
