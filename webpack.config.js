/* Builds dist/: functions.js + functions.json (custom functions), taskpane.html
 * (shared runtime page and task pane), functions.html, manifest.xml.
 *
 * Production URLs: set LAEP_URL_PRODUCTION (https://…/) at build time and every
 * https://localhost:3000/ of manifest.xml becomes that address in dist/.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const URL_DEV = "https://localhost:3000/";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The address the manifest points at in dist/: localhost unless a deployment host is given. */
function urlDeploiement() {
  const url = process.env.LAEP_URL_PRODUCTION;
  if (!url) return URL_DEV;
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(`LAEP_URL_PRODUCTION doit être une adresse https://… (reçu : ${url})`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** HTTPS for the dev server: Office's developer certificates, or plain HTTP when asked or when none exist. */
async function serveurDev() {
  if (process.env.LAEP_HTTP === "1") return "http";
  if (process.platform === "win32" || process.platform === "darwin") {
    // As in Microsoft's templates: creates and trusts the developer certificates.
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  // Linux: scripts/start.mjs generates the certificates without installing them system-wide.
  const dossier = path.join(os.homedir(), ".office-addin-dev-certs");
  const fichiers = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dossier, f));
  if (!fichiers.every((f) => fs.existsSync(f))) return "http";
  const [ca, cert, key] = fichiers.map((f) => fs.readFileSync(f));
  return { type: "https", options: { ca, cert, key } };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const url = dev ? URL_DEV : urlDeploiement();
  const serve = Boolean(env && env.WEBPACK_SERVE);
  // Inlined as is in every page: ES5, so that even Internet Explorer runs it (see the file).
  const verifierNavigateur = fs.readFileSync(path.join(__dirname, "src/compatibilite/verifierNavigateur.es5.js"), "utf8");

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
      // The Formation tab, loaded by the pane when the tab first opens (src/taskpane/chargerFormation.ts).
      // Its own bundle, not a chunk of taskpane.js: a chunk sharing the core with the pane splits the
      // pane's modules apart (webpack cannot concatenate a module two chunks use), which cost the pane
      // 8,5 Kio; on its own it carries its copy of the core, and only trainers download it.
      formation: { import: "./src/taskpane/vueFormation.ts", library: { name: "LaepFormation", type: "window" } },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        title: "Financement LAEP — simulateur",
        officeJs: true,
        verifierNavigateur,
        // taskpane first: without an Office host it installs the stand-in that functions.js needs.
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
      }),
      // The same simulator for a plain browser (training room, projector): no Office.js, so
      // nothing outside this site is requested and nothing can hold the page.
      new HtmlWebpackPlugin({
        filename: "simulateur.html",
        template: "./src/taskpane/taskpane.html",
        title: "Financement LAEP — simulateur",
        officeJs: false,
        verifierNavigateur,
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        verifierNavigateur,
        chunks: ["functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(contenu) {
              return contenu.toString().replaceAll(URL_DEV, url);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: false,
      // This machine only: Excel (desktop or on the web) loads the add-in from localhost; nothing
      // else on the network needs the pages, and none of them is fetched cross-origin.
      host: "localhost",
      allowedHosts: ["localhost"],
      server: serve ? await serveurDev() : "http",
      port: PORT,
      client: { overlay: false },
      hot: false,
      liveReload: true,
    },
  };
};
