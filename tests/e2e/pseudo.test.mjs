// No string left behind (issue 16): the console in a pseudo-locale made from the English
// messages (tests/e2e/pseudo.mjs: every message accented, about 40 % longer, between ⟦ ⟧),
// served in place of Swedish's file. Every page, menu, dialog, refusal, error report and banner
// is walked; each must show nothing but messages and data, cut no label off, and overlap no
// header part. A string that bypassed the messages shows up here by name, wherever it is.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startWithDemo, cramped, open } from "./support.mjs";
import { accent, pseudoLocale, dataWords, untranslated } from "./pseudo.mjs";

let s;
const found = [];
// Data a page shows as it is, beyond the demo's names: product names (flowthrough, Webex,
// BroadWorks as a template's user authentication, the package names: the same in every
// language), the clock's zone.
const ALLOWED = [...dataWords(), "flowthrough", "Webex", "BroadWorks", "Softphone", "Basic", "Standard", "Premium", "UTC"];

/** A message's words in the pseudo-locale, to find a control by its name. */
const p = (english) => new RegExp(accent(english).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

before(async () => {
  s = await startWithDemo();
  const ftl = pseudoLocale();
  await s.context.route("**/locales/sv.ftl", (route) => route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: ftl }));
  await s.page.locator("label.language-switch select").selectOption("sv");
  await s.page.waitForFunction(() => document.documentElement.lang === "sv" && document.body.innerText.includes("⟦"));
});
after(async () => { await s?.stop(); });

/** Takes each item of the menu `opener` opens, one at a time (reopening it before each), and
 * reads the page after each. */
async function eachMenuItem(opener, what) {
  const { page } = s;
  await opener().click();
  await page.getByRole("menu").waitFor();
  await look(`${what}'s menu`);
  const names = await page.getByRole("menuitem").allInnerTexts();
  await page.keyboard.press("Escape");
  for (const name of names) {
    await opener().click();
    await page.getByRole("menu").waitFor();
    const item = page.getByRole("menuitem", { name: name.trim(), exact: true });
    if (!(await item.count()) || (await item.isDisabled())) { await page.keyboard.press("Escape"); continue; }
    await item.click();
    await page.waitForTimeout(150);
    await look(`${what}: after "${name.trim()}"`);
    if (await page.getByRole("dialog").count()) await page.keyboard.press("Escape");
    await page.waitForTimeout(50);
  }
}

/** Reads the page as it is now. */
async function look(what) {
  const { page } = s;
  await page.waitForTimeout(80);
  for (const line of await page.evaluate(untranslated, ALLOWED)) found.push(`${what}: ${line}`);
  for (const line of await cramped(page)) found.push(`${what}: ${line}`);
}

async function visit(path, what = path) {
  const { page, base } = s;
  await open(page, base, path);
  await page.locator("main h1").first().waitFor();
  await look(what);
}

test("every page, menu and dialog in the pseudo-locale shows only messages and data", async (t) => {
  const { page, base } = s;
  // Where it stopped, if it stops.
  t.after(() => s.shot("pseudo-last"));
  await visit("/", "the start page");
  await page.getByRole("button", { name: p("Load the demo workspace") }).click();
  await page.getByRole("dialog").waitFor();
  await look("the demo's confirmation");
  await page.keyboard.press("Escape");

  await visit("/partner", "the Customer List");
  const customer = await page.locator("main table a[href^='/partner/customers/']").first().getAttribute("href");
  await visit(customer, "a customer");
  // A subscriber the customer already has: the core's refusal, without the batch's row.
  const one = page.locator("form[aria-labelledby=provision-one]");
  await one.locator("input[type=text]").nth(0).fill("2145550101@voice.example.net");
  await one.locator("input[type=text]").nth(1).fill("Ann Lee");
  await one.locator("input[type=text]").nth(2).fill("welcome1");
  await one.locator("button[type=submit]").click();
  await one.locator("[role=alert]").waitFor();
  await look("provisioning a subscriber the customer has");
  const csv = page.locator("main input[type=file]").first();
  await csv.setInputFiles({ name: "no-password.csv", mimeType: "text/csv", buffer: Buffer.from("BroadWorks User ID,Name\n1@x,Ann\n") });
  await page.locator("main [role=alert]").first().waitFor();
  await look("a customer's CSV import without a Password column");
  await csv.setInputFiles({ name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from("BroadWorks User ID,Name,Password,Email,Package\na b@sp,,,bad@example,Gold\n9@sp,Ann,pw,ann@acme.example,Basic\n") });
  await page.locator("main table").nth(1).waitFor();
  await look("a customer's CSV import preview with errors");

  await visit("/partner/templates", "the templates");
  const template = await page.locator("main table a[href^='/partner/templates/']").first().getAttribute("href");
  await visit(template, "a template");
  await visit(`${template}/users`, "User Status");
  await s.shot("pseudo-user-status");
  // Every item of an Error row's menu, and what each opens.
  const errorRow = () => page.locator("main tbody tr").filter({ hasText: accent("Error") }).first().locator("td.actions button");
  await eachMenuItem(errorRow, "a User Status row in Error");
  await page.locator("main details.diagram-details summary").click();
  await page.locator("main details.diagram-details svg").waitFor();
  await look("the subscriber state diagram");

  await visit("/control", "the organizations");
  // The organization with the most users (a name is data: the same in every language).
  const org = (await page.locator("main table a[href^='/control/orgs/']", { hasText: "Acme Corp" }).first().getAttribute("href")).split("/")[3];
  for (const tab of ["users", "domains", "claims", "sync", "sites", "settings"]) await visit(`/control/orgs/${org}/${tab}`, `Control Hub ${tab}`);
  await visit(`/control/orgs/${org}/users`, "Control Hub users");
  await page.locator("main details.diagram-details summary").click();
  await page.locator("main details.diagram-details svg").waitFor();
  await look("the user state diagram");
  await page.locator("main textarea").first().fill("ann@@acme.example\nann@acme.example");
  await page.locator("main form button[type=submit]").first().click();
  await page.waitForTimeout(150);
  await look("adding users with a bad address");
  await page.locator("main textarea").first().fill("ida@acme.example\njo@acme.example\nkim@acme.example");
  await page.locator("main form button[type=submit]").first().click();
  await page.locator("main tbody tr", { hasText: "kim@acme.example" }).waitFor();
  await look("users added");
  // Every user selected: the bulk bar, with what it may not do for some of them and why.
  await page.locator("main thead input[type=checkbox]").check();
  await page.locator(".bulk-bar").waitFor();
  await look("Control Hub users, all selected");
  await page.locator("main thead input[type=checkbox]").uncheck();
  // Every item of a user's menu, and what each does or opens.
  await eachMenuItem(() => page.locator("main td.actions button").first(), "a Control Hub user");
  // A domain verified before its record is published: the core's refusal.
  await visit(`/control/orgs/${org}/domains`, "Control Hub domains");
  await page.locator("main input[type=text]").first().fill("pseudo.example");
  await page.locator("main form button").first().click();
  await page.locator("main tr", { hasText: "pseudo.example" }).getByRole("button").first().click();
  await page.waitForTimeout(150);
  await look("a domain verified too early");

  // The composer's draft follows the email's language (the console's here).
  await visit(`/control/orgs/${org}/settings`, "Organization Settings");
  await page.locator("main select").last().selectOption("en");
  await page.locator("main select").last().selectOption("sv");
  await look("the composer, its language chosen again");
  await s.shot("pseudo-settings");

  // The timeline's Advance to here, and the audit log's Undo, say what they did.
  await visit("/timeline", "the timeline");
  await page.locator("main .timeline button").first().click();
  await page.locator(".toast").waitFor();
  await look("the timeline after Advance to here");
  await visit("/control/audit", "the audit log");
  await page.locator("main .toolbar button").last().click();
  await page.locator(".toast").waitFor();
  await look("the audit log after Undo");

  // A change made in another tab is announced here.
  const other = await s.context.newPage();
  await other.goto(`${base}/control`);
  await other.locator("main input[type=text]").first().fill("Globex Basic");
  await other.locator("main form button").first().click();
  await other.locator("main a", { hasText: "Globex Basic" }).waitFor();
  await other.close();
  await page.locator(".toast", { hasText: accent("Updated with changes made in another tab") }).waitFor();
  await look("a change made in another tab");

  for (const [path, what] of [["/mailbox", "the Mailbox"], ["/control/audit", "the audit log"], ["/timeline", "the timeline"], ["/replay/3", "the replay"], ["/link/not-a-real-token", "an unknown link"], ["/no/such/page", "a missing page"]]) await visit(path, what);

  await visit("/workspace", "the Workspace page");
  await page.locator("main input[type=file]").first().setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"flowthrough-workspace","schema":1,"workspace":{"sche') });
  await page.locator("main [role=alert]").first().waitFor();
  await look("a broken workspace file");
  await s.shot("pseudo-import-failed");
  await page.locator("main input[type=file]").first().setInputFiles({ name: "not-ours.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) });
  await page.waitForTimeout(150);
  await look("a file that is not a workspace");
  // The Webex API's pages: the report of what can be imported and what cannot.
  const apiPage = (name) => ({ name, mimeType: "application/json", buffer: readFileSync(new URL(`../../core/tests/fixtures/api/${name}`, import.meta.url)) });
  await page.locator("main input[type=file][multiple]").setInputFiles([apiPage("page-1.json"), apiPage("page-2.json")]);
  await page.locator("main .import-problems li").first().waitFor();
  await look("the report of two Webex API pages");

  // The portal: a wrong password, then an address that is not one, then the email sent.
  await page.goto(`${base}${template}`);
  const portal = await page.locator("main a[href^='/activate/']").first().getAttribute("href");
  await visit(`${portal}?lang=sv`, "the portal");
  await page.locator("main input").nth(0).fill("2145550101@voice.example.net");
  await page.locator("main input[type=password]").fill("wrong");
  await page.locator("main button[type=submit]").click();
  await page.locator("main [role=alert]").waitFor();
  await look("the portal refusing a password");
  await page.locator("main input[type=password]").fill("welcome1");
  await page.locator("main button[type=submit]").click();
  await page.locator("main input[type=email]").waitFor();
  await look("the portal asking for an email");
  await page.locator("main input[type=email]").fill("no-at-sign");
  await page.locator("main button[type=submit]").click();
  await page.waitForTimeout(150);
  await look("the portal refusing an address");
  await page.locator("main input[type=email]").fill("ann.lee@acme.example");
  await page.locator("main button[type=submit]").click();
  await page.waitForTimeout(200);
  await look("the portal after sending the email");
  await visit("/mailbox", "the Mailbox with the portal's email");

  // Storage that cannot be written, then a stored workspace that cannot be read.
  await visit("/control", "the organizations");
  await page.evaluate(() => { window.__setItem = Storage.prototype.setItem; Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); }; });
  await page.locator("main input[type=text]").first().fill("Initech Basic");
  await page.locator("main form button").first().click();
  await page.locator(".banner[role=alert]").waitFor();
  await look("a failed save");
  await s.shot("pseudo-save-failed");
  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; localStorage.setItem("flowthrough.v3.base", "not a workspace"); });
  await page.reload();
  await page.locator(".banner[role=alert]").waitFor();
  await look("an unreadable stored workspace");
  await s.shot("pseudo-unreadable");

  assert.deepEqual(found, [], "text that is neither a message nor data");
});

test("no script errors", () => assert.deepEqual(s.errors, []));
