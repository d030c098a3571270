// Babel plugin for the on-send bundle only (webpack config "launchevent"): regular expressions
// that are put together from strings and compiled at run time with `new RegExp` (the gift cues
// of rules/gifts.yml arrive as strings; code builds patterns in template literals) get their
// Unicode property escapes spelled out, like @babel/preset-env does for regex literals. Each
// class comes from one small module per property (tools/unicode-class-loader.cjs), so a pattern
// that says \p{L} forty times in five files costs one copy in the bundle. What cannot be
// rewritten (lookbehind, named groups) is reported and left for the test that parses
// dist/launchevent.js as ES2016 to fail on.
"use strict";
const path = require("node:path");
const { splitPropertyEscapes, untranslatable } = require("./es2016-regex.cjs");

const SIMPLE_PROP = /^[A-Za-z_=]+$/u;
const CLASS_MODULE = path.join(__dirname, "unicode-class.js").split(path.sep).join("/");

module.exports = function es2016RegexSources({ types: t }) {
  /** The expression for one property escape: the class body, bracketed (and negated) outside a class. */
  function expressionFor(state, piece) {
    if (!SIMPLE_PROP.test(piece.prop)) throw new Error(`unexpected property name ${piece.prop}`);
    if (piece.inClass && piece.negated) throw new Error(`\\P{${piece.prop}} inside a character class cannot be spelled out`);
    const name = `__adal_p_${piece.prop.replace(/[^A-Za-z]/gu, "_")}`;
    state.adalClasses.set(name, piece.prop);
    const body = t.identifier(name);
    if (piece.inClass) return body;
    return t.binaryExpression("+", t.binaryExpression("+", t.stringLiteral(piece.negated ? "[^" : "["), body), t.stringLiteral("]"));
  }

  function report(state, path, text) {
    const what = untranslatable(text);
    if (what.length > 0) {
      const where = `${state.filename}:${path.node.loc ? path.node.loc.start.line : "?"}`;
      state.adalProblems.push(`${where}: ${what.join(", ")}`);
    }
  }

  /** Escapes cooked text back into template-literal raw text. */
  function rawOf(cooked) {
    return cooked.replace(/\\/gu, "\\\\").replace(/`/gu, "\\`").replace(/\$\{/gu, "\\${");
  }

  return {
    name: "adal-es2016-regex-sources",
    pre() {
      this.adalClasses = new Map();
      this.adalProblems = [];
    },
    visitor: {
      StringLiteral(path, state) {
        const value = path.node.value;
        report(state, path, value);
        if (!/\\[pP]\{/u.test(value)) return;
        const parent = path.parent;
        if (t.isImportDeclaration(parent) || t.isExportDeclaration(parent) || t.isCallExpression(parent, { callee: { name: "require" } }) || (t.isObjectProperty(parent) && parent.key === path.node && !parent.computed)) return;
        const parts = splitPropertyEscapes(value).map((p) => ("text" in p ? t.stringLiteral(p.text) : expressionFor(state, p)));
        const expr = parts.reduce((acc, p) => (acc ? t.binaryExpression("+", acc, p) : p), null);
        path.replaceWith(t.isStringLiteral(parts[0]) ? expr : t.binaryExpression("+", t.stringLiteral(""), expr));
        path.skip();
      },
      TemplateLiteral(path, state) {
        const parent = path.parent;
        const tagged = t.isTaggedTemplateExpression(parent);
        const rawTag = tagged && t.isMemberExpression(parent.tag) && t.isIdentifier(parent.tag.object, { name: "String" }) && t.isIdentifier(parent.tag.property, { name: "raw" });
        if (tagged && !rawTag) return;
        const texts = path.node.quasis.map((q) => (rawTag ? q.value.raw : q.value.cooked ?? q.value.raw));
        for (const text of texts) report(state, path, text);
        if (!texts.some((x) => /\\[pP]\{/u.test(x))) return;
        const quasis = [];
        const expressions = [];
        const classState = { inClass: false };
        let current = "";
        const flushQuasi = () => {
          quasis.push(t.templateElement({ raw: rawTag ? current : rawOf(current), cooked: current }, false));
          current = "";
        };
        texts.forEach((text, i) => {
          for (const piece of splitPropertyEscapes(text, classState)) {
            if ("text" in piece) current += piece.text;
            else {
              flushQuasi();
              expressions.push(expressionFor(state, piece));
            }
          }
          if (i < path.node.expressions.length) {
            flushQuasi();
            expressions.push(path.node.expressions[i]);
          }
        });
        quasis.push(t.templateElement({ raw: rawTag ? current : rawOf(current), cooked: current }, true));
        path.replaceWith(t.templateLiteral(quasis, expressions));
        path.skip();
      },
      Program: {
        exit(path, state) {
          if (state.adalClasses.size > 0) {
            const decls = [...state.adalClasses].map(([name, prop]) => t.variableDeclarator(t.identifier(name), t.callExpression(t.identifier("require"), [t.stringLiteral(`${CLASS_MODULE}?${prop}`)])));
            path.unshiftContainer("body", t.variableDeclaration("var", decls));
          }
          for (const p of state.adalProblems) console.warn(`adal-es2016-regex-sources: ${p} cannot run on an ECMAScript 2016 engine`);
        },
      },
    },
  };
};
