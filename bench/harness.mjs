// In-browser benchmark: flowthrough's User Status view against a plain JavaScript table over the
// same rows, in Debian's headless Chromium, on the release build with the `bench` feature in
// dist-bench/. Prints figures (median of RUNS), never asserts them. Run: scripts/bench.sh (or
// `node bench/harness.mjs` after `trunk build --release --features bench --dist dist-bench`). Sizes: BENCH_SIZES=1000,10000,50000,100000 (default).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
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

  const ft = { toggle: [], search: [], sort: [], export: [] };
  for (let i = 0; i < RUNS; i++) {
    ft.toggle.push(await timeInPage(page, () => document.querySelector("[role=switch]").click()));
    await timeInPage(page, () => document.querySelector("[role=switch]").click());
    ft.search.push(await timeInPage(page, () => { const s = document.querySelector("input[type=search]"); s.value = "d"; s.dispatchEvent(new Event("input", { bubbles: true })); }));
    await timeInPage(page, () => { const s = document.querySelector("input[type=search]"); s.value = ""; s.dispatchEvent(new Event("input", { bubbles: true })); });
    ft.sort.push(await timeInPage(page, () => [...document.querySelectorAll("th button.sort")].find((b) => b.textContent.startsWith("Name")).click()));
    ft.export.push(await timeExport(page, "Export"));
  }
  const rows = await page.evaluate(() => window.__benchRows());
  await page.close();

  const plain = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await plain.setContent(plainHtml);
  await plain.evaluate((json) => window.init(JSON.parse(json)), rows);
  const pj = { toggle: [], search: [], sort: [], export: [] };
  for (let i = 0; i < RUNS; i++) {
    pj.toggle.push(await timeInPage(plain, () => document.getElementById("exclude").click()));
    await timeInPage(plain, () => document.getElementById("exclude").click());
    pj.search.push(await timeInPage(plain, () => { const s = document.getElementById("search"); s.value = "d"; s.dispatchEvent(new Event("input")); }));
    await timeInPage(plain, () => { const s = document.getElementById("search"); s.value = ""; s.dispatchEvent(new Event("input")); });
    pj.sort.push(await timeInPage(plain, () => document.getElementById("sort-name").click()));
    pj.export.push(await timeExport(plain, "#export"));
  }
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
      users = { open: Date.now() - opened, filter: [], search: [], sort: [] };
      users.count = await p.evaluate(() => document.querySelector(".pager span").textContent);
      const chip = (label) => `() => [...document.querySelectorAll("button.chip")].find((b) => b.textContent.startsWith(${JSON.stringify(label)})).click()`;
      const typeSearch = (v) => `() => { const s = document.querySelector("input[type=search]"); s.value = ${JSON.stringify(v)}; s.dispatchEvent(new Event("input", { bubbles: true })); }`;
      for (let i = 0; i < RUNS; i++) {
        users.filter.push(await timeInPage(p, chip("Not Verified")));
        await timeInPage(p, chip("All"));
        users.search.push(await timeInPage(p, typeSearch("d")));
        await timeInPage(p, typeSearch(""));
        users.sort.push(await timeInPage(p, () => [...document.querySelectorAll("th button.sort")].find((b) => b.textContent.startsWith("Name")).click()));
      }
      // Leave nothing behind for the next size.
      await p.evaluate(() => localStorage.clear());
    }
    await p.close();
  }
  results.push({ n, load, generated, ft, pj, cold, persisted, stored });

  console.log(`\n${n.toLocaleString("en")} subscribers (generated in the page in ${generated.toFixed(0)} ms; page ready in ${load} ms)`);
  console.log("operation      flowthrough   plain JS   ratio");
  for (const op of ["toggle", "search", "sort", "export"]) {
    const a = median(ft[op]), b = median(pj[op]);
    console.log(`${op.padEnd(12)} ${fmt(a)} ${fmt(b)}   ${(a / b).toFixed(2)}x`);
  }
  if (typeof stored === "object") {
    const where = stored.indexeddb ? "IndexedDB (too big for localStorage)" : "localStorage";
    console.log(`stored form ${(stored.chars / 1e6).toFixed(2)} MB (${(stored.chars / n).toFixed(0)} B/subscriber) in ${where}, written in ${fmt(stored.ms)}`);
    console.log(`cold load to first rows ${fmt(cold)}; Change Package Type click to persisted ${fmt(persisted)} (journal entry ${stored.entryUnits} code units, written in ${fmt(stored.persistMs)} of it)`);
    if (coldSteps) console.log(`  of which: IndexedDB read ${fmt(coldSteps.read)}, decode ${fmt(coldSteps.decode)}, journal ${fmt(coldSteps.journal)}`);
    if (users) console.log(`Control Hub users (${users.count}): open ${fmt(users.open)}; state filter ${fmt(median(users.filter))}, search ${fmt(median(users.search))}, sort by name ${fmt(median(users.sort))}`);
  } else {
    console.log(`not stored: ${stored}`);
  }
}
await browser.close();
server.close();
