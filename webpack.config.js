/**
 * Builds.
 *  - "web": the add-ins served to Office and to a plain browser (dist/): the Word task pane (and
 *    its standalone twin), manifests with the origin filled in, icons and sample drafts.
 *  - "node": the `adal` CLI, the development server and the eval/bench scripts (build/node/*.cjs).
 * The production build (`npm run build`) is dist/ only; development parts never go there.
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_ORIGIN, rewriteManifest } = require("./tools/manifest-urls.cjs");

/** Copies static files into the output, rewriting the origin (and the help page) in manifests. */
class CopyStaticPlugin {
  constructor(origin, supportUrl) {
    this.origin = origin;
    this.supportUrl = supportUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyStaticPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyStaticPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { RawSource } = compiler.webpack.sources;
        const add = (from, to, transform) => {
          const full = path.resolve(__dirname, from);
          compilation.fileDependencies.add(full);
          let data = fs.readFileSync(full);
          if (transform) data = Buffer.from(transform(data.toString("utf8")), "utf8");
          compilation.emitAsset(to, new RawSource(data));
        };
        for (const f of fs.readdirSync(path.resolve(__dirname, "assets"))) if (/\.png$/u.test(f)) add(`assets/${f}`, `assets/${f}`);
        for (const f of fs.readdirSync(path.resolve(__dirname, "assets/samples"))) if (/\.docx$/u.test(f)) add(`assets/samples/${f}`, `samples/${f}`);
        for (const m of ["manifest.xml", "manifest.outlook.xml"]) {
          if (fs.existsSync(path.resolve(__dirname, m))) add(m, m, (xml) => rewriteManifest(xml, { origin: this.origin, supportUrl: this.supportUrl }));
        }
      });
    });
  }
}

const yamlRule = { test: /\.ya?ml$/, use: path.resolve(__dirname, "tools/yaml-loader.cjs"), type: "javascript/auto" };
// The panes ship the rule files without their examples (tools/yaml-to-module.cjs says why); the CLI keeps them for `adal rules --test`.
const paneYamlRule = { test: /\.ya?ml$/, use: { loader: path.resolve(__dirname, "tools/yaml-loader.cjs"), options: { stripExamples: true } }, type: "javascript/auto" };
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
    "eval-mail": "./scripts/eval-mail.ts",
    digest: "./scripts/digest.ts",
    bench: "./scripts/bench.ts",
    "make-samples": "./scripts/make-samples.ts",
    serve: "./src/server/main.ts",
    provision: "./scripts/provision.ts",
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
  externals: { "@azure/msal-node": "commonjs @azure/msal-node", selfsigned: "commonjs selfsigned", docx: "commonjs docx", "@textlint/kernel": "commonjs @textlint/kernel", "@textlint/textlint-plugin-text": "commonjs @textlint/textlint-plugin-text", "textlint-rule-prh": "commonjs textlint-rule-prh" },
  externalsPresets: { node: true },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};

function webConfig(env, argv) {
  const production = (argv.mode ?? "production") === "production";
  const origin = (process.env.ADAL_ORIGIN ?? DEV_ORIGIN).replace(/\/$/u, "");
  return {
    name: "web",
    target: "web",
    mode: production ? "production" : "development",
    entry: { taskpane: "./src/ui/main.tsx", outlook: "./src/ui/outlook-main.tsx", "auth-dialog": "./src/office/auth-dialog-page.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      // The "launchevent" build writes these two into dist/ as well.
      clean: { keep: /^(launchevent\.js|commands\.html)$/u },
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: { rules: [tsRule, paneYamlRule] },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "src/ui/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "outlook.html", template: "src/ui/taskpane.html", chunks: ["outlook"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "src/ui/index.html", chunks: [] }),
      // The page the manifests name as SupportUrl and "learn more" (ADAL_SUPPORT_URL replaces it).
      new HtmlWebpackPlugin({ filename: "help.html", template: "src/ui/help.html", chunks: [] }),
      // The sign-in page the Office dialog opens where nested app authentication is unavailable.
      new HtmlWebpackPlugin({ filename: "auth.html", template: "src/ui/taskpane.html", chunks: ["auth-dialog"], scriptLoading: "defer" }),
      new CopyStaticPlugin(origin, process.env.ADAL_SUPPORT_URL || undefined),
    ],
    devtool: production ? false : "eval-cheap-module-source-map",
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/**
 * The Outlook on-send handler, dist/launchevent.js: one file at the fixed name the manifest gives,
 * no chunks. Classic Outlook on Windows runs it in a JavaScript-only runtime that supports
 * ECMAScript 2016 and nothing later ("Troubleshoot event-based and spam-reporting add-ins",
 * learn.microsoft.com/office/dev/add-ins/outlook/troubleshoot-event-based-and-spam-reporting-add-ins),
 * so this build alone goes through Babel: syntax and regex literals down to ES2016
 * (preset-env, Chrome 52 being an ES2016 engine), ES2017+ built-ins from core-js, and the
 * regular expressions built from strings at run time rewritten by tools/babel-es2016-regex.cjs.
 */
const ES2016_HAS = [
  /^es\.promise(\.(constructor|all|catch|race|reject|resolve))?$/u,
  /^es\.(symbol|map|set|weak-map|weak-set|typed-array|uint8-array|array-buffer|data-view|iterator|reflect|json|math|number|function)\b/u,
  /^es\.(array\.(iterator|includes|from|of|fill|find|find-index|copy-within|push|unshift)|string\.(iterator|includes|starts-with|ends-with|repeat|raw|code-point-at|from-code-point))$/u,
  /^es\.regexp\.(constructor|dot-all|flags|sticky|test|to-string)$/u,
  /^es\.object\.(assign|to-string|keys|freeze|get-prototype-of|set-prototype-of|define-property|define-properties)$/u,
  /^web\./u,
  /^esnext\./u,
];

function launchEventConfig(env, argv) {
  const production = (argv.mode ?? "production") === "production";
  const origin = (process.env.ADAL_ORIGIN ?? DEV_ORIGIN).replace(/\/$/u, "");
  const babel = {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      sourceType: "unambiguous",
      // core-js only for what ES2016 lacks: usage detection goes by method names, so built-ins an
      // ES2016 engine has (Promise, Symbol, iterators, typed arrays) and later proposals that
      // method names like .map or .set happen to match are left out.
      presets: [["@babel/preset-env", { targets: { chrome: "52" }, modules: false, useBuiltIns: "usage", corejs: "3.51", bugfixes: true, exclude: ES2016_HAS }]],
      plugins: [path.resolve(__dirname, "tools/babel-es2016-regex.cjs")],
    },
  };
  return {
    name: "launchevent",
    target: ["web", "es5"],
    mode: production ? "production" : "development",
    entry: { launchevent: "./src/office/outlook/launchevent.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "launchevent.js", clean: false },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: [babel, tsRule.use] },
        { test: /\.ya?ml$/, type: "javascript/auto", use: [babel, path.resolve(__dirname, "tools/yaml-loader.cjs")] },
        { test: /tools[\\/]unicode-class\.js$/, use: path.resolve(__dirname, "tools/unicode-class-loader.cjs") },
      ],
    },
    plugins: [
      // The bundled fictional supplier list is a development fallback only (README, "The Outlook add-in").
      new (require("webpack").DefinePlugin)({ ADAL_BUNDLED_SUPPLIERS: JSON.stringify(origin === DEV_ORIGIN) }),
      // The runtime page Outlook on the web, new Outlook and Mac load the on-send handler in.
      new HtmlWebpackPlugin({ filename: "commands.html", template: "src/office/outlook/commands.html", chunks: ["launchevent"], scriptLoading: "blocking" }),
    ],
    devtool: false,
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/** Development-only browser code (the emulator's "sign in as" picker): build/devweb/, never dist/. */
const devWebConfig = {
  name: "devweb",
  target: "web",
  mode: "production",
  entry: { "dev-signin": "./src/dev/dev-signin.ts" },
  output: { path: path.resolve(__dirname, "build/devweb"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [tsRule] },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};

module.exports = (env = {}, argv = {}) => [webConfig(env, argv), launchEventConfig(env, argv), nodeConfig, devWebConfig];
