// The static server the journeys and the benchmarks use never serves a file outside the folder
// it is given: not through `..` (plain or percent-encoded), not from a sibling folder whose name
// starts like the root's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  server = await serve(join(top, "site"), 0);
  port = server.address().port;
});
after(() => new Promise((ok) => server.close(ok)));

// A raw request, so the path reaches the server exactly as written (no client normalization).
const get = (path) => new Promise((ok, fail) => {
  const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
    let body = "";
    res.on("data", (c) => { body += c; });
    res.on("end", () => ok({ status: res.statusCode, body }));
  });
  req.on("error", fail);
  req.end();
});

test("files inside the folder are served", async () => {
  assert.deepEqual(await get("/page.txt"), { status: 200, body: "inside" });
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
