// What the release build sends, as served (raw, gzip, brotli): the wasm, the JS glue, the CSS,
// the font, and each language's messages (English is compiled into the wasm; the others are
// fetched only when chosen). A benchmark, printed by scripts/bench.sh; never a test.
//   node bench/sizes.mjs [dist-dir]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, path) => {
  const body = readFileSync(path);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body).length;
  console.log(`${name.padEnd(28)} ${kb(body.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip ${kb(br).padStart(10)} brotli`);
};
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
for (const f of files.filter((f) => /\.(wasm|js|css)$/.test(f))) row(f.replace(/-[0-9a-f]{16}/, ""), join(dist, f));
row("fonts/Inter.var.woff2", join(dist, "fonts/Inter.var.woff2"));
for (const f of readdirSync(join(dist, "locales")).filter((f) => f.endsWith(".ftl"))) {
  row(`locales/${f}${f === "en.ftl" ? " (in the wasm)" : ""}`, join(dist, "locales", f));
}
