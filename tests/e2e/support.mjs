// Shared set-up for the end-to-end journeys: serve dist/ on 127.0.0.1 and drive Debian's
// Chromium through playwright-core (no browser download).
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
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
    base, page, context, browser, errors,
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

/** Opens `path` as following a link does: the running console's router shows it, without
 * loading the page again (a load starts the whole app, about half a CPU-second: most of what
 * the journeys cost). The end user's app (the portal, an emailed link), the page the browser is
 * already on, and a page with no console running yet are loaded. Resolves once the new page
 * shows: its title has changed, or its tab is marked as the current page. */
export async function open(page, base, path) {
  const now = await page.evaluate(() => ({
    origin: location.origin, at: location.pathname + location.search, title: document.title,
    console: !!document.querySelector("main h1"),
  })).catch(() => null);
  if (!now || now.origin !== base || !now.console || now.at === path || /^\/(activate|link)\//.test(path)
    || /^\/(activate|link)\//.test(now.at)) {
    await page.goto(`${base}${path}`);
    return;
  }
  await page.evaluate((p) => {
    const a = document.createElement("a");
    a.href = p;
    document.body.append(a);
    a.click();
    a.remove();
  }, path);
  await page.waitForFunction(([p, title]) => location.pathname + location.search === p
    && (document.title !== title || !!document.querySelector(`a[aria-current=page][href="${p}"]`)), [path, now.title]);
}

/** Every route of the app, with ids from the demo workspace (started by startWithDemo). */
export async function everyRoute({ page, base }) {
  await open(page, base, "/partner/templates");
  const template = (await page.getByRole("link", { name: "Acme Untrusted Standard" }).getAttribute("href"))?.split("/")[3];
  await open(page, base, "/partner");
  const customer = (await page.getByRole("link", { name: "Acme Corp" }).first().getAttribute("href")) ?? "";
  await open(page, base, "/control");
  const org = (await page.getByRole("link", { name: "Acme Corp" }).first().getAttribute("href"))?.split("/")[3];
  await open(page, base, `/partner/templates/${template}`);
  const portal = await page.getByRole("region", { name: "User Verification" }).getByRole("link").first().getAttribute("href");
  return [
    "/", "/partner", "/partner/templates", `/partner/templates/${template}`, `/partner/templates/${template}/users`,
    customer, "/control", "/control/audit", `/control/orgs/${org}/users`, `/control/orgs/${org}/domains`,
    `/control/orgs/${org}/claims`, `/control/orgs/${org}/sync`, `/control/orgs/${org}/sites`, `/control/orgs/${org}/settings`,
    new URL(portal, base).pathname, "/mailbox", "/timeline", "/replay/3", "/workspace", "/link/not-a-real-token", "/no/such/page",
  ];
}

const axePath = `${root}/node_modules/axe-core/axe.min.js`;
let axeUrl = null;
/** axe-core served from a server of its own with a year's caching, so that Chromium compiles its
 * 560 KB once and reuses the code on every page after (injected inline, each page parsed it
 * again: 110 ms a page against 44). */
async function axeScript() {
  if (!axeUrl) {
    const body = readFileSync(axePath);
    const server = http.createServer((_, res) => {
      res.writeHead(200, { "content-type": "text/javascript", "cache-control": "public, max-age=31536000, immutable" });
      res.end(body);
    });
    await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
    server.unref();
    axeUrl = `http://127.0.0.1:${server.address().port}/axe.min.js`;
  }
  return axeUrl;
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ url: await axeScript() });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Labels cut off or spilling out of their box, and header parts on top of each other: what a
 * longer translation breaks first. */
export async function cramped(page) {
  return page.evaluate(() => {
    const out = [];
    const boxes = "button, th, td, [role=menuitem], .chip, .badge, label, a.btn, select, summary, .topnav a, h1, h2";
    for (const el of document.querySelectorAll(boxes)) {
      if (!el.offsetParent || el.closest(".visually-hidden")) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "auto") out.push(`${el.tagName.toLowerCase()} "${el.innerText.trim().slice(0, 40)}" is cut off`);
    }
    const parts = [...document.querySelectorAll(".topbar > *, .topnav li")].filter((e) => e.offsetParent).map((e) => [e, e.getBoundingClientRect()]);
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) {
      const [a, ra] = parts[i], [b, rb] = parts[j];
      if (a.contains(b) || b.contains(a)) continue;
      if (ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) out.push(`header: "${a.innerText.slice(0, 20)}" overlaps "${b.innerText.slice(0, 20)}"`);
    }
    return out;
  });
}
