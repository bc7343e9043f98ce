// Cuts the app's wasm into a main module and one chunk per lazy page, and puts them in place of
// the single wasm Trunk built. Run first by Trunk's post_build hook (scripts/post-build.sh):
//   node scripts/split.mjs <staging-dir>
//
// Trunk has no step between cargo and wasm-bindgen, and the splitter needs cargo's own wasm
// (wasm-bindgen drops the relocations it reads). So this takes cargo's wasm from target/ (built
// with `-Clink-args=--emit-relocs`, .cargo/config.toml) and:
//   1. wasm-split-cli: the main module, split_<page>.wasm per split point (src/lazy.rs) and
//      chunk_<n>.wasm for code several pages share, and __wasm_split.js, their loader;
//   2. wasm-bindgen --keep-lld-exports on the main module (the chunks link against its exports);
//   3. wasm-opt (npm binaryen, as Trunk.toml) on the main module and every chunk, in release;
//   4. content-hashed names (cached immutable), the page's links and integrity updated, and a
//      preload of the opened route's chunks, so they download beside the main module.
// See ARCHITECTURE.md, "The split wasm".
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const staging = process.argv[2];
if (!staging) throw new Error("usage: node scripts/split.mjs <staging-dir>");
const NAME = "flowthrough";
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
const targetDir = process.env.CARGO_TARGET_DIR ?? "target";
const input = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${NAME}.wasm`);
if (!existsSync(input)) throw new Error(`split: cargo's wasm is not at ${input}`);

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
const work = mkdtempSync(join(tmpdir(), "flowthrough-split-"));
const split = join(work, "split");
const bound = join(work, "bound");
mkdirSync(split);

// 1. Split.
run("wasm-split-cli", [input, split, "--target", "web", "--out-name", NAME]);
// 2. Bind the main module.
run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", bound, "--out-name", NAME, join(split, `${NAME}.wasm`)]);
// 3. Optimize for size (the features rustc 1.95 enables for wasm32 by default).
const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`).sort();
const wasmFiles = [join(bound, `${NAME}_bg.wasm`), ...chunks.map((c) => join(split, c))];
if (release) {
  const features = ["--enable-bulk-memory", "--enable-multivalue", "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-reference-types", "--enable-sign-ext"];
  // FLOWTHROUGH_WASM_NAMES=1 keeps the functions' names, for a CPU profile that names them.
  const names = process.env.FLOWTHROUGH_WASM_NAMES ? ["-g"] : [];
  for (const file of wasmFiles) run("wasm-opt", ["-Oz", ...names, ...features, file, "-o", file]);
}

// 4. Names with content hashes. The glue and the loader import each other, so both carry one
// hash of everything; each chunk carries its own.
const hex = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const read = (p) => readFileSync(p);
let glue = readFileSync(join(bound, `${NAME}.js`), "utf8");
let loader = readFileSync(join(split, "__wasm_split.js"), "utf8");
const main = read(join(bound, `${NAME}_bg.wasm`));
const all = createHash("sha256").update(glue).update(loader).update(main);
const chunkNames = new Map();
for (const c of chunks) {
  const bytes = read(join(split, c));
  all.update(bytes);
  chunkNames.set(c, `${c.replace(/\.wasm$/, "")}-${hex(bytes)}.wasm`);
}
const h = all.digest("hex").slice(0, 16);
const names = { glue: `${NAME}-${h}.js`, wasm: `${NAME}-${h}_bg.wasm`, loader: `__wasm_split-${h}.js` };

const replaceAll = (text, from, to) => {
  if (!text.includes(from)) throw new Error(`split: expected ${from} in the generated JavaScript`);
  return text.split(from).join(to);
};
// Only the module specifiers: the wasm's imports keep the name "./__wasm_split.js" as their key.
glue = replaceAll(glue, `from "./__wasm_split.js"`, `from "./${names.loader}"`);
glue = glue.split(`${NAME}_bg.wasm`).join(names.wasm);
loader = replaceAll(loader, `from "./${NAME}.js"`, `from "./${names.glue}"`);
for (const [from, to] of chunkNames) loader = replaceAll(loader, `"./${from}"`, `"./${to}"`);

// Which files each split point needs, read from the loader: a split point's own file and the
// shared chunks its loader waits for.
const chunkVar = new Map(); // __chunk_3 -> file
for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) chunkVar.set(m[1], m[2]);
const needs = {}; // split point -> [files]
for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\)/g)) {
  const own = /new URL\("\.\/([^"]+)"/.exec(m[2]);
  const deps = m[3].split(",").map((s) => s.trim()).filter(Boolean).map((v) => chunkVar.get(v));
  needs[m[1]] = [...(own ? [own[1]] : []), ...deps].filter(Boolean);
}

// Which split point each route shows: the routes (src/lib.rs) and the pages (src/routes/mod.rs).
const lib = readFileSync("src/lib.rs", "utf8");
const pages = readFileSync("src/routes/mod.rs", "utf8");
const chunkOf = new Map();
for (const m of pages.matchAll(/lazy_page!\((\w+), (\w+), (\w+),/g)) chunkOf.set(m[1], m[3]);
const routes = [];
for (const m of lib.matchAll(/path!\("([^"]*)"\) view=\|\| page\((\w+)\)/g)) {
  const chunk = chunkOf.get(m[2]);
  if (!chunk) throw new Error(`split: no lazy_page! for ${m[2]}`);
  if (!needs[chunk]) throw new Error(`split: the splitter made no loader for ${chunk}`);
  // "/partner/templates/:id/users" -> ^/partner/templates/[^/]+/users/?$
  const pattern = "^" + m[1].replace(/:[a-z_]+/g, "[^/]+").replace(/\/$/, "") + "/?$";
  routes.push([pattern, needs[chunk]]);
}
if (routes.length === 0) throw new Error("split: found no routes in src/lib.rs");

// Into the staging folder, in place of Trunk's single wasm and its glue.
const old = readdirSync(staging).filter((f) => new RegExp(`^${NAME}-[0-9a-f]{1,16}(_bg)?\\.(js|wasm)$`).test(f));
const oldJs = old.find((f) => f.endsWith(".js"));
const oldWasm = old.find((f) => f.endsWith(".wasm"));
if (!oldJs || !oldWasm) throw new Error("split: Trunk's glue and wasm are not in the staging folder");
for (const f of old) rmSync(join(staging, f));
writeFileSync(join(staging, names.glue), glue);
writeFileSync(join(staging, names.wasm), main);
writeFileSync(join(staging, names.loader), loader);
for (const [from, to] of chunkNames) writeFileSync(join(staging, to), read(join(split, from)));
if (existsSync(join(bound, "snippets"))) throw new Error("split: wasm-bindgen wrote snippets, which this step does not copy yet");

// The page: the new names and their integrity, the loader preloaded with the glue, and the
// opened route's chunks fetched at once (the loader's fetch() then finds them in the cache).
const sri = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
let html = readFileSync(join(staging, "index.html"), "utf8");
html = replaceAll(html, oldJs, names.glue);
html = replaceAll(html, oldWasm, names.wasm);
// Trunk's minified page leaves attribute values unquoted where it can.
const withIntegrity = (text, file, data) => {
  const link = new RegExp(`(<link[^>]*href="?/${file.replace(/[.]/g, "\\.")}"?[^>]*integrity=)("[^"]*"|[^\\s>]+)`);
  if (!link.test(text)) throw new Error(`split: no <link> with integrity for ${file} in index.html`);
  return text.replace(link, `$1"${sri(data)}"`);
};
html = withIntegrity(html, names.glue, glue);
html = withIntegrity(html, names.wasm, main);
const preload = `<link rel="modulepreload" href="/${names.loader}" crossorigin="anonymous" integrity="${sri(loader)}">` +
  `<script>window.__flowthroughChunks=${JSON.stringify(needs)};(function(){var r=${JSON.stringify(routes)},p=location.pathname;for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){r[i][1].forEach(function(f){var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href="/"+f;document.head.appendChild(l)});break}})()</script>`;
html = replaceAll(html, "</head>", `${preload}</head>`);
writeFileSync(join(staging, "index.html"), html);
rmSync(work, { recursive: true, force: true });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`split: main ${kb(main.length)}, ${chunks.length} chunks ${kb(chunks.reduce((s, c) => s + read(join(staging, chunkNames.get(c))).length, 0))}`);
