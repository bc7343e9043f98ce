// Makes the site's two wasm apps and puts them in place of the single wasm Trunk built. Run
// first by Trunk's post_build hook (scripts/post-build.sh):
//   node scripts/split.mjs <staging-dir>
//
// The apps (ARCHITECTURE.md, "The split wasm"):
//   - the console (the `flowthrough` binary Trunk built), cut into a main module and chunks;
//   - the end user's app (the `portal` binary: the User Activation Portal and emailed links,
//     src/end_user.rs), built here by cargo with the same profile and features, so it shares
//     the compiled core and library rather than copying them.
// Trunk has no step between cargo and wasm-bindgen, and the splitter needs cargo's own wasm
// (wasm-bindgen drops the relocations it reads). So for each app this takes cargo's wasm from
// target/ (built with `-Clink-args=--emit-relocs`, .cargo/config.toml) and:
//   1. wasm-split-cli: the main module, split_<page>.wasm per split point (src/lazy.rs) and
//      chunk_<n>.wasm for code several split points share, and __wasm_split.js, their loader;
//   2. wasm-bindgen --keep-lld-exports on the main module (the chunks link against its exports);
//   3. wasm-opt -Oz (npm binaryen, as Trunk.toml) on both apps' main modules and chunks, in
//      release, through binaryen's API in worker threads (scripts/wasm-opt.mjs);
//   4. content-hashed names (cached immutable).
// Each step's seconds are printed.
// Then the page: Trunk's start-up script gives way to one that starts the app the address
// needs, with the preloads and integrity of that app's files and the opened route's chunks.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { optimize } from "./wasm-opt.mjs";

const staging = process.argv[2];
if (!staging) throw new Error("usage: node scripts/split.mjs <staging-dir>");
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
const targetDir = process.env.CARGO_TARGET_DIR ?? "target";
const wasmOf = (bin) => join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${bin}.wasm`);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
const work = mkdtempSync(join(tmpdir(), "flowthrough-split-"));
const hex = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const sri = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const replaceAll = (text, from, to) => {
  if (!text.includes(from)) throw new Error(`split: expected ${from} in the generated JavaScript`);
  return text.split(from).join(to);
};

// The end user's app, with the format-2 reader as its only split point: with the console's
// `split`, every console page's split function would be exported from the library, so kept.
run("cargo", ["build", "--quiet", "--target", "wasm32-unknown-unknown", "--bin", "portal", "--features", "lazy-format-2", ...(release ? ["--release"] : [])]);

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Splits one app and binds its main module; returns its folders and its wasm files. */
function prepare(bin) {
  const input = wasmOf(bin);
  if (!existsSync(input)) throw new Error(`split: cargo's wasm is not at ${input}`);
  const split = join(work, `${bin}-split`);
  const bound = join(work, `${bin}-bound`);
  mkdirSync(split);
  const began = performance.now();
  // 1. Split.
  run("wasm-split-cli", [input, split, "--target", "web", "--out-name", bin]);
  // 2. Bind the main module.
  run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", bound, "--out-name", bin, join(split, `${bin}.wasm`)]);
  if (existsSync(join(bound, "snippets"))) throw new Error("split: wasm-bindgen wrote snippets, which this step does not copy yet");
  const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${bin}.wasm`).sort();
  const wasmFiles = [join(bound, `${bin}_bg.wasm`), ...chunks.map((c) => join(split, c))];
  console.log(`split: ${bin}: split and bound in ${seconds(began)}`);
  return { bin, split, bound, chunks, wasmFiles };
}

/** Names one app's files after their content; returns them (name -> bytes or text) and which
 * files each of its split points needs. `prefix` keeps its chunks' names apart. */
function finish({ bin, split, bound, chunks }, prefix) {
  // 4. Names with content hashes. The glue and the loader import each other, so both carry one
  // hash of everything; each chunk carries its own.
  let glue = readFileSync(join(bound, `${bin}.js`), "utf8");
  let loader = readFileSync(join(split, "__wasm_split.js"), "utf8");
  const main = readFileSync(join(bound, `${bin}_bg.wasm`));
  const all = createHash("sha256").update(glue).update(loader).update(main);
  const chunkNames = new Map();
  for (const c of chunks) {
    const bytes = readFileSync(join(split, c));
    all.update(bytes);
    chunkNames.set(c, `${prefix}${c.replace(/\.wasm$/, "")}-${hex(bytes)}.wasm`);
  }
  const h = all.digest("hex").slice(0, 16);
  const names = { glue: `${bin}-${h}.js`, wasm: `${bin}-${h}_bg.wasm`, loader: `${prefix}__wasm_split-${h}.js` };
  // Only the module specifiers: the wasm's imports keep the name "./__wasm_split.js" as their key.
  glue = replaceAll(glue, `from "./__wasm_split.js"`, `from "./${names.loader}"`);
  glue = glue.split(`${bin}_bg.wasm`).join(names.wasm);
  loader = replaceAll(loader, `from "./${bin}.js"`, `from "./${names.glue}"`);
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
  const files = new Map([[names.glue, glue], [names.wasm, main], [names.loader, loader]]);
  for (const [from, to] of chunkNames) files.set(to, readFileSync(join(split, from)));
  console.log(`split: ${bin}: main ${kb(main.length)}, ${chunks.length} chunks ${kb(chunks.reduce((s, c) => s + files.get(chunkNames.get(c)).length, 0))}`);
  return { names, files, needs };
}

const prepared = [prepare("flowthrough"), prepare("portal")];
// 3. Optimize for size, both apps' modules together (FLOWTHROUGH_WASM_NAMES=1 keeps the
// functions' names, for a CPU profile that names them).
if (release) {
  const began = performance.now();
  const files = prepared.flatMap((p) => p.wasmFiles);
  await optimize(files, { names: !!process.env.FLOWTHROUGH_WASM_NAMES });
  console.log(`split: wasm-opt -Oz on ${files.length} modules in ${seconds(began)}`);
}
const consoleApp = finish(prepared[0], "");
const endUser = finish(prepared[1], "portal-");

// Which split point each console route shows: the routes (src/lib.rs) and the pages
// (src/routes/mod.rs).
const lib = readFileSync("src/lib.rs", "utf8");
const pages = readFileSync("src/routes/mod.rs", "utf8");
const chunkOf = new Map();
for (const m of pages.matchAll(/lazy_page!\((\w+), (\w+), (\w+),/g)) chunkOf.set(m[1], m[3]);
const routes = [];
for (const m of lib.matchAll(/path!\("([^"]*)"\) view=\|\| page\((\w+)\)/g)) {
  const chunk = chunkOf.get(m[2]);
  if (!chunk) throw new Error(`split: no lazy_page! for ${m[2]}`);
  if (!consoleApp.needs[chunk]) throw new Error(`split: the splitter made no loader for ${chunk}`);
  // "/partner/templates/:id/users" -> ^/partner/templates/[^/]+/users/?$
  const pattern = "^" + m[1].replace(/:[a-z_]+/g, "[^/]+").replace(/\/$/, "") + "/?$";
  routes.push([pattern, consoleApp.needs[chunk]]);
}
if (routes.length === 0) throw new Error("split: found no routes in src/lib.rs");

// Into the staging folder, in place of Trunk's single wasm and its glue.
const old = readdirSync(staging).filter((f) => /^flowthrough-[0-9a-f]{1,16}(_bg)?\.(js|wasm)$/.test(f));
const oldJs = old.find((f) => f.endsWith(".js"));
const oldWasm = old.find((f) => f.endsWith(".wasm"));
if (!oldJs || !oldWasm) throw new Error("split: Trunk's glue and wasm are not in the staging folder");
for (const f of old) rmSync(join(staging, f));
for (const app of [consoleApp, endUser]) for (const [name, data] of app.files) writeFileSync(join(staging, name), data);

// The page. Trunk's start-up script and its preloads of the one wasm give way to:
//   - a table of the two apps' files with their integrity, and of the console's routes;
//   - a classic script in the head that picks the app: the end user's on the portal's and
//     emailed links' addresses, unless the workspace is a lesson's copy or shared (their
//     records' keys, as src/storage/ keeps them: then the console's app shows those pages,
//     through its layers); it preloads that app's glue, main module and loader, and the
//     opened route's chunks, so they download at once;
//   - a module script that starts it, and if it cannot be fetched says so in the page's frame
//     with "Try again", in the frame's language (index.html's boot words).
let html = readFileSync(join(staging, "index.html"), "utf8");
const start = /<script type="?module"?>import init, \* as bindings from '\/flowthrough-[0-9a-f]+\.js';[\s\S]*?<\/script>/;
if (!start.test(html)) throw new Error("split: Trunk's start-up script is not in index.html");
const preloads = [new RegExp(`<link[^>]*href="?/${oldJs.replace(/[.]/g, "\\.")}"?[^>]*>`), new RegExp(`<link[^>]*href="?/${oldWasm.replace(/[.]/g, "\\.")}"?[^>]*>`)];
for (const p of preloads) {
  if (!p.test(html)) throw new Error(`split: Trunk's preload ${p} is not in index.html`);
  html = html.replace(p, "");
}
const app = ({ names, files }) => ({
  glue: [names.glue, sri(files.get(names.glue))],
  wasm: [names.wasm, sri(files.get(names.wasm))],
  loader: [names.loader, sri(files.get(names.loader))],
});
const apps = { console: app(consoleApp), endUser: app(endUser) };
// The records' keys, read from src/storage/ (the one module that names them), so they cannot drift.
const key = (file, name) => {
  const m = new RegExp(`const ${name}: &str = "([^"]+)"`).exec(readFileSync(file, "utf8"));
  if (!m) throw new Error(`split: ${name} is not in ${file}`);
  return m[1];
};
const layered = [key("src/storage/local.rs", "PRACTICE_KEY"), key("src/storage/shared.rs", "RECORD_KEY")];
const chooser = `<script>window.__flowthroughChunks=${JSON.stringify(consoleApp.needs)};(function(){` +
  `var a=${JSON.stringify(apps)},r=${JSON.stringify(routes)},p=location.pathname,own=true;` +
  `try{own=${JSON.stringify(layered)}.every(function(k){return !localStorage.getItem(k)})}catch(e){}` +
  `var app=own&&/^\\/(activate|link)\\/[^/]+\\/?$/.test(p)?a.endUser:a.console;window.__flowthroughApp=app;` +
  `var add=function(rel,f,sri,as){var l=document.createElement("link");l.rel=rel;if(as)l.as=as;l.crossOrigin="anonymous";l.href="/"+f;if(sri)l.integrity=sri;document.head.appendChild(l)};` +
  `add("modulepreload",app.glue[0],app.glue[1]);add("modulepreload",app.loader[0],app.loader[1]);add("preload",app.wasm[0],app.wasm[1],"fetch");` +
  `if(app===a.console)for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){r[i][1].forEach(function(f){add("preload",f,null,"fetch")});break}})()</script>`;
const starter = `<script type="module">const app=window.__flowthroughApp;` +
  `try{const m=await import("/"+app.glue[0]);const wasm=await m.default({module_or_path:"/"+app.wasm[0]});` +
  `window.wasmBindings=m;dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}))}` +
  `catch(e){console.error(e);const main=document.querySelector("#boot main");if(main){` +
  `const w=(window.__flowthroughBoot||{}).words||{},t=(k,d)=>w[k]||d,el=(n,k,d)=>{const x=document.createElement(n);x.textContent=t(k,d);return x};` +
  `const box=document.createElement("div");box.className="chunk-error";box.setAttribute("role","alert");` +
  `const b=el("button","page-try-again","Try again");b.type="button";b.className="btn btn-primary";b.onclick=()=>location.reload();` +
  `box.append(el("h1","page-unavailable","This page could not be loaded"),el("p","page-unavailable-why","Its part of the app did not arrive: the connection may be down, or a new release came out since this tab was opened. Your workspace is safe in this browser. Try again, or reload the page."),b);main.replaceChildren(box)}}</script>`;
html = html.replace(start, starter);
html = replaceAll(html, "</head>", `${chooser}</head>`);
writeFileSync(join(staging, "index.html"), html);
rmSync(work, { recursive: true, force: true });
