// Journeys over storage in a real browser: two tabs of the same site see each other's changes
// (real `storage` events) without overwriting them, and a workspace too big for localStorage is
// kept in IndexedDB, survives a reload and takes further changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./support.mjs";

let s;
before(async () => { s = await start(); });
after(async () => { await s?.stop(); });

const createOrg = async (page, name) => {
  await page.getByLabel("Organization name").fill(name);
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.getByRole("row", { name: new RegExp(name) }).waitFor();
};

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
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("flowthrough.journal.")));
  assert.ok(keys.length >= 3, keys.join(","));
  await other.close();
  assert.deepEqual(otherErrors, []);
});

test("a workspace too big for localStorage is kept in IndexedDB and survives a reload", async () => {
  const { page, base } = s;
  await page.goto(`${base}/workspace`);
  await page.getByRole("button", { name: "Load 1,000 subscribers as my workspace" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace your workspace with a demo?" });
  await dialog.getByRole("button", { name: "Replace my workspace" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  await page.getByText("Showing 1–50 of 1000").waitFor();
  await page.waitForFunction(() => (localStorage.getItem("flowthrough.workspace") ?? "").includes("indexeddb"));
  assert.ok((await page.evaluate(() => localStorage.getItem("flowthrough.workspace").length)) < 200, "localStorage keeps only a pointer");

  await page.reload();
  await page.getByText("Showing 1–50 of 1000").waitFor();
  const first = page.locator("tbody tr").first();
  const id = (await first.locator("td").first().innerText()).trim();
  const before = await first.innerText();
  const next = /Premium/.test(before) ? "Basic" : "Premium";
  await page.getByRole("button", { name: `Actions for ${id}` }).click();
  await page.getByRole("menuitem", { name: "Change Package Type" }).click();
  const change = page.getByRole("dialog", { name: "Change Package Type" });
  await change.getByLabel("Package type").selectOption(next);
  await change.getByRole("button", { name: "Save" }).click();
  await s.shot("indexeddb-user-status");

  await page.reload();
  await page.getByText("Showing 1–50 of 1000").waitFor();
  assert.match(await page.getByRole("row", { name: new RegExp(id) }).innerText(), new RegExp(next));
  await page.goto(`${base}/workspace`);
  await page.getByText(/Kept in this browser's IndexedDB/).waitFor();
  await page.getByText(/1000 subscribers/).waitFor();
});

test("no script errors on any page", () => {
  assert.deepEqual(s.errors, []);
});
