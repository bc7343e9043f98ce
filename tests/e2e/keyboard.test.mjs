// The seed's User Status repair done with the keyboard alone: open a template, Show User Status,
// open a failed row's menu, Retry Activation, type an email, Onboard. Focus is visible at every
// step, returns to the row's menu button when the menu or the dialog closes, and the outcome is
// announced in a live region.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startWithDemo } from "./support.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

/** What has the focus: its accessible name as a person hears it, and whether it shows it. */
const focused = () => s.page.evaluate(() => {
  const e = document.activeElement;
  return {
    name: (e?.getAttribute("aria-label") ?? e?.textContent ?? "").trim(),
    tag: e?.tagName,
    visible: !!e && e !== document.body && e.matches(":focus-visible"),
  };
});

/** Presses Tab until the focused control's name matches, as a person tabbing through the page. */
async function tabTo(name, max = 120) {
  for (let i = 0; i < max; i++) {
    await s.page.keyboard.press("Tab");
    const f = await focused();
    if (typeof name === "string" ? f.name === name : name.test(f.name)) {
      assert.ok(f.visible, `focus on ${f.name} is visible`);
      return f;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

test("Retry Activation from the keyboard alone", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.getByRole("heading", { level: 1, name: "Templates" }).waitFor();
  await tabTo("Acme Untrusted Standard");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Acme Untrusted Standard" }).waitFor();
  await tabTo("Show User Status");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();

  // A row in Error: its menu button is reached with Tab.
  const failed = page.getByRole("row").filter({ has: page.getByText("Error", { exact: true }) });
  const label = await failed.getByRole("button", { name: /^Actions for / }).first().getAttribute("aria-label");
  await tabTo(label);
  // Enter opens the menu on its first item; Escape closes it and gives the focus back.
  const onItem = () => page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
  await page.keyboard.press("Enter");
  await page.getByRole("menu").waitFor();
  await onItem();
  await page.keyboard.press("Escape");
  assert.equal((await focused()).name, label);
  assert.equal(await page.getByRole("menu").count(), 0);
  // Down arrow opens it too; the arrows move to Retry Activation.
  await page.keyboard.press("ArrowDown");
  await page.getByRole("menu").waitFor();
  await onItem();
  for (let i = 0; i < 5 && (await focused()).name !== "Retry Activation"; i++) await page.keyboard.press("ArrowDown");
  assert.equal((await focused()).name, "Retry Activation");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  // The focus moves into the dialog, onto the email field (in the frame after it opens: wait for
  // it rather than read it at once); type and submit with Enter.
  await page.waitForFunction(() => document.activeElement?.getAttribute("type") === "email", null, { timeout: 5000 });
  await page.keyboard.type("kb.journey@acme.example");
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
  // The outcome is announced, and the focus is back on the row's menu button.
  await page.getByRole("status").filter({ hasText: /provisioned|consent email|is / }).first().waitFor();
  await page.waitForFunction((l) => document.activeElement?.getAttribute("aria-label") === l, label);
  const back = await focused();
  assert.equal(back.name, label);
  assert.ok(back.visible, "focus visible on the menu button after the dialog");
  await s.shot("keyboard-retry");
});

test("no script errors", () => assert.deepEqual(s.errors, []));
