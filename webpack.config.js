/**
 * Builds.
 *  - "node": the `adal` CLI and the eval/bench scripts (build/node/*.cjs), rules compiled in.
 * The add-in bundles (Word and Outlook task panes) are added by the Word and Outlook issues.
 */
const path = require("node:path");

const yamlRule = { test: /\.ya?ml$/, use: path.resolve(__dirname, "tools/yaml-loader.cjs"), type: "javascript/auto" };
const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
};

const nodeConfig = {
  name: "node",
  target: "node20",
  mode: "production",
  entry: {
    adal: "./src/cli/main.ts",
    eval: "./scripts/eval.ts",
    bench: "./scripts/bench.ts",
    "make-samples": "./scripts/make-samples.ts",
  },
  output: {
    path: path.resolve(__dirname, "build/node"),
    filename: "[name].cjs",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".cjs", ".json"] },
  module: { rules: [tsRule, yamlRule] },
  // textlint loads its rules dynamically; it is only used by the benchmark as the baseline.
  externals: { docx: "commonjs docx", "@textlint/kernel": "commonjs @textlint/kernel", "@textlint/textlint-plugin-text": "commonjs @textlint/textlint-plugin-text", "textlint-rule-prh": "commonjs textlint-rule-prh" },
  externalsPresets: { node: true },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};

module.exports = [nodeConfig];
