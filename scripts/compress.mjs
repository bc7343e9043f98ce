// Writes brotli (.br) and gzip (.gz) copies of the built site's wasm, JS, CSS, HTML and SVG
// files, as a static host serves them (scripts/serve.mjs picks one by Accept-Encoding). Run by
// Trunk's post_build hook:   node scripts/compress.mjs <dist-dir>
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|svg|json|txt|ftl)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (COMPRESSIBLE.test(name)) {
      const body = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }));
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}

walk(process.argv[2] ?? "dist");
