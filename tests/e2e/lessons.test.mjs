// Lessons (issue 29), self-study with no server: a learner opens built-in lesson 1, solves it
// through the consoles and the portal by role and label, sees every checkpoint ticked, reloads
// and still sees them, then leaves and finds their own workspace untouched. Also: a bad lesson
// file is refused with what to do; axe and the 390 px phone on the lesson pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, violations } from "./support.mjs";
import { Templates, Portal, Mailbox, Organizations } from "./pages.mjs";

let s;
before(async () => { s = await start(); });
after(async () => { await s?.stop(); });

const TITLE = "A misconfigured untrusted-email template";

/** The lessons page's card of the lesson titled `title`. */
function card(page, title) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

test("a learner solves built-in lesson 1 on a copy, every checkpoint ticks, and a reload keeps them", async () => {
  const { page, base } = s;
  // Their own workspace: the demo.
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "Load the demo workspace" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();

  await page.getByRole("link", { name: "Lessons" }).click();
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  assert.equal(await violations(page).then((v) => v.join("\n")), "");
  await card(page, TITLE).getByRole("button", { name: "Start practising" }).click();
  await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await page.getByText("0 of 4 checkpoints reached").first().waitFor();
  assert.equal(await violations(page).then((v) => v.join("\n")), "");
  await s.shot("lesson-checklist-start");

  // Step 1: the template's User Verification settings.
  const templates = new Templates(page, base);
  await templates.open("Acme Untrusted");
  const lessonBar = page.getByRole("complementary", { name: "Lesson" });
  await lessonBar.getByText("Step 1 of 2").waitFor();
  const uv = templates.verification();
  await uv.getByRole("checkbox", { name: "Untrusted Emails" }).check();
  await page.getByRole("button", { name: "Use as Share Link" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Checkpoint reached" }).waitFor();
  await lessonBar.getByText("1 of 4 checkpoints reached").waitFor();
  await lessonBar.getByText("Step 2 of 2").waitFor();
  await s.shot("lesson-bar-step-2");
  const portalPath = await uv.getByRole("link").first().getAttribute("href");

  // Step 2: Hal self-provisions in the portal and opens his verification email.
  await page.goto(`${base}${portalPath}`);
  const portal = new Portal(page);
  await portal.signIn("2145550108@voice.example.net");
  await portal.submitEmail("hal@acme.example");
  await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
  await page.getByRole("link", { name: "Mailbox" }).click();
  const mailbox = new Mailbox(page);
  await mailbox.filter("hal@");
  await mailbox.mail("Verify your email address for Webex").getByRole("link", { name: "Open link" }).click();
  await page.getByRole("heading", { name: "You're all set" }).waitFor();

  // Every checkpoint is ticked on the checklist, with the time it took.
  await page.goto(`${base}/lessons/practice`);
  await page.getByText("4 of 4 checkpoints reached").first().waitFor();
  await page.getByText("Lesson complete").first().waitFor();
  assert.equal(await page.getByText(/— reached after/).count(), 4);
  assert.equal(await page.getByText("Not reached yet").count(), 0);
  await s.shot("lesson-complete");

  // A reload keeps the practice and its progress.
  await page.reload();
  await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await page.getByText("4 of 4 checkpoints reached").first().waitFor();
  assert.equal(await page.getByText(/— reached after/).count(), 4);

  // Leaving brings the demo back, as it was: Hal was never part of it.
  await page.getByRole("button", { name: "Leave the lesson" }).click();
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  await templates.open("Acme Untrusted Standard");
  await page.getByRole("link", { name: "Show User Status" }).click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  assert.equal(await page.getByRole("row", { name: /2145550108/ }).count(), 0);
  assert.equal(await page.getByRole("complementary", { name: "Lesson" }).count(), 0);
});

test("a bad lesson file is refused with what to do, and a good one can be kept", async () => {
  const { page, base } = s;
  await page.goto(`${base}/lessons`);
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  const chooser = page.getByLabel("Open a lesson file");
  await chooser.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"flowthrough_lesson": 7}') });
  await page.getByRole("alert").filter({ hasText: "newer than this flowthrough reads; update flowthrough" }).waitFor();
  const lesson = {
    flowthrough_lesson: 1, id: "from-a-trainer", title: { en: "From a trainer" }, introduction: {},
    start: { kind: "scenario", name: "portal-error" },
    steps: [{ instruction: { en: "Onboard Dee." }, checkpoints: [{ id: "dee", kind: "subscriber_status", subscriber: "2145550104", status: "provisioned" }] }],
  };
  await chooser.setInputFiles({ name: "good.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(lesson)) });
  await page.getByRole("button", { name: "Keep in your lessons" }).click();
  await card(page, "From a trainer").waitFor();
  await page.reload();
  await card(page, "From a trainer").getByRole("button", { name: "Start practising" }).waitFor();
});

test("the lesson pages fit a 390 px phone, and are axe-clean there", async () => {
  const { page, base } = s;
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto(`${base}/lessons`);
    await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
    assert.ok(await sideways() <= 0, `the lessons page scrolls sideways by ${await sideways()} px`);
    await card(page, TITLE).getByRole("button", { name: "Start practising" }).click();
    await page.getByText("0 of 4 checkpoints reached").first().waitFor();
    assert.ok(await sideways() <= 0, `the checklist scrolls sideways by ${await sideways()} px`);
    assert.equal(await violations(page).then((v) => v.join("\n")), "");
    await page.goto(`${base}/partner/templates`);
    await page.getByRole("complementary", { name: "Lesson" }).getByText("Step 1 of 2").waitFor();
    assert.ok(await sideways() <= 0, `a console page with the lesson bar scrolls sideways by ${await sideways()} px`);
    assert.equal(await violations(page).then((v) => v.join("\n")), "");
    await s.shot("lesson-phone");
    await page.goto(`${base}/lessons/practice`);
    await page.getByRole("button", { name: "Leave the lesson" }).click();
    await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  } finally {
    await page.setViewportSize({ width: 1280, height: 860 });
  }
});

test("a trainer records a lesson by demonstration: checkpoints are proposed from what changed, and the lesson is saved", async () => {
  const { page, base } = s;
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "Load the demo workspace" }).click();
  // The earlier tests left a workspace here: loading the demo asks first.
  const replace = page.getByRole("dialog").getByRole("button", { name: "Replace with the demo" });
  const userStatus = page.getByRole("heading", { level: 1, name: "User Status" });
  await Promise.race([userStatus.waitFor().catch(() => {}), replace.waitFor().catch(() => {})]);
  if (await replace.isVisible()) await replace.click();
  await page.getByRole("heading", { level: 1, name: "User Status" }).waitFor();
  await page.goto(`${base}/lessons`);
  await page.getByRole("button", { name: "Record a lesson" }).click();
  const bar = page.getByRole("complementary", { name: "Lesson" });
  await bar.getByText("Recording a lesson.").waitFor();
  // The solution: Contoso stops sending activation emails by itself.
  const orgs = new Organizations(page, base);
  await orgs.goto();
  await orgs.open("Contoso");
  await page.getByRole("link", { name: "Organization Settings" }).click();
  await page.getByRole("switch", { name: "Automatic activation emails" }).uncheck();
  await page.getByRole("status").filter({ hasText: "Automatic activation emails are off" }).first().waitFor();
  await bar.getByRole("button", { name: "Stop recording" }).click();
  await page.getByRole("heading", { level: 1, name: "Write the recorded lesson" }).waitFor();
  const proposals = page.getByRole("group", { name: "Checkpoints proposed from what changed" });
  const proposal = proposals.getByRole("checkbox", { name: "Automatic activation emails are off for Contoso" });
  assert.equal(await proposal.isChecked(), true);
  assert.equal(await violations(page).then((v) => v.join("\n")), "");
  await s.shot("lesson-record");
  // Saving without a title says what is missing.
  await page.getByRole("button", { name: "Save the lesson" }).click();
  await page.getByRole("alert").filter({ hasText: "Give the lesson a title" }).waitFor();
  await page.getByLabel("Title").fill("Quiet onboarding at Contoso");
  await page.getByLabel("What the learner must do").fill("Stop Contoso's automatic activation emails.");
  await page.getByRole("button", { name: "Save the lesson" }).click();
  await page.getByRole("status").filter({ hasText: "is saved in your lessons" }).waitFor();
  await page.getByRole("button", { name: "Back to your workspace" }).click();
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  // The own workspace is as it was, and the new lesson can be practised.
  await orgs.goto();
  await orgs.open("Contoso");
  await page.getByRole("link", { name: "Organization Settings" }).click();
  assert.equal(await page.getByRole("switch", { name: "Automatic activation emails" }).isChecked(), true);
  await page.goto(`${base}/lessons`);
  await card(page, "Quiet onboarding at Contoso").getByRole("button", { name: "Start practising" }).click();
  await page.getByText("0 of 1 checkpoint reached").first().waitFor();
  await orgs.goto();
  await orgs.open("Contoso");
  await page.getByRole("link", { name: "Organization Settings" }).click();
  await page.getByRole("switch", { name: "Automatic activation emails" }).uncheck();
  await bar.getByRole("status").filter({ hasText: "Lesson complete" }).waitFor();
  await page.goto(`${base}/lessons/practice`);
  await page.getByRole("button", { name: "Leave the lesson" }).click();
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
});

test("the lessons, their steps and checkpoints in each of the other languages", async () => {
  const { page, base } = s;
  const WANT = {
    sv: { lessons: "Lektioner", title: "En felkonfigurerad mall för opålitliga e-postadresser", count: "0 av 4 kontrollpunkter nådda", step: "Steg 1 av 2:" },
    nb: { lessons: "Leksjoner", title: "En feilkonfigurert mal for ikke-klarerte e-postadresser", count: "0 av 4 kontrollpunkter nådd", step: "Trinn 1 av 2:" },
    ro: { lessons: "Lecții", title: "Un șablon pentru e-mailuri neverificate configurat greșit", count: "0 din 4 puncte de control atinse", step: "Pasul 1 din 2:" },
  };
  await page.goto(`${base}/lessons`);
  await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  await card(page, TITLE).getByRole("button", { name: "Start practising" }).click();
  await page.getByText("0 of 4 checkpoints reached").first().waitFor();
  try {
    for (const [tag, want] of Object.entries(WANT)) {
      await page.locator("label.language-switch select").selectOption(tag);
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      await page.getByRole("heading", { level: 1, name: want.title }).waitFor();
      const bar = page.getByRole("complementary", { name: /./ }).filter({ hasText: want.count });
      await bar.getByText(want.step).waitFor();
      await page.getByRole("link", { name: want.lessons, exact: true }).first().waitFor();
      assert.equal((await violations(page)).join("\n"), "", `axe in ${tag}`);
    }
    await s.shot("lesson-checklist-ro");
  } finally {
    await page.locator("label.language-switch select").selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.goto(`${base}/lessons/practice`);
    await page.getByRole("button", { name: "Leave the lesson" }).click();
    await page.getByRole("heading", { level: 1, name: "Lessons" }).waitFor();
  }
});
