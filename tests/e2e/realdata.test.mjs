// Real data in (issue 33): a support engineer imports a customer's subscribers from the Webex
// API's JSON (two page files written from the public schema, core/tests/fixtures/api), sees
// the per-subscriber report, the counts per status, a stuck subscriber's diagnosis quoting its
// error, takes the worklist and a redacted export out, is asked before sharing real data, and
// rehearses a fix; axe-clean, and at 390 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { start, violations, open } from "./support.mjs";
import { Organizations, UserStatus, Users } from "./pages.mjs";

const fixture = (name) => readFileSync(new URL(`../../core/tests/fixtures/api/${name}`, import.meta.url));
const pages = [
  { name: "page-1.json", mimeType: "application/json", buffer: fixture("page-1.json") },
  { name: "page-2.json", mimeType: "application/json", buffer: fixture("page-2.json") },
];
const emails = ["ann.lee@northwind.example", "cy.diaz@northwind.example", "dee.ortiz@northwind.example", "eli.park@contoso.example"];

let s;
before(async () => {
  s = await start();
  await s.page.goto(`${s.base}/workspace`);
});
after(async () => { await s?.stop(); });

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync(await file.path(), "utf8");
}

test("two API pages are read with a report per subscriber, then imported into a new workspace", async () => {
  const { page } = s;
  await page.getByLabel("Webex API files (.json)").setInputFiles(pages);
  const report = page.getByRole("status").filter({ hasText: "Files read: 2." });
  await report.getByText("Subscribers that can be imported: 8. With problems: 3.").waitFor();
  await report.getByText('Status "suspended" is not one of the API\'s statuses.', { exact: false }).waitFor();
  await report.getByText("2145550101@sp.example appears earlier in the files.", { exact: false }).waitFor();
  await report.getByText("spEnterpriseId is missing.", { exact: false }).waitFor();
  assert.deepEqual(await violations(page), []);
  await s.shot("realdata-report");
  await page.getByRole("button", { name: "Import 8 subscribers into a new workspace" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  await page.getByText("Real data", { exact: true }).waitFor();
  // The first provisioning ID's template: Northwind's four subscribers, one in each of four statuses.
  const status = new UserStatus(page);
  for (const [bwid, text] of [["2145550101", "Provisioned"], ["2145550102", "Pending email input"], ["2145550103", "Pending email validation"], ["2145550104", "Error"]]) {
    assert.match(await status.row(bwid).innerText(), new RegExp(text));
  }
  assert.equal(await page.getByRole("row", { name: /@sp\.example/ }).count(), 4);
  assert.match(await status.row("2145550104").innerText(), /Error 10022: The BroadWorks UserID is already associated/, "the API's error, verbatim");
  // What the model has no column for, as the file says it (or that it does not).
  assert.match(await status.row("2145550101").innerText(), /Created .*2026.* · self-activated/);
  assert.match(await status.row("2145550102").innerText(), /not self-activated/);
  assert.deepEqual(await violations(page), []);
});

test("a stuck subscriber's diagnosis quotes its error and says what it rests on", async () => {
  const { page } = s;
  await new UserStatus(page).act("2145550104@sp.example", "Why is this user stuck?");
  const why = page.getByRole("dialog", { name: /^Why is Dee Ortiz/ });
  await why.getByText('"Error 10022: The BroadWorks UserID is already associated with an existing user."', { exact: false }).waitFor();
  await why.getByText("In Control Hub, find the user who holds 2145550104@sp.example", { exact: false }).waitFor();
  await why.getByRole("heading", { name: "What this rests on" }).waitFor();
  await why.getByText("The file does not carry the template's settings", { exact: false }).waitFor();
  assert.deepEqual(await violations(page), []);
  await s.shot("realdata-why");
  await why.getByRole("button", { name: "Close" }).click();
});

test("the worklist is CSV a standard parser reads: the stuck subscribers, each with cause and next step", async () => {
  const { page } = s;
  const csv = await download(page, () => page.getByRole("button", { name: "Export worklist" }).click());
  const rows = parse(csv, { columns: true, bom: true });
  assert.deepEqual(Object.keys(rows[0]), ["BroadWorks ID", "Name", "Email", "Status", "Since", "Cause", "Next step"]);
  const dee = rows.find((r) => r["BroadWorks ID"] === "2145550104@sp.example");
  assert.match(dee.Cause, /Error 10022/);
  assert.match(dee["Next step"], /in Partner Hub, Delete User and Retry Activation/);
  assert.ok(!rows.some((r) => r["BroadWorks ID"] === "2145550101@sp.example"), "the provisioned one is not stuck");
  // Five are stuck whatever the day; the two in Provisioning and Updating count once they have
  // been so for a day (the sandbox clock reads today's date).
  const ids = rows.map((r) => r["BroadWorks ID"]);
  for (const id of ["2145550102", "2145550103", "2145550104", "3125550201", "3125550204"]) assert.ok(ids.includes(`${id}@sp.example`), id);
});

test("the redacted export holds no email of the input, and sharing real data asks first", async () => {
  const { page, base } = s;
  await open(page, base, "/workspace");
  const json = await download(page, () => page.getByRole("button", { name: "Export redacted" }).click());
  for (const e of emails) assert.ok(!json.includes(e), `${e} in the redacted export`);
  assert.equal(JSON.parse(json).items.length, 8);
  const plain = await download(page, () => page.getByRole("button", { name: "Export in the API's shape" }).click());
  assert.ok(plain.includes("dee.ortiz@northwind.example"));
  await page.getByRole("button", { name: "Share this workspace" }).click();
  const ask = page.getByRole("dialog", { name: "Share a customer's real data?" });
  await ask.getByRole("button", { name: "Share real data" }).waitFor();
  assert.deepEqual(await violations(page), []);
  await ask.getByRole("button", { name: "Cancel" }).click();
  await ask.waitFor({ state: "detached" });
});

test("a fix is rehearsed on the imported copy: Retry Activation onboards a subscriber who never entered an email", async () => {
  const { page, base } = s;
  await open(page, base, "/partner/templates");
  await page.getByRole("link", { name: "bm9ydGh3aW5kLXN0YW5kYXJk" }).first().click();
  await page.getByRole("link", { name: "Show User Status" }).click();
  const status = new UserStatus(page);
  await status.act("2145550102@sp.example", "Retry Activation");
  await page.getByLabel("Email address").fill("bo.ng@northwind.example");
  await page.getByRole("button", { name: "Onboard" }).click();
  await page.getByRole("status").filter({ hasText: "Bo Ng is provisioned." }).waitFor();
  assert.match(await status.row("2145550102").innerText(), /Provisioned/);
});

test("Control Hub's users export, columns reordered and a Swedish status, comes in with each user's state", async () => {
  const { page, base } = s;
  await open(page, base, "/control");
  await new Organizations(page, base).open("SP1+northwind");
  const csv = "\ufeffLast Name,First Name,Display Name,Department,User ID/Email (Required),User Status,Days since Last Service Accessed,Webex Calling\r\n"
    + "Lee,Ann,Ann Lee,Sales,ann.lee@northwind.example,Active,2,TRUE\r\n"
    + "Diaz,Cy,,,cy.diaz@northwind.example,Inte verifierad,,FALSE\r\n"
    + "Roy,Gus,Gus Roy,,gus@northwind.example,Suspended,,FALSE\r\n";
  await page.getByLabel("Control Hub users export (exported_users.csv)").setInputFiles({ name: "exported_users.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("status").filter({ hasText: "3 rows: 2 ready, 1 with errors." }).waitFor();
  await page.getByText('User Status "Suspended" is not one of Active', { exact: false }).waitFor();
  await page.getByRole("button", { name: "Import 2 users in their states" }).click();
  const users = new Users(page);
  await users.row("ann.lee@northwind.example").waitFor();
  assert.match(await users.row("ann.lee@northwind.example").innerText(), /Active/);
  assert.match(await users.row("cy.diaz@northwind.example").innerText(), /Not Verified/);
  assert.deepEqual(await violations(page), []);
});

test("at 390 px Control Hub's users, the imported User Status and the Workspace page fit the screen", async () => {
  const { page, base } = s;
  await page.setViewportSize({ width: 390, height: 844 });
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(await sideways() <= 0, `Control Hub's users scroll sideways by ${await sideways()} px`);
  await open(page, base, "/partner/templates");
  await page.getByRole("link", { name: "bm9ydGh3aW5kLXN0YW5kYXJk" }).first().click();
  await page.getByRole("link", { name: "Show User Status" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  assert.ok(await sideways() <= 0, `User Status scrolls sideways by ${await sideways()} px`);
  await s.shot("realdata-phone");
  await open(page, base, "/workspace");
  assert.ok(await sideways() <= 0, `the Workspace page scrolls sideways by ${await sideways()} px`);
  await page.setViewportSize({ width: 1280, height: 860 });
});

test("no script errors", () => assert.deepEqual(s.errors, []));
