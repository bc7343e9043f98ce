// A phone, 390 px wide: no route scrolls sideways, and the console's navigation fits (it wraps
// under the brand).
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
