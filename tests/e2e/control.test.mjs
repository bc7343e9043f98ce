// Journeys of seeds 003 (Control Hub user states) and 004 (activation emails).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./support.mjs";
import { Domains, Mailbox, Organization, Organizations, Users } from "./pages.mjs";

let s, orgs, org, users, domains, mailbox;
before(async () => {
  s = await start();
  orgs = new Organizations(s.page, s.base);
  org = new Organization(s.page);
  users = new Users(s.page);
  domains = new Domains(s.page);
  mailbox = new Mailbox(s.page);
});
after(async () => { await s?.stop(); });

async function createOrg(name, free = false) {
  await orgs.goto();
  await orgs.create(name, free);
  await orgs.open(name);
}

test("every way into Not Verified, Verified and Active (seed 003)", async () => {
  const { page } = s;
  await createOrg("Free Webex", true);
  await users.signUp("nv@elsewhere.example", false);
  await users.signUp("v@elsewhere.example", true);
  await users.signUp("a@elsewhere.example", true);
  await users.act("a@elsewhere.example", "As the user: sign in for the first time");
  assert.equal((await users.stateOf("a@elsewhere.example")).state, "Active");
  await users.signUp("nv2@acme.example", false);

  await createOrg("Acme");
  await users.add("ann@acme.example");
  assert.deepEqual(await users.stateOf("ann@acme.example"), { state: "Not Verified", why: "Added while the email domain is not verified in the organization." });
  await users.act("ann@acme.example", "As the user: complete email verification");
  assert.deepEqual(await users.stateOf("ann@acme.example"), { state: "Verified", why: "Completed the email verification process." });
  await users.act("ann@acme.example", "As the user: sign in for the first time");
  assert.deepEqual(await users.stateOf("ann@acme.example"), { state: "Active", why: "Signed in to Webex for the first time." });

  // Claim users while the domain is not verified.
  await org.tab("Claim users");
  for (const e of ["nv@elsewhere.example", "v@elsewhere.example", "a@elsewhere.example"]) await page.getByLabel(`Select ${e}`).check();
  await page.getByRole("button", { name: "Claim 3 selected" }).click();
  await page.getByRole("status").filter({ hasText: "3 users claimed" }).waitFor();
  await org.tab("Users");
  assert.equal((await users.stateOf("nv@elsewhere.example")).why, "Converted from another organization while Not Verified, and the email domain is not verified here.");
  assert.deepEqual(await users.stateOf("v@elsewhere.example"), { state: "Verified", why: "Converted from another organization while Verified." });
  assert.deepEqual(await users.stateOf("a@elsewhere.example"), { state: "Active", why: "Converted from another organization while Active." });

  await domains.verify("acme.example");
  await users.add("bo@acme.example");
  assert.deepEqual(await users.stateOf("bo@acme.example"), { state: "Verified", why: "The email domain was verified, then the user was added (not by directory sync)." });
  await org.tab("Claim users");
  await page.getByLabel("Select nv2@acme.example").check();
  await page.getByRole("button", { name: "Claim 1 selected" }).click();
  await org.tab("Users");
  assert.equal((await users.stateOf("nv2@acme.example")).state, "Verified");

  await org.tab("Site linking");
  await page.getByLabel("Site URL").fill("acme.webex.com");
  await page.getByRole("button", { name: "Link site" }).click();
  await page.getByLabel("Site users' email addresses").fill("cy@partner.example");
  await page.getByRole("button", { name: "Add site users" }).click();
  await org.tab("Users");
  assert.deepEqual(await users.stateOf("cy@partner.example"), { state: "Verified", why: "Added to the organization through site linking." });

  // Inactive by an admin, and back.
  await users.act("bo@acme.example", "Deactivate");
  assert.deepEqual(await users.stateOf("bo@acme.example"), { state: "Inactive", why: "Deactivated by an administrator." });
  await users.act("bo@acme.example", "Reactivate");
  assert.equal((await users.stateOf("bo@acme.example")).state, "Verified");
  await s.shot("control-users");

  await page.reload();
  assert.equal((await users.stateOf("a@elsewhere.example")).state, "Active", "states survive a reload");
});

test("directory sync makes users Active, then deactivates one who cannot be managed by hand", async () => {
  const { page } = s;
  await org.tab("Directory sync");
  await page.getByRole("switch", { name: "Directory sync" }).check();
  await page.getByLabel("Directory export").fill("mail,displayName,enabled\ndee@acme.example,Dee,true\neve@acme.example,Eve,true\n");
  await page.getByRole("button", { name: "Sync now" }).click();
  await page.getByRole("status").filter({ hasText: "2 created" }).waitFor();
  await org.tab("Users");
  assert.deepEqual(await users.stateOf("dee@acme.example"), { state: "Active", why: "The email domain was verified, then the user was synced from Active Directory." });
  await org.tab("Directory sync");
  await page.getByLabel("Directory export").fill("mail,displayName,enabled\ndee@acme.example,Dee,false\neve@acme.example,Eve,true\n");
  await page.getByRole("button", { name: "Sync now" }).click();
  await page.getByRole("status").filter({ hasText: "Sync complete" }).waitFor();
  await org.tab("Users");
  assert.deepEqual(await users.stateOf("dee@acme.example"), { state: "Inactive", why: "Deactivated by Active Directory sync." });
  await page.getByRole("button", { name: "Actions for dee@acme.example" }).click();
  const reactivate = page.getByRole("menuitem", { name: "Reactivate" });
  assert.equal(await reactivate.getAttribute("aria-disabled"), "true");
  assert.match(await reactivate.getAttribute("title"), /is managed by directory sync; change the user in your directory/);
  await page.keyboard.press("Escape");
});

test("a delayed claim reaches its default action when the clock advances 14 days", async () => {
  const { page } = s;
  await page.getByRole("link", { name: "Control Hub" }).first().click();
  await page.getByRole("link", { name: "Free Webex" }).click();
  await users.signUp("late@elsewhere.example", true);
  await page.getByRole("link", { name: "Control Hub" }).first().click();
  await page.getByRole("link", { name: "Acme", exact: true }).click();
  await org.tab("Claim users");
  await page.getByLabel("Select late@elsewhere.example").check();
  await page.getByLabel(/Delayed claim/).check();
  await page.getByRole("button", { name: "Claim 1 selected" }).click();
  await page.getByText("14 of 14 days left").waitFor();
  await org.tab("Users");
  assert.equal((await users.stateOf("late@elsewhere.example")).state, "Delayed Claim");
  await page.getByRole("button", { name: "Advance the clock 1 day" }).click();
  await page.getByText("13 of 14 days left").waitFor();
  await page.getByRole("button", { name: "Advance the clock 14 days" }).click();
  await page.getByRole("status").filter({ hasText: "automatic changes" }).waitFor();
  assert.deepEqual(await users.stateOf("late@elsewhere.example"), { state: "Verified", why: "Converted from another organization while Verified." });
  await page.goto(`${s.base}/control/audit`);
  await page.getByLabel("Filter").fill("default action");
  await page.getByRole("row", { name: /System.*Scheduled tasks.*claim completed: Move my conversations \(default action after 14 days\)/ }).waitFor();
  await s.shot("audit-log");
});

test("automatic activation emails on, then off: the mailbox shows sent and suppressed", async () => {
  const { page } = s;
  await createOrg("Globex");
  await users.add("on@globex.example");
  await org.tab("Organization Settings");
  await page.getByRole("switch", { name: "Automatic activation emails" }).uncheck();
  await page.getByText("Automatic activation emails are off.", { exact: false }).first().waitFor();
  await users.add("off@globex.example");
  await page.getByRole("link", { name: "Mailbox" }).first().click();
  const on = page.getByRole("listitem").filter({ hasText: "To on@globex.example" });
  await on.getByText("Sent", { exact: true }).waitFor();
  const off = page.getByRole("listitem").filter({ hasText: "To off@globex.example" });
  await off.getByText("Suppressed", { exact: true }).waitFor();
  assert.equal(await off.getByRole("link", { name: "Open link" }).count(), 0, "a suppressed email has no live link");
  await s.shot("mailbox");

  // The admin sends the activation email by hand.
  await page.getByRole("link", { name: "Control Hub" }).first().click();
  await page.getByRole("link", { name: "Globex" }).click();
  await org.tab("Organization Settings");
  await page.getByRole("button", { name: "Send activation email to off@globex.example" }).click();
  await page.getByRole("status").filter({ hasText: "1 activation email sent" }).waitFor();
  await s.shot("email-settings");
  await page.getByRole("link", { name: "Mailbox" }).first().click();
  await mailbox.filter("off@globex");
  await page.getByRole("listitem").filter({ hasText: "Sent" }).getByRole("link", { name: "Open link" }).click();
  await page.getByRole("heading", { name: "You're all set" }).waitFor();
});

test("free-to-paid conversion notices are sent even with automatic emails off", async () => {
  const { page } = s;
  await createOrg("Startup Free", true);
  await users.signUp("founder@startup.example", true);
  await page.getByRole("link", { name: "Control Hub" }).first().click();
  await page.getByRole("link", { name: "Globex" }).click();
  await org.tab("Claim users");
  await page.getByLabel("Select founder@startup.example").check();
  await page.getByRole("button", { name: "Claim 1 selected" }).click();
  await page.getByRole("link", { name: "Mailbox" }).first().click();
  await mailbox.filter("founder@");
  const notice = page.getByRole("listitem").filter({ hasText: "Free-to-paid conversion" });
  await notice.getByText("Sent", { exact: true }).waitFor();
});

test("the manual activation email composer warns and downloads an .eml", async () => {
  const { page } = s;
  await page.getByRole("link", { name: "Control Hub" }).first().click();
  await page.getByRole("link", { name: "Globex" }).click();
  await org.tab("Organization Settings");
  await page.getByText("Still missing:").waitFor();
  await page.getByLabel("Your company's goals and rollout plan").fill("Everyone on Webex by March.");
  await page.getByLabel("The value and purpose of the Webex App").fill("Calls, meetings and messaging in one place.");
  await page.getByLabel("Internal support links").fill("https://intranet.example/help");
  await page.getByLabel("Links to internal training content").fill("https://intranet.example/learn");
  assert.equal(await page.getByText("Still missing:").count(), 0);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download .eml" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const eml = readFileSync(file, "utf8");
  assert.match(eml, /^From: .*\r\nTo: .*on@globex\.example.*\r\nSubject: Welcome to Webex at Globex/);
  assert.match(eml, /https:\/\/settings\.webex\.com/);
  assert.match(await page.getByRole("link", { name: "Open in mail program" }).getAttribute("href"), /^mailto:/);
});

test("no script errors", () => assert.deepEqual(s.errors, []));
