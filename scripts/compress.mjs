// Writes brotli (.br) and gzip (.gz) copies of the built site's wasm, JS, CSS, HTML and SVG
// files, as a static host serves them (scripts/serve.mjs picks one by Accept-Encoding). Run by
// Trunk's post_build hook:   node scripts/compress.mjs <dist-dir>
// The files compress side by side on libuv's thread pool (zlib's asynchronous calls).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const COMPRESSIBLE = /\.(wasm|js|mjs|css|html|svg|json|txt|ftl)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function files(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (COMPRESSIBLE.test(name)) out.push(path);
  }
  return out;
}

await Promise.all(files(process.argv[2] ?? "dist").map(async (path) => {
  const body = readFileSync(path);
  const [br, gzipped] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: 9 }),
  ]);
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipped);
}));
