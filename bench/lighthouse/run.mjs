// Lighthouse (npm, Apache-2.0) on the release site served by scripts/serve.mjs, in Debian's
// Chromium, with Lighthouse's default mobile settings (simulated throttling), then its desktop
// settings (desktop-config: a fast link, no CPU slow-down, a desktop screen). Prints each page's
// scores and its first and largest contentful paint and total blocking time. A benchmark, run by
// scripts/bench.sh; never a test.
//   node bench/lighthouse/run.mjs [dist-dir]
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const server = await serve(process.argv[2] ?? `${root}/dist`, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const pages = [
  ["start page", "/"],
  ["User Status (a generated workspace of 200 subscribers)", "/demo/200"],
  ["User Activation Portal", "/activate/0123456789abcdef"],
];
const ms = (a) => (a?.numericValue == null ? "n/a" : `${Math.round(a.numericValue)} ms`);
try {
  for (const [form, config] of [["mobile", undefined], ["desktop", desktopConfig]]) for (const [name, path] of pages) {
    const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"] }, config);
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const a = lhr.audits;
    console.log(`${form}: ${name} (${path}): performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}; FCP ${ms(a["first-contentful-paint"])}, LCP ${ms(a["largest-contentful-paint"])}, TBT ${ms(a["total-blocking-time"])}, CLS ${a["cumulative-layout-shift"]?.numericValue?.toFixed(3)}`);
    for (const [id, audit] of Object.entries(a)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === "binary") console.log(`  failing: ${id}: ${audit.title}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
