// Placeholder: tools/unicode-class-loader.cjs turns `require("./unicode-class.js?L")` into the
// members of \p{L} as the inside of a character class (the on-send bundle, ES2016).
module.exports = "";
