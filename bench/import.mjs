// Importing a customer's subscribers from the Webex API's JSON, measured in Chromium (issue 33;
// figures in BENCHMARKS.md): N subscribers in page files of P (written here from the schema,
// every status, a tenth with an error), chosen at once on the Workspace page. Prints the time
// from choosing the files to the report, from the Import button to User Status's first rows,
// and the longest main-thread task (PerformanceObserver "longtask") of each step.
//   BENCH_IMPORT_N=100000 BENCH_IMPORT_PAGE=10000 node bench/import.mjs [dist]
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.argv[2] ?? `${root}/dist`;
const N = Number(process.env.BENCH_IMPORT_N ?? 100_000);
const PAGE = Number(process.env.BENCH_IMPORT_PAGE ?? 10_000);
const STATUSES = ["pending_email_input", "pending_email_validation", "pending_user_migration", "provisioning", "provisioned", "updating", "error"];
const PACKAGES = ["softphone", "basic", "standard", "premium"];

function files() {
  const out = [];
  for (let start = 0; start < N; start += PAGE) {
    const items = [];
    for (let i = start; i < Math.min(N, start + PAGE); i++) {
      const status = STATUSES[i % 7];
      items.push({
        id: `c3Vi${i}`, userId: `${2145000000 + i}@sp.example.net`, spEnterpriseId: `SP1+ent${i % 20}`,
        firstName: `First${i}`, lastName: `Last${i}`, email: status === "pending_email_input" ? undefined : `user${i}@ent${i % 20}.example`,
        primaryPhoneNumber: `+1-214-${String(i).padStart(7, "0")}`, package: PACKAGES[i % 4], status,
        errors: status === "error" ? [{ errorCode: i % 2 ? 10022 : 10035, description: "An error the API reported." }] : [],
        created: "2026-10-01T09:00:00.000Z", lastStatusChange: "2026-11-02T12:00:00.000Z",
        provisioningId: `prov${i % 20}`, selfActivated: i % 3 ? "false" : true,
      });
    }
    out.push({ name: `page-${out.length + 1}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ items })) });
  }
  return out;
}

const server = await serve(dist, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const pages = files();
console.log(`# ${N} subscribers in ${pages.length} files of ${PAGE} (${(pages.reduce((n, f) => n + f.buffer.length, 0) / 1e6).toFixed(1)} MB)`);
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${base}/workspace`);
  await page.getByRole("heading", { level: 1, name: "Workspace" }).waitFor();
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: false });
    // When the browser hands the chosen files to the page (Playwright's transfer of the files
    // into the renderer comes before, and is not the product's time).
    document.addEventListener("change", () => { window.__chosen = performance.now(); }, true);
  });
  const longest = async (from) => page.evaluate((t) => Math.max(0, ...window.__long.filter(([s]) => s >= t).map(([, d]) => d)), from);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByLabel("Webex API files (.json)").setInputFiles(pages);
  await page.getByText(/Subscribers that can be imported: /).waitFor({ timeout: 120_000 });
  const t1 = await page.evaluate(() => performance.now());
  const chosen = await page.evaluate(() => window.__chosen);
  const readLong = await longest(chosen);
  await page.getByRole("button", { name: /^Import .* into a new workspace$/ }).click();
  await page.getByRole("row", { name: /@sp\.example\.net/ }).first().waitFor({ timeout: 120_000 });
  const t2 = await page.evaluate(() => performance.now());
  const importLong = await longest(t1);
  await page.getByText(/^Imported .* subscribers from the Webex API/).waitFor({ timeout: 300_000 });
  const t3 = await page.evaluate(() => performance.now());
  const restLong = await longest(t2);
  console.log(`run ${run + 1}: files handed over ${(chosen - t0).toFixed(0)} ms after choosing (the test driver's transfer); from there: read and report ${(t1 - chosen).toFixed(0)} ms (longest task ${readLong.toFixed(0)} ms), import to first rows ${(t2 - t1).toFixed(0)} ms (longest task ${importLong.toFixed(0)} ms), files to first rows ${(t2 - chosen).toFixed(0)} ms; all ${N} in ${(t3 - t1).toFixed(0)} ms after Import (longest task ${restLong.toFixed(0)} ms)`);
  await context.close();
}
await browser.close();
server.close();
