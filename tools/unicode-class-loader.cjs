// webpack loader for tools/unicode-class.js?<Property>: the members of \p{Property} as the inside of
// a u-mode character class, one module per property, so a class the on-send bundle needs in many
// places is in it once (tools/babel-es2016-regex.cjs asks for it).
"use strict";
const { classBody } = require("./es2016-regex.cjs");

module.exports = function unicodeClassLoader() {
  const prop = this.resourceQuery.replace(/^\?/u, "");
  if (!/^[A-Za-z_=]+$/u.test(prop)) throw new Error(`unicode-class: bad property "${prop}"`);
  return `module.exports = ${JSON.stringify(classBody(prop, false))};`;
};
