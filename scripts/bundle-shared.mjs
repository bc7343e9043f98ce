// Bundles js/shared.mjs (the NATS client for shared workspaces) into the site as its own
// content-hashed ES module, and tells the page where it is: the app imports it only when a
// shared workspace is opened, so it is never part of the first download.
//   node scripts/bundle-shared.mjs <staging-dir>
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: bundle-shared.mjs <staging-dir>");
const out = await build({
  entryPoints: ["js/shared.mjs"],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  write: false,
  legalComments: "eof",
  // @nats-io/obj reaches for node:crypto only when told to (its "native" sha256 backend); the
  // browser uses its JavaScript sha256.
  external: ["node:crypto"],
});
const code = out.outputFiles[0].contents;
const name = `shared-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const index = join(dir, "index.html");
let html = readFileSync(index, "utf8");
// The import goes through the page, so the app needs no JS snippet of its own for it.
const script = `<script>window.__flowthroughShared="/${name}";window.__flowthroughImport=function(u){return import(u)}</script>`;
html = html.replace(/<script>window\.__flowthroughShared=[^<]*<\/script>/, "");
html = html.replace("</head>", `${script}</head>`);
writeFileSync(index, html);
console.log(`shared client: ${name} (${(code.length / 1024).toFixed(0)} KB)`);
