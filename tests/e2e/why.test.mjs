// Why is this user stuck (issue 15's first part): a template without Untrusted Emails leaves a
// subscriber stuck; the diagnosis says so and opens where to fix it; after the fix, Retry
// Activation onboards the user, who activates from the Mailbox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startWithDemo } from "./support.mjs";
import { Mailbox, Templates, UserStatus } from "./pages.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

test("the diagnosis names a template without Untrusted Emails, and its fix lets the user activate", async () => {
  const { page, base } = s;
  const templates = new Templates(page, base);
  const status = new UserStatus(page);
  // Globex's template trusts BroadWorks emails, and BroadWorks sent none for Hal.
  await templates.open("Globex Trusted Basic");
  await page.getByRole("link", { name: "Show User Status" }).click();
  await status.act("3125550202@voice.example.net", "Why is this user stuck?");
  const why = page.getByRole("dialog", { name: /^Why is Hal Ionescu/ });
  await why.getByText("not set up for self-activation", { exact: false }).first().waitFor();
  await why.getByText("In the template's User Verification settings", { exact: false }).waitFor();
  await s.shot("why-stuck");
  await why.getByRole("link", { name: "Open the template's User Verification settings" }).click();
  await page.getByRole("heading", { level: 1, name: "Globex Trusted Basic" }).waitFor();
  await templates.verification().getByRole("checkbox", { name: "Untrusted Emails" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Template saved." }).waitFor();
  await page.getByRole("link", { name: "Show User Status" }).click();
  await status.act("3125550202@voice.example.net", "Retry Activation");
  await page.getByLabel("Email address").fill("hal@globex.example");
  await page.getByRole("button", { name: "Onboard" }).click();
  await page.getByRole("status").filter({ hasText: "Hal Ionescu is provisioned." }).waitFor();
  assert.match(await status.row("3125550202").innerText(), /Provisioned/);
  // The user activates from the activation email.
  await page.getByRole("link", { name: "Mailbox" }).first().click();
  const mailbox = new Mailbox(page);
  await mailbox.filter("hal@globex");
  await mailbox.mails().first().getByRole("link", { name: "Open link" }).click();
  await page.getByRole("heading").filter({ hasText: /activated|all set|verified/i }).first().waitFor();
});

test("no script errors", () => assert.deepEqual(s.errors, []));
