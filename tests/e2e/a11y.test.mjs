// Accessibility: axe-core (npm, MIT/MPL) on every route of the demo workspace, and with a menu
// and a dialog open. Fails on any serious or critical violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { everyRoute, open, startWithDemo, violations } from "./support.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

async function check(path, what = path) {
  const { page, base } = s;
  if (path) {
    await open(page, base, path);
    await page.locator("main h1, main h2").first().waitFor();
  }
  assert.deepEqual(await violations(page), [], `axe on ${what}`);
}

test("every route has no serious or critical axe violation", async () => {
  const routes = await everyRoute(s);
  for (const r of routes) await check(r);
});

test("an open menu and an open dialog have no serious or critical axe violation", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.getByRole("link", { name: "Acme Untrusted Standard" }).click();
  await page.getByRole("link", { name: "Show User Status" }).click();
  // A row in Error, whose menu offers Retry Activation.
  const failed = page.getByRole("row").filter({ has: page.getByText("Error", { exact: true }) });
  const menu = failed.getByRole("button", { name: /^Actions for / }).first();
  await menu.click();
  await page.getByRole("menu").waitFor();
  await check(null, "User Status with a row's menu open");
  await page.getByRole("menuitem", { name: "Retry Activation" }).click();
  await page.getByRole("dialog").waitFor();
  await check(null, "the Retry Activation dialog");
  await page.keyboard.press("Escape");
});

test("every theme: the header's switch shows it, remembers it, and axe finds nothing serious", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  const ids = await page.getByRole("link", { name: "Acme Untrusted Standard" }).getAttribute("href");
  for (const [label, cls] of [["Dark", "darkWebex"], ["High contrast light", "hcLightWebex"], ["High contrast dark", "hcDarkWebex"], ["Light", "lightWebex"]]) {
    await page.getByRole("combobox", { name: "Theme" }).selectOption({ label });
    assert.equal(await page.evaluate(() => document.body.className), `mds-theme-stable-${cls}`);
    await page.reload();
    assert.equal(await page.evaluate(() => document.body.className), `mds-theme-stable-${cls}`, `${label} is remembered`);
    for (const path of ["/partner/templates", `${ids}/users`, "/control", "/mailbox"]) await check(path, `${path} in ${label}`);
    if (label === "Dark") { await page.goto(`${base}${ids}/users`); await page.locator("tbody tr").first().waitFor(); await s.shot("user-status-dark"); }
  }
  // System follows the system setting.
  await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: "System" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  assert.equal(await page.evaluate(() => document.body.className), "mds-theme-stable-darkWebex");
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => document.body.className === "mds-theme-stable-lightWebex");
});

test("no script errors", () => assert.deepEqual(s.errors, []));
