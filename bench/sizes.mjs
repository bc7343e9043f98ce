// What the release build sends, as served (raw, gzip, brotli): the wasm, the JS glue, the CSS,
// the font, and each language's messages (English is compiled into the wasm; the others are
// fetched only when chosen). A benchmark, printed by scripts/bench.sh; never a test.
//   node bench/sizes.mjs [dist-dir]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { firstDownload } from "./routes.mjs";

const dist = process.argv[2] ?? "dist";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, path) => {
  const body = readFileSync(path);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body).length;
  console.log(`${name.padEnd(28)} ${kb(body.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip ${kb(br).padStart(10)} brotli`);
};
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
const isChunk = (f) => /^(portal-)?(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f);
for (const f of files.filter((f) => /\.(wasm|js|css)$/.test(f) && !isChunk(f))) row(f.replace(/-[0-9a-f]{16}/, ""), join(dist, f));
// The wasm chunks (scripts/split.mjs): one per area's pages, and the code areas share.
for (const f of files.filter((f) => /^split_/.test(f) && f.endsWith(".wasm"))) row(`  ${f.replace(/-[0-9a-f]{16}/, "")}`, join(dist, f));
const chunks = files.filter(isChunk);
const sum = (fn) => chunks.reduce((s, f) => s + fn(readFileSync(join(dist, f))), 0);
console.log(`${`all ${chunks.length} chunks`.padEnd(28)} ${kb(sum((b) => b.length)).padStart(10)} raw ${kb(sum((b) => gzipSync(b, { level: 9 }).length)).padStart(10)} gzip ${kb(sum((b) => brotliCompressSync(b).length)).padStart(10)} brotli`);
// What opening each route cold downloads (wasm + JS + CSS, brotli): the app the address starts
// and the route's chunks (index.html's table, bench/routes.mjs).
const filesFor = firstDownload(readFileSync(join(dist, "index.html"), "utf8"));
const br = (f) => brotliCompressSync(readFileSync(join(dist, f))).length;
for (const path of ["/", "/partner/templates/1/users", "/control/orgs/1/users", "/mailbox", "/activate/1", "/link/1", "/lessons", "/lessons/class/board"]) {
  const need = filesFor(path);
  console.log(`first download of ${path}: ${kb(need.reduce((s, f) => s + br(f), 0))} brotli in ${need.length} files`);
}
row("fonts/Inter.var.woff2", join(dist, "fonts/Inter.var.woff2"));
for (const f of readdirSync(join(dist, "locales")).filter((f) => f.endsWith(".ftl"))) {
  row(`locales/${f}${f === "en.ftl" ? " (in the wasm)" : ""}`, join(dist, "locales", f));
}
