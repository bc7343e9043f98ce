// Journeys over storage in a real browser: two tabs of the same site see each other's changes
// (real `storage` events) without overwriting them, and 50,000 subscribers kept in localStorage
// (storage format 3) survive a reload with the same rows, audit log and mailbox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./support.mjs";
import { Mailbox, Organizations } from "./pages.mjs";

let s;
before(async () => { s = await start(); });
after(async () => { await s?.stop(); });

const createOrg = (page, name) => new Organizations(page).create(name);

test("two tabs see each other's changes and neither overwrites the other", async () => {
  const { page, base, context } = s;
  await page.goto(`${base}/control`);
  const other = await context.newPage();
  const otherErrors = [];
  other.on("pageerror", (e) => otherErrors.push(e.message));
  await other.goto(`${base}/control`);
  await other.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();

  await createOrg(page, "From tab A");
  // The other tab hears of it through the storage event and says so.
  await other.getByRole("row", { name: /From tab A/ }).waitFor();
  await other.getByRole("status").filter({ hasText: "Updated with changes made in another tab." }).waitFor();
  await createOrg(other, "From tab B");
  await page.getByRole("row", { name: /From tab B/ }).waitFor();
  await createOrg(page, "Again from A");

  for (const p of [page, other]) {
    await p.reload();
    for (const name of ["From tab A", "From tab B", "Again from A"]) {
      await p.getByRole("row", { name: new RegExp(name) }).waitFor();
    }
  }
  // Each action was saved as one small journal entry, not a rewrite of the workspace.
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("flowthrough.v3.change.")));
  assert.ok(keys.length >= 3, keys.join(","));
  await other.close();
  assert.deepEqual(otherErrors, []);
});

test("50,000 subscribers fit in localStorage and come back the same after a reload", async () => {
  const { page, base } = s;
  await page.goto(`${base}/workspace`);
  await page.getByRole("button", { name: "Load 50,000 subscribers as my workspace" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace your workspace with a demo?" });
  await dialog.getByRole("button", { name: "Replace my workspace" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor({ timeout: 60_000 });
  await page.getByText("Showing 1–50 of 50,000").waitFor({ timeout: 60_000 });
  const stored = await page.evaluate(() => {
    const base = localStorage.getItem("flowthrough.v3.base") ?? "";
    let units = 0;
    for (const k of Object.keys(localStorage)) units += k.length + localStorage.getItem(k).length;
    return { pointer: base.startsWith("indexeddb:"), base: base.length, units };
  });
  assert.equal(stored.pointer, false, "kept in localStorage, not IndexedDB");
  assert.ok(stored.units < 5_242_880, `${stored.units} code units`);
  const rows = async () => (await page.locator("tbody tr").allInnerTexts()).join("\n");
  const statusUrl = page.url();
  const before = await rows();
  await page.goto(`${base}/control/audit`);
  await page.locator("tbody tr").nth(49).waitFor();
  const auditBefore = await rows();
  const auditCount = await page.getByRole("navigation", { name: "Pages" }).innerText();
  assert.match(auditCount, /Showing 1–50 of 67,5\d\d/);
  await page.goto(`${base}/mailbox`);
  await new Mailbox(page).mails().nth(49).waitFor();
  const mailBefore = (await new Mailbox(page).mails().allInnerTexts()).join("\n");
  const mailCount = await page.getByRole("navigation", { name: "Pages" }).innerText();

  // A reload opens it from localStorage: the same rows, audit log and mailbox.
  await page.goto(statusUrl);
  await page.getByText("Showing 1–50 of 50,000").waitFor();
  await page.reload();
  await page.getByText("Showing 1–50 of 50,000").waitFor();
  assert.equal(await rows(), before, "the same rows");
  await s.shot("local-storage-50000");
  await page.goto(`${base}/control/audit`);
  await page.locator("tbody tr").nth(49).waitFor();
  assert.equal(await rows(), auditBefore, "the same audit log");
  assert.equal(await page.getByRole("navigation", { name: "Pages" }).innerText(), auditCount);
  await page.goto(`${base}/mailbox`);
  await new Mailbox(page).mails().nth(49).waitFor();
  assert.equal((await new Mailbox(page).mails().allInnerTexts()).join("\n"), mailBefore, "the same emails");
  assert.equal(await page.getByRole("navigation", { name: "Pages" }).innerText(), mailCount);
});

test("no script errors on any page", () => {
  assert.deepEqual(s.errors, []);
});
