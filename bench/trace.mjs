// Where one interaction's time goes: records a Chromium performance trace (the DevTools
// performance panel's, through Playwright's tracing) of each User Status interaction at N
// subscribers, on flowthrough and on bench/plain.html, and sums the renderer main thread's work by
// kind (script, style, layout, paint, other). Prints figures; asserts nothing.
// Run after `trunk build --release --features bench --dist dist-bench`:
//   node bench/trace.mjs [N]       (N = 100000 by default; TRACE_DIR=dir keeps the trace files,
//                                    which the DevTools performance panel opens; TRACE_LIST=ch
//                                    traces Control Hub users instead of User Status)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mainThread, open } from "./chromium.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const n = Number(process.argv[2] ?? 100000);
const keep = process.env.TRACE_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const { browser, base, close } = await open("dist-bench");

// The kind of work a trace event is (the performance panel's colours).
const KIND = {
  FunctionCall: "script", EvaluateScript: "script", "v8.compile": "script", TimerFire: "script", FireAnimationFrame: "script", EventDispatch: "script", RunMicrotasks: "script", "v8.callFunction": "script",
  UpdateLayoutTree: "style", RecalculateStyles: "style", ParseAuthorStyleSheet: "style",
  Layout: "layout", "LayoutShift": "layout",
  Paint: "paint", PrePaint: "paint", Layerize: "paint", UpdateLayer: "paint", CompositeLayers: "paint", Commit: "paint", PaintImage: "paint", "LocalFrameView::RunPostLifecycleSteps": "paint",
  HitTest: "other", ScheduleStyleRecalculation: "other",
};

// Sums the main thread's top-level tasks in the trace, and inside them each kind's own time
// (an event's duration less its children's of a kind already counted).
function summarize(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const { onMain, tasks } = mainThread(events);
  const total = tasks.reduce((a, e) => a + e.dur, 0) / 1000;
  // Up to the frame: the tasks until the end of the first one that paints (what the person
  // waits for); what runs after it (the address written when idle, say) is the rest of total.
  const painted = onMain.filter((e) => e.name === "Paint").sort((a, b) => a.ts - b.ts)[0];
  const frame = painted ? tasks.filter((t) => t.ts <= painted.ts).reduce((a, e) => a + e.dur, 0) / 1000 : NaN;
  const by = { script: 0, style: 0, layout: 0, paint: 0 };
  // Outermost event of each kind only (nested ones of the same kind are inside its time).
  const open = [];
  for (const e of onMain.filter((e) => KIND[e.name]).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const k = KIND[e.name];
    while (open.length && open[open.length - 1].end <= e.ts) open.pop();
    if (!open.some((o) => o.kind === k)) by[k] += e.dur / 1000;
    open.push({ kind: k, end: e.ts + e.dur });
  }
  return { total, frame, ...by };
}

const typeInto = (sel, v) => `() => { const s = document.querySelector(${JSON.stringify(sel)}); s.value = ${JSON.stringify(v)}; s.dispatchEvent(new Event("input", { bubbles: true })); }`;
const clickText = (sel, text) => `() => [...document.querySelectorAll(${JSON.stringify(sel)})].find((b) => b.textContent.trim().startsWith(${JSON.stringify(text)})).click()`;
const act = (page, src) =>
  page.evaluate(async (src) => {
    await new Function(`return (${src})`)()();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }, src);

// Each op traced TRACE_RUNS times (5 by default); every figure is the median of its runs.
const RUNS = Number(process.env.TRACE_RUNS ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// TRACE_OPS=page,sort traces only those.
const only = process.env.TRACE_OPS?.split(",");
async function traceOps(page, name, ops) {
  const out = {};
  for (const [op, { before = [], timed, after = [] }] of Object.entries(ops)) {
    if (only && !only.includes(op)) continue;
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      for (const b of before) await act(page, b);
      await new Promise((r) => setTimeout(r, 100));
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "toplevel"] });
      await act(page, timed);
      await new Promise((r) => setTimeout(r, 50));
      const buffer = await browser.stopTracing();
      if (keep) writeFileSync(`${keep}/${name}-${op}-${run}.json`, buffer);
      runs.push(summarize(buffer));
      for (const a of after) await act(page, a);
    }
    out[op] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  }
  return out;
}

const ops = (search, toggle, sort, next, prev) => ({
  toggle: { timed: toggle, after: [toggle] },
  search1: { timed: typeInto(search, "d"), after: [typeInto(search, "")] },
  search4: { before: [typeInto(search, "d"), typeInto(search, "da"), typeInto(search, "dah")], timed: typeInto(search, "dahl"), after: [typeInto(search, "")] },
  sort: { timed: sort },
  page: { timed: next, after: [prev] },
});

const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/bench/${n}`);
await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 600_000 });
await page.locator("tbody tr").first().waitFor();
const ch = process.env.TRACE_LIST === "ch";
const rows = await page.evaluate((ch) => (ch ? window.__benchUsers() : window.__benchRows()), ch);
if (ch) {
  await page.evaluate(() => window.__benchReplaceStoredWorkspace());
  await page.goto(`${base}/control`);
  await page.getByRole("link", { name: "Acme Corp", exact: true }).click();
  await page.locator("tbody tr td.why").first().waitFor({ timeout: 600_000 });
}
const toggle = ch ? clickText("button.chip", "Not Verified") : "() => document.querySelector('[role=switch]').click()";
// Warm every cached order and search text once, as a person's first minute would.
for (const [, o] of Object.entries(ops("input[type=search]", toggle, clickText("th button.sort", "Name"), clickText("button", "Next page"), clickText("button", "Previous page"))))
  for (const s of [...(o.before ?? []), o.timed, ...(o.after ?? [])]) await act(page, s);
const ft = await traceOps(page, "flowthrough", ops("input[type=search]", toggle, clickText("th button.sort", "Name"), clickText("button", "Next page"), clickText("button", "Previous page")));
await page.close();

const plain = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await plain.setContent(readFileSync(`${root}/bench/plain.html`, "utf8"));
await plain.evaluate(([json, ch]) => window.init(JSON.parse(json), ch ? { show: [0, 1, 2, 3], search: [0, 1], name: 0, filter: { col: 2, value: "Not Verified", keep: true } } : undefined), [rows, ch]);
const pj = await traceOps(plain, "plain", ops("#search", "() => document.getElementById('exclude').click()", "() => document.getElementById('sort-name').click()", "() => document.getElementById('next').click()", "() => document.getElementById('prev').click()"));
await plain.close();

const f = (x) => x.toFixed(1).padStart(6);
console.log(`main-thread work per interaction at ${n.toLocaleString("en")} subscribers (ms, from the trace, median of ${RUNS})`);
console.log("interaction   side          total  frame  script  style  layout  paint");
for (const op of Object.keys(ft)) {
  for (const [side, r] of [["flowthrough", ft[op]], ["plain JS", pj[op]]]) {
    console.log(`${op.padEnd(13)} ${side.padEnd(12)} ${f(r.total)} ${f(r.frame)} ${f(r.script)} ${f(r.style)} ${f(r.layout)} ${f(r.paint)}`);
  }
}
await close();
