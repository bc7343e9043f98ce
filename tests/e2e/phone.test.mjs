// A phone, 390 px wide: no route scrolls sideways, and the console's navigation fits (it wraps
// under the brand). A small laptop, 1,024 px wide: User Status's errors stay readable.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { everyRoute, open, startWithDemo } from "./support.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

test("at 390 px wide no route is wider than the screen", async () => {
  const { page, base } = s;
  const routes = await everyRoute(s);
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = [];
  for (const r of routes) {
    await open(page, base, r);
    await page.locator("main h1, main h2").first().waitFor();
    const over = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const sideways = document.documentElement.scrollWidth - width;
      // Anything of the header out of the screen (a link cut off at the edge).
      const cut = [...document.querySelectorAll(".topbar a, .topbar button, .topbar select")]
        .filter((e) => e.offsetParent)
        .filter((e) => { const b = e.getBoundingClientRect(); return b.left < 0 || b.right > width + 0.5; })
        .map((e) => e.innerText.trim() || e.getAttribute("aria-label"));
      return { sideways, cut };
    });
    if (over.sideways > 0 || over.cut.length) wide.push(`${r}: ${over.sideways} px sideways${over.cut.length ? `, cut off: ${over.cut.join(", ")}` : ""}`);
  }
  await s.shot("phone-390-last-route").catch(() => {});
  assert.deepEqual(wide, [], "routes wider than a 390 px phone");
});

test("at 390 px wide the header fits in every language (the longest words wrap, none is cut)", async () => {
  const { page, base } = s;
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, base, "/partner/templates");
  const cut = [];
  for (const tag of ["sv", "nb", "ro", "en"]) {
    await page.locator("label.language-switch select").selectOption(tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    const over = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll(".topbar a, .topbar button, .topbar select")]
        .filter((e) => e.offsetParent && e.getBoundingClientRect().right > width + 0.5)
        .map((e) => e.innerText.trim().split("\n")[0]);
    });
    for (const name of over) cut.push(`${tag}: ${name}`);
  }
  await s.shot("phone-390-header-en").catch(() => {});
  assert.deepEqual(cut, [], "header controls out of a 390 px screen");
});

test("at 1,024 px wide User Status's error text keeps a readable width", async () => {
  const { page, base } = s;
  await page.setViewportSize({ width: 1024, height: 768 });
  // The demo of 2,000 subscribers (in memory, the stored workspace untouched): its first page
  // has one error among many addresses.
  await page.goto(`${base}/demo/2000`);
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  // The columns are sized by their content at this width (the table scrolls in its box): the
  // error was seven letters wide, one word a line.
  const error = page.getByRole("cell", { name: /^Error \d+:/ }).first();
  const box = await error.boundingBox();
  await s.shot("user-status-1024").catch(() => {});
  assert.ok(box && box.width >= 180, `the error cell is ${box?.width} px wide`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, "the page itself does not scroll sideways");
});
