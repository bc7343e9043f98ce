// Shared workspaces through a real NATS server (scripts/share.sh): administrators and a trainee
// in separate browser contexts (separate storage, as separate people), a conflict, the server
// stopped and restarted, a reload with changes waiting, a hand-made client's entries.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, artifacts, violations } from "./support.mjs";
import { Organizations, Users } from "./pages.mjs";
import { startNats, USERS } from "./nats.mjs";

let s, nats;
const people = [];
before(async () => {
  nats = await startNats();
  s = await start();
});
after(async () => {
  for (const p of people) await p.context.close().catch(() => {});
  await s?.stop();
  await nats?.stop();
});

/** A person: their own browser context (own storage), one page. */
async function person() {
  const context = await s.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const p = { context, page, errors, users: new Users(page), orgs: new Organizations(page, s.base) };
  people.push(p);
  return p;
}

const header = (page) => page.getByRole("banner");
async function online(page) {
  await header(page).getByRole("status").filter({ hasText: /^Shared: online/ }).waitFor({ timeout: 20000 });
}

async function fill(page, [user, password], name, { server = nats.url, workspace, remember = false } = {}) {
  if (server !== null) await page.getByLabel("Server", { exact: true }).fill(server);
  if (workspace) await page.getByLabel("Shared workspace name").fill(workspace);
  await page.getByLabel("User name").fill(user);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Your name (shown to the others)").fill(name);
  if (remember) await page.getByLabel("Keep the password in this browser").check();
}

async function share(p, workspace, creds, name) {
  await p.page.goto(`${s.base}/workspace`);
  await fill(p.page, creds, name, { workspace });
  await p.page.getByRole("button", { name: "Share this workspace" }).click();
  await online(p.page);
  return p.page.getByLabel("Join link (no password in it)").inputValue();
}

async function join(p, link, creds, name, opts = {}) {
  await p.page.goto(link);
  await fill(p.page, creds, name, { server: null, ...opts });
  await p.page.getByRole("button", { name: "Join a shared workspace" }).click();
  await online(p.page);
}

/** Moves inside the app as a person does, by its links (a page load would reconnect). */
async function nav(page, name) {
  await page.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name, exact: true }).click();
}

async function openUsers(p, org = "Acme") {
  await nav(p.page, "Control Hub");
  await p.orgs.open(org);
}

async function openAudit(page) {
  await nav(page, "Control Hub");
  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
}

async function openWorkspace(page) {
  await nav(page, "Workspace");
  await page.getByRole("heading", { name: "Shared workspace" }).waitFor();
}

/** Polls until `read()` returns `want` (a person waiting for a change to show). */
async function until(read, want, ms = 10000) {
  const t0 = Date.now();
  let got;
  while (Date.now() - t0 < ms) {
    got = await read().catch(() => undefined);
    if (JSON.stringify(got) === JSON.stringify(want)) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.deepEqual(got, want);
}

/** A hand-made client in `page`: the same NATS client the app loads, used directly. */
async function handMade(page, [user, password], action, ...args) {
  return page.evaluate(async ({ url, user, password, action, args }) => {
    const m = await window.__flowthroughImport(window.__flowthroughShared);
    const c = await m.connect(url, user, password, "hand-made");
    try {
      if (action === "publish") {
        const [ws, bytes] = args;
        await c.js.publish(`ft.${ws}.log`, new Uint8Array(bytes));
        return "published";
      }
    } catch (e) {
      return e.code ?? String(e);
    } finally {
      await c.close();
    }
  }, { url: nats.url, user, password, action, args });
}

test("an administrator shares, a trainee joins by the link and sees every change, and cannot change anything", async () => {
  const ann = await person();
  await ann.orgs.goto();
  await ann.orgs.create("Acme");
  await ann.orgs.open("Acme");
  await ann.users.add("hal@acme.example", "ivy@acme.example");

  const link = await share(ann, "class-one", USERS.admin, "Ann");
  assert.match(link, /\/workspace\?server=.+&join=class-one$/);
  assert.ok(!link.includes(USERS.admin[1]), "no password in the link");

  const tia = await person();
  await join(tia, link, USERS.trainee, "Tia");
  await tia.page.getByText("You joined as a trainee").first().waitFor();
  await openUsers(tia);
  assert.equal((await tia.users.stateOf("hal@acme.example")).state, "Not Verified");
  // Ann sees Tia in the header.
  await header(ann.page).getByText("here: Tia").waitFor({ timeout: 10000 });
  // The shared Workspace page, the header's status and the trainee's banner: axe, and the
  // languages (Tia reads Swedish, then English again).
  await openWorkspace(tia.page);
  assert.deepEqual(await violations(tia.page), [], "axe on the trainee's shared Workspace page");
  await tia.page.locator("label.language-switch select").selectOption("sv");
  await header(tia.page).getByRole("status").filter({ hasText: /^Delad: online/ }).waitFor();
  await tia.page.getByText("Du anslöt som kursdeltagare").first().waitFor();
  await tia.page.screenshot({ path: `${artifacts}/share-trainee-sv.png`, fullPage: true });
  await tia.page.locator("label.language-switch select").selectOption("en");
  await online(tia.page);
  await openWorkspace(ann.page);
  assert.deepEqual(await violations(ann.page), [], "axe on the administrator's shared Workspace page");
  // The header's status is a link to the Workspace page's section, reachable by keyboard.
  await header(ann.page).getByRole("link").filter({ hasText: "Shared: online" }).focus();
  await ann.page.keyboard.press("Enter");
  await ann.page.getByRole("heading", { name: "Shared workspace" }).waitFor();
  await openUsers(tia);

  // Ann's change appears at Tia's.
  await openUsers(ann);
  const t0 = Date.now();
  await ann.users.act("hal@acme.example", "Deactivate");
  const waited = await until(async () => (await tia.users.stateOf("hal@acme.example")).state, "Inactive");
  console.log(`# change visible at the trainee's ${Date.now() - t0} ms after the click (polled: ${waited} ms)`);

  // The trainee's UI offers nothing that would change the workspace: each such control is
  // disabled and says why (its title, and its description for screen readers); the server
  // refuses a hand-made client's entry too.
  await tia.page.getByRole("button", { name: "Actions for ivy@acme.example" }).click();
  const deactivate = tia.page.getByRole("menuitem", { name: "Deactivate" });
  assert.equal(await deactivate.getAttribute("aria-disabled"), "true");
  assert.equal(await deactivate.getAttribute("title"), "Read only: you joined this shared workspace as a trainee.");
  await deactivate.click({ force: true });
  await tia.page.keyboard.press("Escape");
  const add = tia.page.getByRole("button", { name: "Add users" });
  assert.equal(await add.isDisabled(), true);
  assert.match(await add.evaluate((b) => b.closest("fieldset")?.title ?? ""), /^Read only: you joined this shared workspace as a trainee\.$/);
  assert.equal(await tia.page.getByRole("group", { name: "Sandbox clock" }).getByRole("button").first().isDisabled(), true);
  assert.equal((await tia.users.stateOf("ivy@acme.example")).state, "Not Verified");
  assert.match(await handMade(tia.page, USERS.trainee, "publish", "class-one", [70, 84, 69, 49]), /Permissions Violation/);
  // The audit log says who.
  await openAudit(tia.page);
  await tia.page.getByRole("row").filter({ hasText: "Deactivate" }).getByText("by Ann").waitFor();
  assert.equal(await tia.page.getByRole("button", { name: /^Undo/ }).count(), 0, "no Undo where it cannot work");
  await tia.page.screenshot({ path: `${artifacts}/share-trainee-audit.png`, fullPage: true });
  assert.deepEqual([...ann.errors, ...tia.errors], []);
});

test("with the server stopped both administrators act; after it restarts they converge, the conflict reported once, a reload keeping the waiting change", async () => {
  const ann = await person();
  await ann.orgs.goto();
  await ann.orgs.create("Acme");
  await ann.orgs.open("Acme");
  await ann.users.add("hal@acme.example", "kim@acme.example");
  const link = await share(ann, "class-two", USERS.admin, "Ann");
  const bo = await person();
  await join(bo, link, USERS.admin2, "Bo", { remember: true });
  await openUsers(ann);
  await openUsers(bo);

  await nats.stop();
  await header(ann.page).getByRole("status").filter({ hasText: /offline/ }).waitFor({ timeout: 15000 });
  await header(bo.page).getByRole("status").filter({ hasText: /offline/ }).waitFor({ timeout: 15000 });
  // Both deactivate Hal; Bo also deactivates Kim. Nothing reaches the server.
  await ann.users.act("hal@acme.example", "Deactivate");
  await bo.users.act("hal@acme.example", "Deactivate");
  await bo.users.act("kim@acme.example", "Deactivate");
  await header(bo.page).getByRole("status").filter({ hasText: "2 changes waiting" }).waitFor();
  await bo.page.screenshot({ path: `${artifacts}/share-offline.png` });
  // Bo reloads: the waiting changes are kept.
  await bo.page.reload();
  await header(bo.page).getByRole("status").filter({ hasText: "2 changes waiting" }).waitFor();
  assert.equal((await bo.users.stateOf("kim@acme.example")).state, "Inactive");

  await nats.start();
  for (const p of [ann, bo]) {
    await header(p.page).getByRole("status").filter({ hasText: /^Shared: online$/ }).waitFor({ timeout: 30000 }).catch(async (e) => {
      throw new Error(`${e.message}\nthe headers say: ${await header(ann.page).getByRole("status").innerText()} / ${await header(bo.page).getByRole("status").innerText()}`);
    });
  }
  // Converged: Hal deactivated once, Kim by Bo.
  for (const p of [ann, bo]) {
    await until(async () => (await p.users.stateOf("hal@acme.example")).state, "Inactive");
    await until(async () => (await p.users.stateOf("kim@acme.example")).state, "Inactive");
  }
  // Exactly one of the two Hal deactivations was refused, and its author was told why.
  const reports = async (p) => {
    await openWorkspace(p.page);
    return p.page.getByRole("listitem").filter({ hasText: "was not applied" }).allInnerTexts();
  };
  const [a, b] = [await reports(ann), await reports(bo)];
  assert.equal(a.length + b.length, 1, `one refusal in all: ${JSON.stringify([a, b])}`);
  assert.match([...a, ...b][0], /Your Deactivate was not applied: .* had made a change first \(Deactivate/);
  await (a.length ? ann : bo).page.screenshot({ path: `${artifacts}/share-refused.png`, fullPage: true });
  // Both audit logs hold the same entries (each page may still be reading its older entries
  // when its table first shows: the count is read again until it settles).
  const rows = async (p) => (await p.page.getByRole("row").allInnerTexts()).length;
  for (const p of [ann, bo]) {
    await openAudit(p.page);
    await p.page.getByRole("table").waitFor();
  }
  await until(async () => (await rows(ann)) === (await rows(bo)) && (await rows(ann)) > 1, true);
  // Dismissing the report removes it.
  const who = a.length ? ann : bo;
  await openWorkspace(who.page);
  await who.page.getByRole("button", { name: /^Dismiss/ }).click();
  assert.equal(await who.page.getByRole("listitem").filter({ hasText: "was not applied" }).count(), 0);
  assert.deepEqual([...ann.errors, ...bo.errors], []);
});

test("an entry that is not a flowthrough change is reported and skipped; the next change still applies", async () => {
  const ann = await person();
  await ann.orgs.goto();
  await ann.orgs.create("Acme");
  await ann.orgs.open("Acme");
  await ann.users.add("hal@acme.example");
  const link = await share(ann, "class-three", USERS.admin, "Ann");
  const tia = await person();
  await join(tia, link, USERS.trainee, "Tia");
  // A hand-made client with permission writes garbage.
  assert.equal(await handMade(ann.page, USERS.admin2, "publish", "class-three", [70, 84, 69, 49, 255, 255, 1]), "published");
  await openUsers(ann);
  await ann.users.act("hal@acme.example", "Deactivate");
  await openUsers(tia);
  await until(async () => (await tia.users.stateOf("hal@acme.example")).state, "Inactive");
  await openWorkspace(tia.page);
  await tia.page.getByRole("listitem").filter({ hasText: "Entry 1 of the shared log is not a flowthrough change and was skipped" }).waitFor();
  // Leaving keeps the local copy.
  await tia.page.getByRole("button", { name: "Leave" }).click();
  await tia.page.getByRole("button", { name: "Share this workspace" }).waitFor();
  await openUsers(tia);
  assert.equal((await tia.users.stateOf("hal@acme.example")).state, "Inactive");
  assert.deepEqual([...ann.errors, ...tia.errors], []);
});
