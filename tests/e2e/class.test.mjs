// Lessons in a class (issue 29), against a real nats-server that the test starts and stops: a
// trainer starts a class, three trainees join by the link in their own browser contexts and
// practise on their own copies; the board shows exactly who reached what; a trainee offline
// solves a step and the board catches up when they are back; the trainer follows a trainee's
// copy live and takes the class's clock; a hand-made client with a trainee's credentials is
// refused by the server when it writes another trainee's progress or the lesson. Axe and the
// phone on the class pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, violations, artifacts } from "./support.mjs";
import { startNats, USERS } from "./nats.mjs";
import { Templates, UserStatus, Mailbox } from "./pages.mjs";

const TRAINEES = [USERS.trainee, ["tom", "tom-secret"], ["una", "una-secret"]];
const NAMES = { tia: "Tia", tom: "Tom", una: "Una" };
const LESSON = "Two failed portal attempts";
const DEE = "2145550104@voice.example.net";
let s;
let nats;
const people = [];

before(async () => {
  nats = await startNats({ trainees: TRAINEES.slice(1) });
  s = await start();
});
after(async () => {
  for (const p of people) await p.context.close().catch(() => {});
  await s?.stop();
  await nats?.stop();
});

async function person() {
  const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const p = { context, page };
  people.push(p);
  return p;
}

/** The board's row of a trainee: its cells' texts (name, status, checkpoint 1…n, last action). */
async function boardRow(page, name) {
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^Follow ${name}'s copy`) }) });
  return row.locator("th, td").allInnerTexts();
}

/** Waits until the trainee's row shows checkpoints reached exactly as `want` (true/false each). */
async function boardShows(page, name, want, timeout = 15000) {
  const started = Date.now();
  let got;
  while (Date.now() - started < timeout) {
    const cells = await boardRow(page, name).catch(() => []);
    got = cells.slice(2, 2 + want.length).map((c) => c.includes("✓"));
    if (cells.length && JSON.stringify(got) === JSON.stringify(want)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`${name}'s row shows ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
}

/** Retry Activation for Dee in a trainee's copy, through User Status. */
async function retryDee(page, base) {
  await new Templates(page, base).open("Acme Untrusted");
  await page.getByRole("link", { name: "Show User Status" }).click();
  await new UserStatus(page).act(DEE, "Retry Activation");
  const dialog = page.getByRole("dialog", { name: "Retry Activation" });
  await dialog.getByLabel("Email address").fill("dee.dahl@acme.example");
  await dialog.getByRole("button", { name: "Onboard" }).click();
  await dialog.waitFor({ state: "detached" });
}

test("a trainer runs a class; three trainees practise on their own copies and the board shows exactly what each reached", async () => {
  const { base } = s;
  const trainer = await person();
  const t = trainer.page;
  await t.goto(`${base}/lessons/class`);
  await t.getByRole("heading", { level: 1, name: "Classes" }).waitFor();
  assert.equal((await violations(t)).join("\n"), "");
  const start = t.getByRole("region", { name: "Start a class" });
  await start.getByLabel("Lesson").selectOption({ label: LESSON });
  await start.getByLabel("Server").fill(nats.url);
  await start.getByLabel("Class name").fill("class-a");
  await start.getByLabel("User name").fill(USERS.admin[0]);
  await start.getByLabel("Password").fill(USERS.admin[1]);
  await start.getByLabel("Your name").fill("Ann");
  await start.getByRole("button", { name: "Start the class" }).click();
  await t.getByRole("heading", { level: 1, name: "Class board" }).waitFor();
  await t.getByText("No trainee has joined yet.").waitFor();
  const link = await t.locator("code").filter({ hasText: "/lessons/class?" }).innerText();
  assert.match(link, /\/lessons\/class\?server=ws%3A%2F%2F127\.0\.0\.1%3A\d+&class=class-a$/);

  const trainees = {};
  for (const [user, password] of TRAINEES) {
    const p = await person();
    trainees[user] = p;
    // Una's connection goes through a switch the test can open: her WebSocket is closed and
    // every reconnection refused while she is "offline" (the browser's offline mode leaves an
    // open WebSocket alone).
    if (user === "una") {
      p.offline = false;
      p.sockets = [];
      await p.context.routeWebSocket(/^ws:\/\/127\.0\.0\.1/, (ws) => {
        if (p.offline) return ws.close({ code: 1001, reason: "offline" });
        ws.connectToServer();
        p.sockets.push(ws);
      });
    }
    await p.page.goto(link);
    const join = p.page.getByRole("region", { name: "Join a class" });
    assert.equal(await join.getByLabel("Class name").inputValue(), "class-a");
    await join.getByLabel("User name").fill(user);
    await join.getByLabel("Password").fill(password);
    await join.getByLabel("Your name").fill(NAMES[user]);
    await join.getByRole("button", { name: "Join the class" }).click();
    await p.page.getByRole("heading", { level: 1, name: LESSON }).waitFor();
    await p.page.getByRole("complementary", { name: "Lesson" }).getByText("Class class-a · connected").waitFor();
  }
  for (const user of Object.keys(trainees)) await boardShows(t, NAMES[user], [false, false, false, false]);
  assert.equal((await violations(t)).join("\n"), "");
  await t.screenshot({ path: `${artifacts}/class-board-joined.png`, fullPage: true });

  // Tia onboards Dee; Tom deletes Dee's user instead (which clears the error, nothing more).
  await retryDee(trainees.tia.page, base);
  const tiaMs = await boardShows(t, "Tia", [true, true, true, false]);
  const tom = trainees.tom.page;
  await new Templates(tom, base).open("Acme Untrusted");
  await tom.getByRole("link", { name: "Show User Status" }).click();
  await new UserStatus(tom).act(DEE, "Delete User");
  await tom.getByRole("dialog").getByRole("button", { name: "Delete User" }).click();
  const tomMs = await boardShows(t, "Tom", [false, true, false, false]);
  await boardShows(t, "Una", [false, false, false, false]);
  console.log(`# checkpoint to board: Tia ${tiaMs} ms, Tom ${tomMs} ms (after the trainee's click returned)`);
  await t.screenshot({ path: `${artifacts}/class-board-progress.png`, fullPage: true });

  // Una goes offline, solves step 1, and comes back: the board catches up.
  const una = trainees.una;
  una.offline = true;
  for (const ws of una.sockets.splice(0)) await ws.close({ code: 1001, reason: "offline" }).catch(() => {});
  await una.page.getByRole("complementary", { name: "Lesson" }).getByText(/offline/).waitFor({ timeout: 30000 });
  await retryDee(una.page, base);
  await una.page.getByRole("complementary", { name: "Lesson" }).getByText(/offline, \d+ messages? wait/).waitFor();
  await boardShows(t, "Una", [false, false, false, false]);
  una.offline = false;
  await boardShows(t, "Una", [true, true, true, false], 30000);

  // The trainer follows Tia's copy, live, while she finishes step 2.
  await t.getByRole("link", { name: "Follow Tia's copy" }).click();
  await t.getByRole("heading", { level: 1, name: "tia's copy" }).waitFor();
  const users = t.getByRole("table", { name: "Control Hub users" });
  await users.getByRole("row", { name: /dee\.dahl@acme\.example .*Not Verified/ }).waitFor();
  const tia = trainees.tia.page;
  await tia.getByRole("link", { name: "Mailbox" }).click();
  const mailbox = new Mailbox(tia);
  await mailbox.filter("dee.dahl@");
  await mailbox.mails().first().getByRole("link", { name: "Open link" }).click();
  await tia.getByRole("button", { name: "Sign in to Webex" }).click();
  await users.getByRole("row", { name: /dee\.dahl@acme\.example .*Active/ }).waitFor();
  // Back in the console (the portal shows nothing of it, nor the lesson bar).
  await tia.getByRole("link", { name: "Back to the Mailbox" }).click();
  assert.equal((await violations(t)).join("\n"), "");
  await t.screenshot({ path: `${artifacts}/class-follow.png`, fullPage: true });
  await una.page.screenshot({ path: `${artifacts}/class-trainee.png`, fullPage: true });
  await t.getByRole("link", { name: "Class board" }).click();
  await boardShows(t, "Tia", [true, true, true, true]);
  await t.getByRole("row").filter({ hasText: "Tia" }).getByText("Done").waitFor();

  // The class's clock: every copy takes the step.
  await t.getByLabel("Days").fill("14");
  await t.getByRole("button", { name: "Let the days pass for every trainee" }).click();
  for (const user of Object.keys(trainees)) {
    await trainees[user].page.getByRole("complementary", { name: "Lesson" }).getByText("The trainer let 14 days pass.").waitFor();
  }

  // A hand-made client with Tia's credentials: the server refuses another trainee's progress and
  // the lesson, whatever the client.
  const refused = await tia.evaluate(async ({ url, user, password }) => {
    const m = await window.__flowthroughImport(window.__flowthroughShared);
    const c = await m.connect(url, user, password, "hand-made");
    const out = [];
    for (const subject of ["ftc.class-a.progress.tom", "ftc.class-a.lesson", "ftc.class-a.clock", "ftc.class-a.log.una"]) {
      try {
        await c.js.publish(subject, new TextEncoder().encode("{}"), { timeout: 3000 });
        out.push(`${subject}: published`);
      } catch (e) {
        out.push(`${subject}: ${/permission/i.test(String(e?.message ?? e)) ? "denied" : String(e?.message ?? e)}`);
      }
    }
    await c.close();
    return out;
  }, { url: nats.url, user: USERS.trainee[0], password: USERS.trainee[1] });
  assert.deepEqual(refused, [
    "ftc.class-a.progress.tom: denied", "ftc.class-a.lesson: denied", "ftc.class-a.clock: denied", "ftc.class-a.log.una: denied",
  ]);
  await boardShows(t, "Tom", [false, true, false, false]);

  // The board on a 390 px phone: its table scrolls in its own box, the page does not.
  await t.setViewportSize({ width: 390, height: 844 });
  const sideways = await t.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `the board scrolls sideways by ${sideways} px`);
  assert.equal((await violations(t)).join("\n"), "");
  await t.screenshot({ path: `${artifacts}/class-board-phone.png`, fullPage: true });
});

test("the class pages fit a 390 px phone", async () => {
  const p = await person();
  await p.page.setViewportSize({ width: 390, height: 844 });
  await p.page.goto(`${s.base}/lessons/class`);
  await p.page.getByRole("heading", { level: 1, name: "Classes" }).waitFor();
  const sideways = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `the class page scrolls sideways by ${sideways} px`);
  assert.equal((await violations(p.page)).join("\n"), "");
});
