// What the trace and profile scripts share: a build served and Debian's Chromium opened on it,
// and a trace's renderer main thread read as its outermost tasks.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Serves the build in BENCH_DIST (else `dist`, a folder of the repository) and launches
 * Chromium (CHROMIUM_ARGS: more switches, such as `--js-flags=--liftoff-only` to run the wasm in
 * V8's baseline code only): `{ browser, base, close }`. */
export async function open(dist) {
  const server = await serve(`${root}/${process.env.BENCH_DIST ?? dist}`, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...(process.env.CHROMIUM_ARGS ?? "").split(" ").filter(Boolean)],
  });
  const close = async () => { await browser.close(); server.close(); };
  return { browser, base: `http://127.0.0.1:${server.address().port}`, close };
}

/** Opens User Status of the stored workspace's first template (a cold load when the page was
 * elsewhere) and waits for its first rows. */
export async function openUserStatus(page, base) {
  await page.goto(`${base}/partner/templates/1/users`);
  await page.locator("tbody tr td.mono").first().waitFor({ timeout: 600_000 });
}

/** A trace's events on the renderer's main thread (`onMain`, complete events) and its outermost
 * tasks in time order (`tasks`: a ThreadControllerImpl::RunTask inside a RunTask counted once). */
export function mainThread(events) {
  // The busiest renderer main thread (a trace can hold other renderers' idle ones).
  const busy = (m) => events.reduce((a, e) => a + (e.pid === m.pid && e.tid === m.tid && e.ph === "X" && e.dur ? e.dur : 0), 0);
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((m) => [m, busy(m)]);
  const main = mains.sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined);
  const all = onMain.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask").sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const t of all) if (!tasks.length || t.ts >= tasks[tasks.length - 1].ts + tasks[tasks.length - 1].dur) tasks.push(t);
  return { onMain, tasks };
}
