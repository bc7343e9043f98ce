// Journeys of seed 002 (Verify User Provisioning with Untrusted Emails), against the built site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, artifacts } from "./support.mjs";
import { Mailbox, Portal, Templates, UserStatus } from "./pages.mjs";

let s;
before(async () => {
  s = await start();
  await s.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: s.base });
  await s.page.goto(`${s.base}/`);
  await s.page.getByRole("button", { name: "Load the demo workspace" }).click();
  await s.page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
});
after(async () => { await s?.stop(); });

const row = (name) => new UserStatus(s.page).row(name);
const openTemplate = (name) => new Templates(s.page, s.base).open(name);
const mailbox = () => new Mailbox(s.page);

async function portal(templateName, bwid, email) {
  await openTemplate(templateName);
  await new Templates(s.page, s.base).verification().getByRole("link").first().click();
  const p = new Portal(s.page);
  await p.signIn(bwid);
  await p.submitEmail(email);
}

test("the admin checks the template's User Verification settings", async () => {
  const { page } = s;
  await openTemplate("Acme Untrusted Standard");
  const uv = page.getByRole("region", { name: "User Verification" });
  assert.equal(await uv.getByRole("checkbox", { name: "Untrusted Emails" }).isChecked(), true);
  const share = await uv.getByLabel("Share Link").inputValue();
  assert.match(share, /\/activate\/[0-9a-f]{16}$/);
  assert.equal(await uv.getByRole("alert").count(), 0, "no warning when the Share Link points to the Activation link");
  await s.shot("template-settings");
  await openTemplate("Initech Untrusted Premium");
  await page.getByRole("region", { name: "User Verification" }).getByRole("alert").filter({ hasText: "Share Link field does not point" }).waitFor();
});

test("a user self-provisions through the portal and the mailbox link", async () => {
  const { page } = s;
  await portal("Acme Untrusted Standard", "2145550101@voice.example.net", "ann.lee@acme.example");
  await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
  await s.shot("portal-check-inbox");
  await page.getByRole("link", { name: "Mailbox" }).click();
  await mailbox().filter("ann.lee@");
  const mail = mailbox().mail("Verify your email address for Webex");
  await mail.getByRole("link", { name: "Open link" }).click();
  await page.getByRole("heading", { name: "You're all set" }).waitFor();
  const linkUrl = page.url();
  await page.getByRole("button", { name: "Sign in to Webex" }).click();
  await page.getByRole("status").filter({ hasText: "Welcome to Webex" }).waitFor();
  await s.shot("link-done");
  // Opening the same link again says it was used.
  await page.goto(linkUrl);
  await page.getByRole("alert").filter({ hasText: "already used" }).waitFor();
  await openTemplate("Acme Untrusted Standard");
  await page.getByRole("link", { name: "Show User Status" }).click();
  assert.match(await row("2145550101").innerText(), /Provisioned/);
});

test("twice an email of another organization, then the admin retries with a valid email", async () => {
  const { page } = s;
  // Bo is waiting for validation; he changes his mind and uses an address Contoso owns, twice.
  await portal("Acme Untrusted Standard", "2145550102@voice.example.net", "dana@contoso.example");
  await page.getByRole("alert").filter({ hasText: "already belongs to a user in another organization" }).waitFor();
  await page.getByRole("button", { name: "Try again" }).waitFor();
  await s.shot("portal-try-again");
  await page.getByLabel("Email address").fill("dana@contoso.example");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByText("Your administrator has been notified").waitFor();
  await s.shot("portal-admin-notified");

  await openTemplate("Acme Untrusted Standard");
  await page.getByRole("link", { name: "Show User Status" }).click();
  await page.getByRole("switch", { name: "Exclude provisioned users" }).check();
  await row("2145550102").waitFor();
  assert.equal(await row("2145550103").count(), 0, "provisioned users are hidden");
  await page.getByRole("button", { name: "Actions for 2145550102@voice.example.net" }).click();
  await page.getByRole("menuitem", { name: "Copy Error Text" }).click();
  await page.getByRole("status").filter({ hasText: "Error text copied" }).waitFor();
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    "Error 10007: The email address already belongs to a user in another organization. (dana@contoso.example)",
  );
  await s.shot("user-status");
  await page.getByRole("button", { name: "Actions for 2145550102@voice.example.net" }).click();
  await page.getByRole("menuitem", { name: "Retry Activation" }).click();
  const dialog = page.getByRole("dialog", { name: "Retry Activation" });
  await dialog.getByLabel("Email address").fill("bo.ng@acme.example");
  await dialog.getByRole("button", { name: "Onboard" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("switch", { name: "Exclude provisioned users" }).uncheck();
  assert.match(await row("2145550102").innerText(), /Provisioned/);
});

test("the admin deletes a user, fixes the template, and the user onboards again", async () => {
  const { page } = s;
  await openTemplate("Initech Untrusted Premium");
  await page.getByRole("link", { name: "Show User Status" }).click();
  assert.match(await row("4155550301").innerText(), /Error/);
  // Fix the template first: point the Share Link at the Activation link.
  await openTemplate("Initech Untrusted Premium");
  await page.getByRole("button", { name: "Use as Share Link" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Template saved" }).waitFor();
  assert.equal(await page.getByRole("region", { name: "User Verification" }).getByRole("alert").count(), 0);
  await page.getByRole("link", { name: "Show User Status" }).click();
  await page.getByRole("button", { name: "Actions for 4155550301@voice.example.net" }).click();
  await page.getByRole("menuitem", { name: "Delete User" }).click();
  await page.getByRole("dialog", { name: "Delete User" }).getByRole("button", { name: "Delete User" }).click();
  assert.match(await row("4155550301").innerText(), /Pending email input/);
  await portal("Initech Untrusted Premium", "4155550301@voice.example.net", "ida@initech.example");
  await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
});

test("Change Package Type and Export", async () => {
  const { page } = s;
  await openTemplate("Acme Untrusted Standard");
  await page.getByRole("link", { name: "Show User Status" }).click();
  await page.getByRole("button", { name: "Actions for 2145550103@voice.example.net" }).click();
  await page.getByRole("menuitem", { name: "Change Package Type" }).click();
  const dialog = page.getByRole("dialog", { name: "Change Package Type" });
  await dialog.getByLabel("Package type").selectOption("Premium");
  await dialog.getByRole("button", { name: "Save" }).click();
  assert.match(await row("2145550103").innerText(), /Premium/);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const file = `${artifacts}/user-status.csv`;
  await (await download).saveAs(file);
  const lines = readFileSync(file, "utf8").trim().split("\r\n");
  assert.equal(lines[0], "BroadWorks ID,Name,Customer,Package Type,Status,Email,Error Code,Error Text,Last Status Change");
  const shown = await page.locator("tbody tr").count();
  assert.equal(lines.length - 1, shown);
  for (const r of await page.locator("tbody tr").all()) {
    const id = (await r.locator("td.mono").first().innerText()).trim();
    assert.ok(lines.some((l) => l.startsWith(id + ",")), `${id} in the export`);
  }
  await page.reload();
  assert.match(await row("2145550103").innerText(), /Premium/, "survives a reload");
});

test("customers are edited, and subscribers are provisioned one at a time or from a CSV file", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner`);
  await page.getByRole("link", { name: "Globex" }).click();
  await page.getByText("Edit customer").click();
  await page.getByLabel("Customer name").fill("Globex Corporation");
  await page.getByRole("button", { name: "Save customer" }).click();
  await page.getByRole("heading", { level: 1, name: "Globex Corporation" }).waitFor();

  await page.getByLabel("BroadWorks user ID").fill("3125550299@voice.example.net");
  await page.getByLabel("Name", { exact: true }).fill("Jo Popa");
  await page.getByLabel("BroadWorks email (optional)").fill("jo@globex.example");
  await page.getByLabel("Portal password").fill("welcome1");
  await page.getByRole("button", { name: "Provision subscriber" }).click();
  assert.match(await page.getByRole("row", { name: /3125550299/ }).innerText(), /Provisioned/, "trusted emails provision at once");

  await page.getByLabel("CSV file").setInputFiles({
    name: "users.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("\ufeffBroadWorks User ID,First Name,Last Name,Email,Password\r\n3125550301@voice.example.net,Kim,Ng,kim@globex.example,pw\r\n,No,Id,,pw\r\n3125550302@voice.example.net,Lee,Berg,lee@globex,pw\r\n"),
  });
  await page.getByRole("status").filter({ hasText: "3 rows: 1 ready, 2 with errors." }).waitFor();
  await page.getByRole("cell", { name: "BroadWorks User ID is empty." }).waitFor();
  await s.shot("csv-preview");
  await page.getByRole("button", { name: "Provision 1 subscriber" }).click();
  await page.getByRole("row", { name: /3125550301/ }).waitFor();
});

test("the portal reads well on a phone", async () => {
  const { page } = s;
  await openTemplate("Acme Untrusted Standard");
  const href = await page.getByRole("region", { name: "User Verification" }).getByRole("link").first().getAttribute("href");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${s.base}${href}`);
  await page.getByRole("heading", { name: "Activate Webex" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
  await s.shot("portal-phone");
  await page.setViewportSize({ width: 1280, height: 860 });
});

test("no script errors", () => assert.deepEqual(s.errors, []));
