// The static server the journeys and the benchmarks use never serves a file outside the folder
// it is given: not through `..` (plain or percent-encoded), not from a sibling folder whose name
// starts like the root's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, gunzipSync, brotliDecompressSync } from "node:zlib";
import { serve } from "../../scripts/serve.mjs";

let server, port;
const top = mkdtempSync(join(tmpdir(), "flowthrough-serve-"));
before(async () => {
  mkdirSync(join(top, "site"));
  mkdirSync(join(top, "site-secret"));
  writeFileSync(join(top, "site", "index.html"), "<p>the app</p>");
  writeFileSync(join(top, "site", "page.txt"), "inside");
  writeFileSync(join(top, "site-secret", "key.txt"), "sibling secret");
  writeFileSync(join(top, "secret.txt"), "parent secret");
  const js = "console.log('the app');".repeat(50);
  writeFileSync(join(top, "site", "app-0123456789abcdef.js"), js);
  writeFileSync(join(top, "site", "app-0123456789abcdef.js.br"), brotliCompressSync(js));
  writeFileSync(join(top, "site", "app-0123456789abcdef.js.gz"), gzipSync(js));
  server = await serve(join(top, "site"), 0);
  port = server.address().port;
});
after(() => new Promise((ok) => server.close(ok)));

// A raw request, so the path reaches the server exactly as written (no client normalization).
const get = (path, headers = {}) => new Promise((ok, fail) => {
  const req = request({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
    const chunks = [];
    res.on("data", (c) => chunks.push(c));
    res.on("end", () => {
      const raw = Buffer.concat(chunks);
      ok({ status: res.statusCode, body: raw.toString(), raw, headers: res.headers });
    });
  });
  req.on("error", fail);
  req.end();
});

test("files inside the folder are served", async () => {
  const page = await get("/page.txt");
  assert.deepEqual([page.status, page.body], [200, "inside"]);
  assert.equal((await get("/some/client/route")).body, "<p>the app</p>", "unknown paths get the app");
});

test("nothing outside the folder is served", async () => {
  for (const path of [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/..%2fsecret.txt",
    "/../site-secret/key.txt",
    "/%2e%2e/site-secret/key.txt",
    "/..%2fsite-secret%2fkey.txt",
    "/..%2Fsite-secret/key.txt",
    "/..%5csecret.txt",
    "/page.txt%00.html",
  ]) {
    const { body } = await get(path);
    assert.ok(!body.includes("secret"), `${path} served ${body}`);
  }
});

test("compressed copies by Accept-Encoding, long caching for hashed files only", async () => {
  const js = "console.log('the app');".repeat(50);
  const br = await get("/app-0123456789abcdef.js", { "accept-encoding": "gzip, deflate, br" });
  assert.equal(br.headers["content-encoding"], "br");
  assert.equal(brotliDecompressSync(br.raw).toString(), js);
  assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
  assert.equal(br.headers.vary, "accept-encoding");
  const gz = await get("/app-0123456789abcdef.js", { "accept-encoding": "gzip, br;q=0" });
  assert.equal(gz.headers["content-encoding"], "gzip", "br;q=0 refuses brotli");
  assert.equal(gunzipSync(gz.raw).toString(), js);
  const plain = await get("/app-0123456789abcdef.js");
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.equal(plain.body, js);
  const index = await get("/some/client/route", { "accept-encoding": "br" });
  assert.equal(index.headers["cache-control"], "no-cache", "the page itself is revalidated on every load (no-store would keep it out of the back/forward cache)");
  assert.equal(index.headers["content-encoding"], undefined, "no compressed copy of this index.html: served as is");
  assert.equal((await get("/page.txt")).headers["cache-control"], "no-cache");
});
