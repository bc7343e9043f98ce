// Rehearse (issue 15): what happens next on the sandbox clock, undo, and the replay of the log,
// in a real browser: a trainer steps the clock to an entry of the timeline and watches it
// happen; an administrator deactivates a user, takes it back with Ctrl+Z, and replays the log.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startWithDemo } from "./support.mjs";
import { Organizations, Users } from "./pages.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

test("the timeline groups what is due by day, and advancing the clock to an entry makes it happen", async () => {
  const { page, base } = s;
  await new Organizations(page, base).goto();
  await page.getByRole("link", { name: "What happens next" }).click();
  await page.getByRole("heading", { level: 1, name: "What happens next" }).waitFor();
  // Days are headings with their count of changes; each entry has its own button.
  const day = page.getByRole("region").first();
  const heading = await day.getByRole("heading", { level: 2 }).innerText();
  assert.match(heading, /^\d{4}-\d{2}-\d{2} · \d+ changes?$/);
  const entries = day.getByRole("listitem");
  assert.ok(await entries.count() > 0, "the demo workspace schedules something");
  const button = entries.first().getByRole("button", { name: /^Advance to here: / });
  const text = (await button.getAttribute("aria-label")).replace(/^Advance to here: /, "");
  await button.click();
  await page.getByRole("status").filter({ hasText: /Clock advanced to .*: \d+ automatic changes?/ }).waitFor();
  // The entry ran: it is no longer due, and the audit log has the system's change.
  await page.getByRole("button", { name: `Advance to here: ${text}`, exact: true }).waitFor({ state: "detached" });
  await page.goto(`${base}/control/audit`);
  await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
  await page.getByRole("cell", { name: "System", exact: true }).first().waitFor();
});

test("Ctrl+Z undoes an administrator's action, and the replay shows the workspace before and after it", async () => {
  const { page, base } = s;
  const orgs = new Organizations(page, base);
  const users = new Users(page);
  await orgs.goto();
  await orgs.open("Contoso");
  const was = await users.stateOf("dana@contoso.example");
  await users.act("dana@contoso.example", "Deactivate");
  const dialog = page.getByRole("dialog");
  if (await dialog.count()) await dialog.getByRole("button", { name: "Deactivate" }).click();
  await page.waitForFunction(() => /Inactive/.test(document.querySelector("table")?.innerText ?? ""));
  assert.equal((await users.stateOf("dana@contoso.example")).state, "Inactive");
  // Undo from the keyboard, with the focus outside a text field.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Control+z");
  await page.getByRole("status").filter({ hasText: /^Undone: Deactivate/ }).waitFor();
  await page.waitForFunction(() => !/Inactive/.test(document.querySelector("table")?.innerText ?? ""));
  assert.equal((await users.stateOf("dana@contoso.example")).state, was.state);
  // Deactivate again, and step through the log in the replay view.
  await users.act("dana@contoso.example", "Deactivate");
  if (await dialog.count()) await dialog.getByRole("button", { name: "Deactivate" }).click();
  await page.goto(`${base}/control/audit`);
  const undo = page.getByRole("button", { name: "Undo: Deactivate" });
  await undo.waitFor();
  const replayLink = page.getByRole("link", { name: /^Replay to entry \d+$/ }).first();
  const seq = Number((await replayLink.innerText()).match(/\d+/)[0]);
  await replayLink.click();
  await page.getByRole("heading", { level: 1, name: "Replay" }).waitFor();
  await page.getByText(`Entry ${seq} of ${seq}`).waitFor();
  await page.getByRole("heading", { level: 2, name: /Deactivate/ }).waitFor();
  const after = await page.getByRole("region", { name: "The workspace then" }).innerText();
  assert.match(after, /Inactive 1/);
  await page.getByRole("link", { name: "Previous entry" }).click();
  await page.getByText(`Entry ${seq - 1} of ${seq}`).waitFor();
  const before = await page.getByRole("region", { name: "The workspace then" }).innerText();
  assert.doesNotMatch(before, /Inactive/);
  // The replay is read only: the live workspace still has the deactivation, and undo takes it back.
  await page.getByRole("link", { name: "Back to the audit log" }).click();
  await undo.click();
  await page.getByRole("status").filter({ hasText: /^Undone: Deactivate/ }).waitFor();
  await page.getByRole("button", { name: /^Undo: (?!Deactivate)/ }).waitFor();
});

test("no script errors", () => assert.deepEqual(s.errors, []));
