// In-browser benchmark: flowthrough's User Status view against a plain JavaScript table over the
// same rows, in Debian's headless Chromium, on the release build with the `bench` feature in
// dist-bench/. Prints figures (median of RUNS), never asserts them. Run: scripts/bench.sh (or
// `node bench/harness.mjs` after `trunk build --release --features bench --dist dist-bench`). Sizes: BENCH_SIZES=1000,10000,50000,100000 (default).
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,50000,100000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const plainHtml = readFileSync(`${root}/bench/plain.html`, "utf8");

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7) + " ms";

// Runs `act` in the page and resolves after the next frame has been painted.
const timeInPage = (page, act) =>
  page.evaluate(async (src) => {
    const run = new Function(`return (${src})`)();
    const t0 = performance.now();
    await run();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, act.toString());

// The main thread's busy time so far (Chromium's TaskDuration, through the DevTools protocol).
const busy = async (cdp) => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value * 1000;
const session = async (page) => { const cdp = await page.context().newCDPSession(page); await cdp.send("Performance.enable"); return cdp; };

// Times `act` (to the next painted frame) and the main thread's work within that time.
// The benchmark build also adds up named spans of its own work (`window.__benchSpans`: the
// query, the page's rows, each row's data, the list state's effects) for where the time goes.
const spans = (page) => page.evaluate(() => ({ ...(window.__benchSpans ?? {}) }));
const measure = async (page, cdp, act, into) => {
  const s0 = await spans(page);
  const before = await busy(cdp);
  const wall = await timeInPage(page, act);
  into.wall.push(wall);
  into.task.push((await busy(cdp)) - before);
  const s1 = await spans(page);
  for (const k of Object.keys(s1)) (into.spans[k] ??= []).push(s1[k] - (s0[k] ?? 0));
};
const series = () => ({ wall: [], task: [], spans: {} });
const typeInto = (sel, v) => `() => { const s = document.querySelector(${JSON.stringify(sel)}); s.value = ${JSON.stringify(v)}; s.dispatchEvent(new Event("input", { bubbles: true })); }`;
const clickText = (sel, text) => `() => [...document.querySelectorAll(${JSON.stringify(sel)})].find((b) => b.textContent.trim().startsWith(${JSON.stringify(text)})).click()`;

// The interactions a list has, on flowthrough (`ft`) and the plain table (`pj`): each is the
// timed action and the one that undoes it (untimed). `four` types three letters (untimed) and
// times the fourth.
const SEARCH = "input[type=search]";
const run = async (page, cdp, ops) => {
  const out = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [name, op] of Object.entries(ops)) {
      out[name] ??= series();
      for (const pre of op.before ?? []) await timeInPage(page, pre);
      await measure(page, cdp, op.act, out[name]);
      for (const post of op.after ?? []) await timeInPage(page, post);
    }
  }
  return out;
};
const listOps = (search, filterOn, filterOff, sortName, next, prev, word) => ({
  filter: { act: filterOn, after: [filterOff] },
  search1: { act: typeInto(search, word[0]), after: [typeInto(search, "")] },
  search4: { before: [1, 2, 3].map((k) => typeInto(search, word.slice(0, k))), act: typeInto(search, word), after: [typeInto(search, "")] },
  sort: { act: sortName },
  page: { act: next, after: [prev] },
});
const WORD = "dahl";

// Clicks whatever the export button is and times until the download link is clicked.
const timeExport = (page, selector) =>
  page.evaluate(async (sel) => {
    const t0 = performance.now();
    const done = new Promise((resolve) => {
      const catcher = (e) => {
        const a = e.target;
        if (a && a.tagName === "A" && a.download) { e.preventDefault(); document.removeEventListener("click", catcher, true); resolve(performance.now() - t0); }
      };
      document.addEventListener("click", catcher, true);
    });
    const target = sel === "Export" ? [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Export") : document.querySelector(sel);
    target.click();
    return done;
  }, selector);

// The build with the benchmark page (`trunk build --release --features bench --dist dist-bench`).
const server = await serve(`${root}/${process.env.BENCH_DIST ?? "dist-bench"}`, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const results = [];
for (const n of sizes) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(`${base}/bench/${n}`);
  await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 600_000 });
  await page.locator("tbody tr").first().waitFor();
  const load = Date.now() - t0;
  const generated = await page.evaluate(() => window.__benchReady);

  const cdp = await session(page);
  const ft = await run(page, cdp, listOps(SEARCH, "() => document.querySelector('[role=switch]').click()", "() => document.querySelector('[role=switch]').click()",
    clickText("th button.sort", "Name"), clickText("button", "Next page"), clickText("button", "Previous page"), WORD));
  ft.export = [];
  for (let i = 0; i < RUNS; i++) ft.export.push(await timeExport(page, "Export"));
  const rows = await page.evaluate(() => window.__benchRows());
  const userRows = await page.evaluate(() => window.__benchUsers());
  await page.close();

  const plain = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await plain.setContent(plainHtml);
  await plain.evaluate((json) => window.init(JSON.parse(json)), rows);
  const pcdp = await session(plain);
  const plainOps = listOps("#search", "() => document.getElementById('exclude').click()", "() => document.getElementById('exclude').click()",
    "() => document.getElementById('sort-name').click()", "() => document.getElementById('next').click()", "() => document.getElementById('prev').click()", WORD);
  const pj = await run(plain, pcdp, plainOps);
  pj.export = [];
  for (let i = 0; i < RUNS; i++) pj.export.push(await timeExport(plain, "#export"));
  // The same plain table over Control Hub's users (state filter: Not Verified).
  await plain.evaluate((json) => window.init(JSON.parse(json), { show: [0, 1, 2, 3], search: [0, 1], name: 0, filter: { col: 2, value: "Not Verified", keep: true } }), userRows);
  const pu = await run(plain, pcdp, plainOps);
  await plain.close();
  // Cold load from storage and a persisted action (localStorage, or IndexedDB for the bulk).
  let cold = null, persisted = null, stored = null, coldSteps = null, users = null;
  {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(`${base}/bench/${n}`);
    await p.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 600_000 });
    stored = await p.evaluate(() => window.__benchReplaceStoredWorkspace()).catch((e) => String(e));
    if (typeof stored === "object") {
      const loads = [], actions = [], steps = [];
      for (let i = 0; i < RUNS; i++) {
        await p.goto(`${base}/partner/templates/1/users`);
        await p.locator("tbody tr td.mono").first().waitFor({ timeout: 600_000 });
        loads.push(await p.evaluate(() => performance.now()));
        steps.push(await p.evaluate(() => window.__flowthroughLoadTimings ?? null));
        actions.push(await p.evaluate(async (round) => {
          document.querySelector("button[aria-haspopup=menu]").click();
          await new Promise((r) => setTimeout(r, 50));
          [...document.querySelectorAll("[role=menuitem]")].find((m) => m.textContent === "Change Package Type").click();
          await new Promise((r) => setTimeout(r, 50));
          const select = document.querySelector("[role=dialog] select");
          select.value = round % 2 ? "Basic" : "Premium";
          select.dispatchEvent(new Event("change"));
          const before = localStorage.getItem("flowthrough.v3.revision");
          const save = [...document.querySelectorAll("[role=dialog] button")].find((b) => b.textContent === "Save");
          const t0 = performance.now();
          save.click();
          const t1 = performance.now();
          const rev = localStorage.getItem("flowthrough.v3.revision");
          const entry = localStorage.getItem(`flowthrough.v3.change.${rev}`);
          return rev !== before ? { ms: t1 - t0, units: entry ? entry.length : NaN, persist: window.__flowthroughPersistMs } : { ms: NaN, units: NaN, persist: NaN };
        }, i));
      }
      cold = median(loads);
      if (steps[0]) coldSteps = Object.fromEntries(Object.keys(steps[0]).map((k) => [k, median(steps.map((s) => s[k]))]));
      persisted = median(actions.map((a) => a.ms));
      stored.entryUnits = median(actions.map((a) => a.units));
      stored.persistMs = median(actions.map((a) => a.persist));
      // Control Hub users of the same workspace: every user of the customer's organization, in
      // the same table component.
      await p.goto(`${base}/control`);
      const opened = Date.now();
      await p.getByRole("link", { name: "Acme Corp", exact: true }).click();
      await p.locator("tbody tr td.why").first().waitFor({ timeout: 600_000 });
      users = { open: Date.now() - opened };
      users.count = await p.evaluate(() => document.querySelector(".pager span").textContent);
      const pc = await session(p);
      users.ops = await run(p, pc, listOps(SEARCH, clickText("button.chip", "Not Verified"), clickText("button.chip", "All"),
        clickText("th button.sort", "Name"), clickText("button", "Next page"), clickText("button", "Previous page"), WORD));
      // The audit log and the mailbox: a search over every entry.
      for (const [where, path, ready] of [["audit", "/control/audit", "tbody tr td.nowrap"], ["mailbox", "/mailbox", "main article, main li, tbody tr"]]) {
        await p.goto(`${base}${path}`);
        await p.locator(ready).first().waitFor({ timeout: 600_000 });
        // Wait for the history to be read in full (the page says so while it reads).
        await p.waitForFunction(() => !document.body.textContent.includes("Reading"), null, { timeout: 600_000 }).catch(() => {});
        const c = await session(p);
        users[where] = await run(p, c, { search1: { act: typeInto(SEARCH, WORD[0]), after: [typeInto(SEARCH, "")] },
          search4: { before: [1, 2, 3].map((k) => typeInto(SEARCH, WORD.slice(0, k))), act: typeInto(SEARCH, WORD), after: [typeInto(SEARCH, "")] } });
        users[where].count = await p.evaluate(() => document.querySelector(".pager span")?.textContent ?? "");
      }
      // The heap of a freshly opened workspace: the wasm memory (the model) and the JS heap
      // after a garbage collection.
      await p.goto(`${base}/partner/templates/1/users`);
      await p.locator("tbody tr td.mono").first().waitFor({ timeout: 600_000 });
      const hc = await p.context().newCDPSession(p);
      await hc.send("HeapProfiler.collectGarbage");
      users.heap = await p.evaluate(() => ({ wasm: window.__benchWasmMemory?.buffer.byteLength ?? NaN, js: performance.memory?.usedJSHeapSize ?? NaN }));
      // Leave nothing behind for the next size.
      await p.evaluate(() => localStorage.clear());
    }
    await p.close();
  }
  results.push({ n, load, generated, ft, pj, pu, cold, coldSteps, persisted, stored, users });

  console.log(`\n${n.toLocaleString("en")} subscribers (generated in the page in ${generated.toFixed(0)} ms; page ready in ${load} ms)`);
  const table = (title, a, b) => {
    console.log(`${title.padEnd(13)}  flowthrough (main thread)      plain JS (main thread)   ratio`);
    for (const op of Object.keys(a)) {
      if (!a[op].wall) continue;
      const fa = median(a[op].wall), fb = b?.[op] ? median(b[op].wall) : NaN;
      const ta = median(a[op].task), tb = b?.[op] ? median(b[op].task) : NaN;
      const within = Object.entries(a[op].spans ?? {}).map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join(", ");
      console.log(`${op.padEnd(13)} ${fmt(fa)} (${fmt(ta)})   ${fmt(fb)} (${fmt(tb)})   ${(fa / fb).toFixed(2)}x${within ? `   [ms within: ${within}]` : ""}`);
    }
  };
  table("User Status", ft, pj);
  console.log(`export        ${fmt(median(ft.export))}   ${fmt(median(pj.export))}   ${(median(ft.export) / median(pj.export)).toFixed(2)}x`);
  if (typeof stored === "object") {
    const where = stored.indexeddb ? "IndexedDB (too big for localStorage)" : "localStorage";
    console.log(`stored form ${(stored.chars / 1e6).toFixed(2)} MB (${(stored.chars / n).toFixed(0)} B/subscriber) in ${where}, written in ${fmt(stored.ms)}`);
    console.log(`cold load to first rows ${fmt(cold)}; Change Package Type click to persisted ${fmt(persisted)} (journal entry ${stored.entryUnits} code units, written in ${fmt(stored.persistMs)} of it)`);
    if (coldSteps) console.log(`  of which: IndexedDB read ${fmt(coldSteps.read)}, decode ${fmt(coldSteps.decode)}, journal ${fmt(coldSteps.journal)}`);
    if (users) {
      console.log(`Control Hub users (${users.count}): open ${fmt(users.open)}`);
      table("CH users", users.ops, pu);
      for (const where of ["audit", "mailbox"]) {
        console.log(`${where} (${users[where].count}): first letter ${fmt(median(users[where].search1.wall))} (${fmt(median(users[where].search1.task))}), four letters ${fmt(median(users[where].search4.wall))} (${fmt(median(users[where].search4.task))})`);
      }
      console.log(`heap after opening: wasm memory ${(users.heap.wasm / 1048576).toFixed(1)} MiB, JS heap ${(users.heap.js / 1048576).toFixed(1)} MiB`);
    }
  } else {
    console.log(`not stored: ${stored}`);
  }
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 1));
await browser.close();
server.close();
