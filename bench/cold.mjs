// Where a cold load of User Status at N subscribers goes: the workspace stored (IndexedDB), then
// the page opened afresh COLD_RUNS times (3 by default) under a Chromium trace; prints, for the
// median run, the main thread's busy time by kind and the largest tasks with what is inside
// them, up to the first rows. Prints figures; asserts nothing.
// Run after `trunk build --release --features bench --dist dist-bench`:
//   node bench/cold.mjs [N]        (BENCH_DIST names another build's folder)
import { mainThread, open, openUserStatus } from "./chromium.mjs";

const n = Number(process.argv[2] ?? 100000);
const RUNS = Number(process.env.COLD_RUNS ?? 3);
const { browser, base, close } = await open("dist-bench");
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/bench/${n}`);
await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 600_000 });
await page.evaluate(() => window.__benchReplaceStoredWorkspace());

const runs = [];
for (let i = 0; i < RUNS; i++) {
  // From a blank page: a page of the site would still be opening its workspace when the next
  // navigation starts, and its work would be counted in this one's.
  await page.goto("about:blank");
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "toplevel", "v8", "blink.user_timing"] });
  const t0 = Date.now();
  await openUserStatus(page, base);
  const rowsAt = await page.evaluate(() => performance.now());
  const timings = await page.evaluate(() => window.__flowthroughLoadTimings ?? null);
  const buffer = await browser.stopTracing();
  runs.push({ rowsAt, timings, wall: Date.now() - t0, events: JSON.parse(buffer.toString()).traceEvents ?? [] });
}
runs.sort((a, b) => a.rowsAt - b.rowsAt);
const run = runs[Math.floor(runs.length / 2)];
const ev = run.events;
const { onMain, tasks } = mainThread(ev);
const start = tasks[0]?.ts ?? 0;
const end = start + run.rowsAt * 1000;
const within = tasks.filter((t) => t.ts <= end);
const busy = within.reduce((a, t) => a + t.dur, 0) / 1000;
console.log(`cold load of User Status at ${n.toLocaleString("en")} (median of ${RUNS}): first rows at ${run.rowsAt.toFixed(0)} ms after navigation, main thread busy ${busy.toFixed(0)} ms of it`);
if (run.timings) console.log("the app's own timings:", JSON.stringify(run.timings));
const inside = (t) => {
  const by = {};
  for (const e of onMain) if (e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && !/RunTask/.test(e.name)) by[e.name] = Math.max(by[e.name] ?? 0, 0) + e.dur / 1000;
  return Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
};
console.log("largest tasks up to the first rows (start ms after the first task, duration ms, what is inside):");
for (const t of [...within].sort((a, b) => b.dur - a.dur).slice(0, 12).sort((a, b) => a.ts - b.ts))
  console.log(`${((t.ts - start) / 1000).toFixed(0).padStart(6)} ${(t.dur / 1000).toFixed(1).padStart(7)}  ${inside(t)}`);
await close();
