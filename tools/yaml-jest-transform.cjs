const crypto = require("node:crypto");
const { yamlToModuleSource } = require("./yaml-to-module.cjs");

module.exports = {
  process(source, filename) {
    return { code: yamlToModuleSource(source, filename) };
  },
  getCacheKey(source, filename) {
    return crypto.createHash("sha1").update(filename).update("\0").update(source).digest("hex");
  },
};
