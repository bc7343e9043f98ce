// Where one interaction's script time goes, by function: Chromium's sampling CPU profiler (CDP
// `Profiler`, 50 µs) around each of N repeats of a User Status or Control Hub users interaction
// at 100,000 subscribers, self time summed by function. Needs a build that keeps the wasm's names:
//   FLOWTHROUGH_WASM_NAMES=1 trunk build --release --features bench --dist dist-bench-names
//   BENCH_DIST=dist-bench-names node bench/profile.mjs [users|ch] [op] [repeats]
// op: search1, sort, page, filter, or cold (a cold load of User Status from a blank page, the
// workspace in IndexedDB). Prints the top functions; asserts nothing.
import { open, openUserStatus } from "./chromium.mjs";

const [where = "users", opName = "search1", repeats = "20"] = process.argv.slice(2);
const { browser, base, close } = await open("dist-bench-names");
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/bench/100000`);
await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 600_000 });
await page.locator("tbody tr").first().waitFor();
if (where === "ch") {
  await page.evaluate(() => window.__benchReplaceStoredWorkspace());
  await page.goto(`${base}/control`);
  await page.getByRole("link", { name: "Acme Corp", exact: true }).click();
  await page.locator("tbody tr td.why").first().waitFor({ timeout: 600_000 });
}
const typeInto = (v) => `() => { const s = document.querySelector("input[type=search]"); s.value = ${JSON.stringify(v)}; s.dispatchEvent(new Event("input", { bubbles: true })); }`;
const clickText = (sel, text) => `() => [...document.querySelectorAll(${JSON.stringify(sel)})].find((b) => b.textContent.trim().startsWith(${JSON.stringify(text)})).click()`;
const filterOn = where === "ch" ? clickText("button.chip", "Not Verified") : "() => document.querySelector('[role=switch]').click()";
const filterOff = where === "ch" ? clickText("button.chip", "All") : filterOn;
const OPS = {
  search1: [typeInto("d"), typeInto("")],
  sort: [clickText("th button.sort", "Name"), null],
  page: [clickText("button", "Next page"), clickText("button", "Previous page")],
  filter: [filterOn, filterOff],
};
// op "cold": the page opened afresh from a blank one, the workspace stored in IndexedDB.
if (opName === "cold") await page.evaluate(() => window.__benchReplaceStoredWorkspace());
const [act, undo] = opName === "cold" ? ["cold", null] : OPS[opName];
const run = (src) => src === "cold"
  ? openUserStatus(page, base)
  : page.evaluate(async (src) => {
    await new Function(`return (${src})`)()();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }, src);
const before = () => (opName === "cold" ? page.goto("about:blank") : null);
for (let i = 0; i < 3; i++) { await before(); await run(act); if (undo) await run(undo); }
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
const self = new Map();
// PROFILE_CALLERS=name: also the callers (three frames up) of functions whose name contains it.
const watch = process.env.PROFILE_CALLERS;
const callers = new Map();
let total = 0;
for (let i = 0; i < Number(repeats); i++) {
  await before();
  await cdp.send("Profiler.start");
  await run(act);
  const { profile } = await cdp.send("Profiler.stop");
  if (undo) await run(undo);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, k) => {
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "anonymous"})`;
    const ms = (dt[k + 1] ?? dt[k]) / 1000;
    if (name === "(idle)" || name === "(program)") return;
    self.set(name, (self.get(name) ?? 0) + ms);
    if (watch && name.includes(watch)) {
      const up = [];
      for (let p = parent.get(n.id); p && up.length < 3; p = parent.get(p.id)) up.push(p.callFrame.functionName.slice(0, 90));
      const key = up.join(" < ");
      callers.set(key, (callers.get(key) ?? 0) + ms);
    }
    total += ms;
  });
}
console.log(`${where} ${opName}: ${(total / repeats).toFixed(2)} ms of script a repeat (self time, top 40, ms a repeat)`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / repeats).toFixed(3).padStart(8)}  ${name.slice(0, 150)}`);
if (watch) for (const [k, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(ms / repeats).toFixed(3).padStart(8)}  < ${k}`);
await close();
