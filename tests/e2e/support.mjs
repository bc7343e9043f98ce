// Shared set-up for the end-to-end journeys: serve dist/ on 127.0.0.1 and drive Debian's
// Chromium through playwright-core (no browser download).
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const artifacts = `${root}/tests/e2e/artifacts`;
mkdirSync(artifacts, { recursive: true });

export async function start() {
  const server = await serve(`${root}/dist`, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return {
    base, page, context, errors,
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
    async shot(name) {
      await page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
    },
  };
}

/** Starts the browser on the start page and loads the demo workspace (it opens on User Status). */
export async function startWithDemo() {
  const s = await start();
  await s.page.goto(`${s.base}/`);
  await s.page.getByRole("button", { name: "Load the demo workspace" }).click();
  await s.page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  return s;
}

const axePath = `${root}/node_modules/axe-core/axe.min.js`;

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}
