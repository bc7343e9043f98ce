// The split wasm (src/lazy.rs, scripts/split.mjs): each route's first download stays within its
// budget, the portal downloads no console page, and a chunk that cannot be fetched shows the
// page's error with "Try again" instead of breaking the app.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { start } from "./support.mjs";
import { firstDownload } from "../../bench/routes.mjs";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const KB = 1024;
// The first download (wasm + JS + CSS, as served: brotli) of a route opened cold may not grow
// past what it is today (BENCHMARKS.md, "Download and start", says what each step took off).
// Raised 2 KB for the model's string buffer (issue 32: 1.6-1.9 KB of code for 14.6 MiB less
// heap and a decode 20 ms shorter at 100,000 subscribers). Raised 10-14 KB for a customer's
// real data (issue 33: the import's commands, their codec and handlers, the reported facts in
// the state part and the diagnosis on them are in both apps' core; about 3.5 KB is English's
// new messages, compiled into both).
const BUDGET = { "/": 349 * KB, "/partner/templates/t/users": 502 * KB, "/activate/p": 260 * KB };

const html = readFileSync(`${dist}/index.html`, "utf8");
const files = readdirSync(dist);
const br = (f) => statSync(`${dist}/${f}.br`).size;
/** What a route opened cold downloads: the CSS, the app its address starts and the route's chunks. */
const filesFor = firstDownload(html);
const { apps, routes } = filesFor;
// The consoles' chunks (a split point per area: src/routes/mod.rs) and its main module.
const consolePages = [...files.filter((f) => /^split_(home|partner|control|support|lessons)-[0-9a-f]{16}\.wasm$/.test(f)), apps.console.wasm[0]];

test("the page starts one of two apps, each a main module and chunks, all content-hashed", () => {
  assert.ok(Array.isArray(routes) && routes.length >= 20, "index.html carries the route table");
  assert.match(apps.console.wasm[0], /^flowthrough-[0-9a-f]{16}_bg\.wasm$/, "the console's main module");
  assert.match(apps.endUser.wasm[0], /^portal-[0-9a-f]{16}_bg\.wasm$/, "the end user's main module");
  for (const a of Object.values(apps)) {
    for (const [file, integrity] of Object.values(a)) {
      assert.ok(files.includes(file), `${file} is in the build`);
      assert.match(integrity, /^sha384-/, `${file} carries its integrity`);
    }
  }
  const chunks = files.filter((f) => f.endsWith(".wasm") && /^(portal-)?(split|chunk)_/.test(f));
  assert.equal(consolePages.length, 6, `a chunk per console area: ${consolePages}`);
  for (const c of chunks) assert.match(c, /-[0-9a-f]{16}\.wasm$/, "hashed, so cached immutable");
});

test("each route's first download stays within its budget", () => {
  const report = [];
  for (const [path, budget] of Object.entries(BUDGET)) {
    const total = filesFor(path).reduce((sum, f) => sum + br(f), 0);
    report.push(`${path}: ${(total / KB).toFixed(1)} KB of ${budget / KB} KB`);
    assert.ok(total <= budget, `${path} downloads ${(total / KB).toFixed(1)} KB brotli, over its ${budget / KB} KB budget:\n${filesFor(path).map((f) => `  ${f} ${(br(f) / KB).toFixed(1)} KB`).join("\n")}`);
  }
  console.log(`first downloads (brotli): ${report.join("; ")}`);
});

test("the portal's and a link's first download hold nothing of the console", () => {
  for (const path of ["/activate/p", "/link/t"]) {
    const pages = filesFor(path).filter((f) => consolePages.includes(f) || f.startsWith("flowthrough-"));
    assert.deepEqual(pages, [], `${path} downloads the console`);
  }
});

let s;
before(async () => { s = await start(); });
after(async () => { await s?.stop(); });

test("an end user opening the portal downloads no console page, even when the browser is idle", async () => {
  const { page, base } = s;
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await page.goto(`${base}/activate/0123456789abcdef`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(2500); // past the idle prefetch's 2 s limit
  const wasm = fetched.filter((f) => f.endsWith(".wasm"));
  assert.deepEqual(wasm.filter((f) => f.endsWith("_bg.wasm")), [apps.endUser.wasm[0]], "the end user's app, not the console's");
  assert.deepEqual(wasm.filter((f) => consolePages.includes(f)), [], "no console page");
  assert.deepEqual(wasm.filter((f) => !filesFor("/activate/p").includes(f)), [], "nothing beyond the portal's own files");
});

test("a chunk that cannot be fetched shows the page's error, and Try again fetches it", async () => {
  const { page, base, errors } = s;
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "Load the demo workspace" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  // The server fails the timeline's chunk (the support pages': timeline, replay, mailbox, workspace) (a 5xx, or a release deployed since the tab opened).
  let refused = 0;
  const support = /\/split_support-[0-9a-f]{16}\.wasm$/;
  await page.route(support, (route) => { refused++; return route.fulfill({ status: 503, body: "unavailable" }); });
  await page.goto(`${base}/timeline`);
  const alert = page.getByRole("alert");
  await alert.getByRole("heading", { name: "This page could not be loaded" }).waitFor();
  assert.ok(refused >= 1, "the chunk was asked for");
  // The console is still there around it, and nothing else broke.
  await page.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Partner Hub" }).waitFor();
  await page.unroute(support);
  await alert.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("heading", { level: 1, name: "What happens next" }).waitFor();
  assert.deepEqual(errors, [], "no panic, no uncaught error");
  // The workspace was not touched.
  await page.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Partner Hub" }).click();
  await page.getByRole("link", { name: "Acme Corp" }).first().waitFor();
});

test("in a shared workspace or a lesson's copy the portal's address starts the console's app, which shows the portal", async () => {
  for (const key of ["flowthrough.shared", "flowthrough.lesson.practice"]) {
    const context = await s.browser.newContext();
    // Only the record's presence matters to the choice; the console reads (and here refuses) it.
    await context.addInitScript((k) => localStorage.setItem(k, "{}"), key);
    const page = await context.newPage();
    const fetched = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
    await page.goto(`${s.base}/activate/0123456789abcdef`);
    await page.getByRole("heading", { level: 1, name: "Activation is not available" }).waitFor();
    assert.deepEqual(fetched.filter((f) => f.endsWith("_bg.wasm")), [apps.console.wasm[0]], `${key}: the console's app`);
    await context.close();
  }
});

test("an app whose wasm cannot be fetched at start says so in the page's frame, and Try again loads it", async () => {
  for (const [path, app, heading] of [["/", "console", "flowthrough"], ["/activate/0123456789abcdef", "endUser", "Activation is not available"]]) {
    const context = await s.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const chunk = new RegExp(`/${apps[app].wasm[0].replace(".", "\\.")}$`);
    let refused = 0;
    await page.route(chunk, (route) => { refused++; return route.fulfill({ status: 503, body: "unavailable" }); });
    await page.goto(`${s.base}${path}`);
    const alert = page.getByRole("alert");
    await alert.getByRole("heading", { name: "This page could not be loaded" }).waitFor();
    assert.ok(refused >= 1, `${app} was asked for`);
    await page.unroute(chunk);
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    assert.deepEqual(errors, [], `${path}: no uncaught error`);
    await context.close();
  }
});

test("a page whose chunk is still on its way shows the loading frame, then the page", async () => {
  // A new browser context: nothing in its cache, so the chunk's request reaches the route.
  const context = await s.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  let held;
  const release = new Promise((ok) => { held = ok; });
  const control = /\/split_control-[0-9a-f]{16}\.wasm$/;
  await page.route(control, async (route) => { await release; await route.continue(); });
  await page.goto(`${s.base}/control/audit`);
  await page.getByRole("status").filter({ hasText: "Loading the page…" }).waitFor();
  await page.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Control Hub" }).waitFor();
  held();
  await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
