// Journeys over the skeleton: every route opens, navigation between the areas works by role
// and name, deep links and reloads work, and state survives a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { start } from "./support.mjs";

let s;
before(async () => { s = await start(); });
after(async () => { await s?.stop(); });

test("the landing page links to each area", async () => {
  const { page, base } = s;
  await page.goto(`${base}/`);
  await page.getByRole("heading", { level: 1, name: "flowthrough" }).waitFor();
  await s.shot("landing");
  await page.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Partner Hub" }).click();
  await page.getByRole("heading", { level: 1, name: "Customer List" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/partner");
  await page.getByRole("link", { name: "Control Hub" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();
  await page.getByRole("link", { name: "Mailbox" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Mailbox" }).waitFor();
  await page.getByText("No emails yet").waitFor();
});

test("a template and an organization survive a reload, and deep links load", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.getByRole("button", { name: "Create template" }).click();
  await page.getByRole("alert").filter({ hasText: "Template name is required." }).waitFor();
  await page.getByLabel("Template name").fill("Gold Untrusted");
  await page.getByLabel("Package").selectOption("Premium");
  await page.getByRole("button", { name: "Create template" }).click();
  const row = page.getByRole("row", { name: /Gold Untrusted/ });
  await row.waitFor();
  assert.match(await row.innerText(), /Premium/);
  await s.shot("templates");

  await page.goto(`${base}/control`);
  await page.getByLabel("Organization name").fill("Acme Free");
  await page.getByLabel("Free (consumer) organization").check();
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.getByRole("row", { name: /Acme Free/ }).waitFor();

  await page.reload();
  await page.getByRole("row", { name: /Acme Free.*Free \(consumer\)/ }).waitFor();
  await page.goto(`${base}/partner/templates`);
  await page.getByRole("row", { name: /Gold Untrusted/ }).waitFor();

  // The template's Activation link opens the end-user portal.
  await page.getByRole("row", { name: /Gold Untrusted/ }).getByRole("link", { name: /^\/activate\// }).click();
  await page.getByRole("heading", { level: 1, name: "Activate Webex" }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/activate\/[0-9a-f]{16}$/);
  await page.getByLabel("BroadWorks user ID").fill("nobody@sp.example");
  await page.getByLabel("Password").fill("x");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").filter({ hasText: "not correct" }).waitFor();
  await s.shot("portal");
});

test("unknown paths and forged links say what to do", async () => {
  const { page, base } = s;
  await page.goto(`${base}/no/such/page`);
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await page.getByRole("link", { name: "start page" }).waitFor();
  await page.goto(`${base}/link/${"0".repeat(32)}`);
  await page.getByRole("alert").filter({ hasText: "This link is not valid" }).waitFor();
  await page.goto(`${base}/activate/unknown`);
  await page.getByRole("heading", { name: "Activation is not available" }).waitFor();
  await s.shot("not-found-portal");
});

test("the workspace exports, starts over, and imports back; a bad file is refused with the reason", async () => {
  const { page, base } = s;
  await page.goto(`${base}/workspace`);
  await page.getByText(/1 templates, 0 customers/).waitFor();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export workspace" }).click();
  const file = await (await download).path();

  await page.getByRole("button", { name: "Start a new, empty workspace" }).click();
  await page.getByRole("dialog", { name: "Start a new workspace?" }).getByRole("button", { name: "Start over" }).click();
  await page.getByText(/^0 templates/).waitFor();

  const input = page.getByLabel("Workspace file");
  await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"flowthrough-workspace","schema":1,"workspace":{"sche') });
  await page.getByRole("alert").filter({ hasText: "This file cannot be imported" }).waitFor();
  await input.setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"users": []}') });
  await page.getByRole("alert").filter({ hasText: "This is not flowthrough data" }).waitFor();
  // The export cut short, as an interrupted copy leaves it: refused, nothing changed.
  const exported = readFileSync(file);
  await input.setInputFiles({ name: "cut.flowthrough", mimeType: "application/octet-stream", buffer: exported.subarray(0, exported.length - 10) });
  await page.getByRole("alert").filter({ hasText: "cut short" }).waitFor();
  await page.getByText(/^0 templates/).waitFor();
  // A format-2 export of the previous release imports (migrated).
  await input.setInputFiles(fileURLToPath(new URL("../fixtures/format2/export.json", import.meta.url)));
  await page.getByRole("status").filter({ hasText: "The file is a valid workspace: 3 templates, 3 customers, 9 subscribers" }).waitFor();

  await input.setInputFiles(file);
  await page.getByRole("status").filter({ hasText: "The file is a valid workspace: 1 templates" }).waitFor();
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await page.reload();
  await page.getByText(/^1 templates, 0 customers/).waitFor();
  await s.shot("workspace");
});

test("what people type is shown as text, never as HTML", async () => {
  const { page, base } = s;
  const evil = `<img src=x onerror="window.__pwned=1">`;
  await page.goto(`${base}/partner/templates`);
  await page.getByLabel("Template name").fill(evil);
  await page.getByRole("button", { name: "Create template" }).click();
  await page.getByRole("link", { name: evil }).waitFor();
  assert.equal(await page.locator("main img").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test("a large demo workspace opens in memory from the Workspace page", async () => {
  const { page, base } = s;
  await page.goto(`${base}/workspace`);
  await page.getByRole("link", { name: "1,000 subscribers" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  await page.getByText("Showing 1–50 of 1,000").waitFor();
  assert.equal(new URL(page.url()).pathname.startsWith("/demo/1000"), true, page.url());
  await page.goto(`${base}/workspace`);
  await page.getByText(/^1 templates|^2 templates/).waitFor();
});

test("the release has no benchmark page or hooks", async () => {
  const { page, base } = s;
  await page.goto(`${base}/bench/1000`);
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  assert.deepEqual(await page.evaluate(() => [typeof window.__benchRows, typeof window.__benchReplaceStoredWorkspace]), ["undefined", "undefined"]);
});

test("no script errors on any page", () => {
  assert.deepEqual(s.errors, []);
});
