// The product in the seeds' languages (issue 16): for Swedish, Norwegian Bokmål and Romanian,
// switch in the header, walk the Partner Hub pages (Customer List, a customer, templates, a
// template, User Status and a row's menu), Control Hub (organizations and every tab of one), the
// Mailbox, Workspace, timeline, replay and not-found pages, and the User Activation Portal,
// find none of a list of English strings left, no label cut off and no header part overlapping
// another (the longest translations, Romanian's, test the layout), and pass axe on each page. The choice survives
// a reload; the portal takes its own language from its link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startWithDemo, violations, cramped, open } from "./support.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

// English a translated page must not show (whole words, case-sensitive).
const ENGLISH = [
  "Templates", "User Status", "Show User Status", "View Templates", "Search", "Export", "Exclude provisioned users",
  "Retry Activation", "Delete User", "Change Package Type", "Copy Error Text", "Pending email input", "Provisioned",
  "Mailbox", "Workspace", "Load the demo workspace", "Template name", "Untrusted Emails", "Share Link", "Save",
  "Activate Webex", "Sign in", "User Activation Portal", "Last Status Change", "Package Type", "Why is this user stuck?",
  "Customer List", "Add customer", "Customer name", "Provision a subscriber", "Provision subscriber", "Portal password",
  "Import BroadWorks users", "Edit customer", "Enterprise ID",
  "Organizations", "Create organization", "Search users", "Why this state", "Add users", "Email addresses", "Claim users",
  "Directory sync", "Site linking", "Organization Settings", "Automatic activation emails", "Domain name", "Add domain",
  "Sync now", "Link site", "Send reminders to all", "Write your own activation email", "Export CSV", "What happens next",
  "Filter by recipient", "Open link", "Export workspace", "Large demo workspaces", "Import a workspace", "Advance to here",
  "Previous entry", "Next entry", "The workspace then", "Page not found",
  "Has not entered an email", "Onboarding failed", "Has not opened the activation email",
  "received by flow-through provisioning", "Sandbox clock advanced", "onboarding failed", "The user has not entered an email address",
];

// Words each language must show somewhere on the walk (the seeds' own, where they have them).
const EXPECTED = {
  sv: { lang: "Svenska", heading: "Användarstatus", words: ["Organisationsinställningar", "Automatiska aktiveringsmejl", "Kundlista", "Visa användarstatus", "Opålitliga e-postadresser", "Försök att aktivera igen", "Aktivera Webex"] },
  nb: { lang: "Norsk bokmål", heading: "Brukerstatus", words: ["Ikke bekreftet", "Organisasjonsinnstillinger", "Kundeliste", "Vis brukerstatus", "Kontrollhub", "Prøv aktivering på nytt", "Aktiver Webex"] },
  ro: { lang: "Română", heading: "Stare utilizator", words: ["Setări organizație", "E-mailuri de activare automată", "Lista clienților", "Afișați starea utilizatorilor", "E-mailuri neverificate", "Reîncercați activarea", "Activați Webex"] },
};

async function leftovers(page) {
  const text = await page.locator("body").innerText();
  return ENGLISH.filter((e) => new RegExp(`(^|[^\\p{L}])${e.replace(/[?]/g, "\\?")}($|[^\\p{L}])`, "u").test(text));
}

for (const [tag, want] of Object.entries(EXPECTED)) {
  test(`Partner Hub, Control Hub and the portal in ${want.lang}`, async () => {
    const { page, base } = s;
    await open(page, base, "/partner/templates");
    await page.locator("label.language-switch select").selectOption(tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    const seen = [];
    const visit = async (what) => {
      await page.locator("main h1").first().waitFor();
      await page.waitForTimeout(100);
      assert.deepEqual(await leftovers(page), [], `English left on ${what} in ${tag}`);
      assert.deepEqual(await violations(page), [], `axe on ${what} in ${tag}`);
      assert.deepEqual(await cramped(page), [], `cut off or overlapping on ${what} in ${tag}`);
      seen.push(await page.locator("body").innerText());
    };
    await open(page, base, "/partner");
    await visit("the Customer List");
    const customer = await page.locator("main table a[href^='/partner/customers/']").first().getAttribute("href");
    await open(page, base, customer);
    await visit("a customer");
    // Control Hub: the organizations, then each tab of the first one.
    await open(page, base, "/control");
    await visit("the organizations");
    const org = (await page.locator("main table a[href^='/control/orgs/']").first().getAttribute("href")).split("/")[3];
    for (const tab of ["users", "domains", "claims", "sync", "sites", "settings"]) {
      await open(page, base, `/control/orgs/${org}/${tab}`);
      await visit(`Control Hub ${tab}`);
    }
    for (const [path, what] of [["/mailbox", "the Mailbox"], ["/control/audit", "the audit log"], ["/workspace", "the Workspace page"], ["/timeline", "the timeline"], ["/replay/3", "the replay"], ["/no/such/page", "a missing page"]]) {
      await open(page, base, path);
      await visit(what);
    }
    await open(page, base, "/partner/templates");
    await visit("the templates");
    const first = page.locator("main table a[href^='/partner/templates/']").first();
    const template = await first.getAttribute("href");
    await open(page, base, template);
    await visit("a template");
    await open(page, base, `${template}/users`);
    await page.getByRole("heading", { level: 1, name: want.heading }).waitFor();
    await visit("User Status");
    // A row's menu, in the language too.
    await page.locator("main td.actions button").first().click();
    await page.getByRole("menu").waitFor();
    seen.push(await page.getByRole("menu").innerText());
    assert.deepEqual(await leftovers(page), [], `English left in a row's menu in ${tag}`);
    assert.deepEqual(await cramped(page), [], `cut off in a row's menu in ${tag}`);
    await page.keyboard.press("Escape");
    // A reload keeps the language.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: want.heading }).waitFor();
    // The portal, from the template's Activation link with the language in it.
    await page.goto(`${base}${template}`);
    const portal = await page.locator("main a[href^='/activate/']").first().getAttribute("href");
    await page.goto(`${base}${portal}?lang=${tag}`);
    await visit("the portal");
    for (const w of want.words) assert.ok(seen.some((t) => t.includes(w)), `${w} shown in ${tag}`);
  });
}

test("an end user who activates in Romanian gets the verification email in Romanian, whatever the console's language", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.locator("label.language-switch select").selectOption("en");
  await page.getByRole("heading", { level: 1, name: "Templates" }).waitFor();
  const portal = await page.locator("main table a[href^='/activate/']").first().getAttribute("href");
  await page.goto(`${base}${portal}?lang=ro`);
  await page.getByRole("heading", { level: 1, name: "Activați Webex" }).waitFor();
  await page.getByLabel("ID de utilizator BroadWorks").fill("2145550101@voice.example.net");
  await page.getByLabel("Parolă").fill("welcome1");
  await page.getByRole("button", { name: "Conectare" }).click();
  await page.getByLabel("Adresă de e-mail").fill("ann.lee@acme.example");
  await page.getByRole("button", { name: "Continuare" }).click();
  await page.getByRole("heading", { level: 1, name: "Verificați-vă căsuța de e-mail" }).waitFor();
  await page.goto(`${base}/mailbox`);
  await page.getByLabel("Filter by recipient").fill("ann.lee@acme.example");
  const mail = page.getByRole("article", { name: "Verificați adresa de e-mail pentru Webex" });
  await mail.waitFor();
  assert.equal(await mail.getAttribute("lang"), "ro");
  assert.match(await mail.innerText(), /Deschideți linkul în 24 de ore/);
  // Emails to people whose language is unknown follow the console's (English here).
  await page.getByLabel("Filter by recipient").fill("dana@contoso.example");
  await page.getByRole("article", { name: /^Activate your Webex account at / }).first().waitFor();
});

test("the page's title names the page and its console in the language", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.locator("label.language-switch select").selectOption("sv");
  await page.getByRole("heading", { level: 1, name: "Mallar" }).waitFor();
  await page.waitForFunction(() => document.title === "Mallar – Partnerhubb – flowthrough");
  const template = await page.locator("main table a[href^='/partner/templates/']").first().getAttribute("href");
  await page.goto(`${base}${template}/users`);
  await page.getByRole("heading", { level: 1, name: "Användarstatus" }).waitFor();
  await page.waitForFunction(() => document.title === "Användarstatus – Partnerhubb – flowthrough");
  // Switching the language renames it at once.
  await page.locator("label.language-switch select").selectOption("ro");
  await page.waitForFunction(() => document.title === "Stare utilizator – Partner Hub – flowthrough");
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.title === "flowthrough");
  await page.locator("label.language-switch select").selectOption("en");
  await page.goto(`${base}/mailbox`);
  await page.waitForFunction(() => document.title === "Mailbox – flowthrough");
});

test("the frame painted before the app runs is in the chosen language, or the browser's", async () => {
  const { base } = s;
  // The app never arrives: what shows is the static frame of index.html.
  const frame = async (options, stored) => {
    const context = await s.browser.newContext(options);
    await context.route(/\.wasm$/, () => {});
    if (stored) await context.addInitScript((tag) => localStorage.setItem("flowthrough.locale", tag), stored);
    const page = await context.newPage();
    await page.goto(`${base}/partner`);
    const seen = {
      lang: await page.evaluate(() => document.documentElement.lang),
      nav: await page.getByRole("navigation").getAttribute("aria-label"),
      links: await page.getByRole("navigation").getByRole("link").allInnerTexts(),
      status: await page.getByRole("status").innerText(),
    };
    await context.close();
    return seen;
  };
  assert.deepEqual(await frame({}, "sv"), { lang: "sv", nav: "Konsoler", links: ["Partnerhubb", "Control Hub", "Brevlåda", "Arbetsyta"], status: "Konsolen läses in…" });
  assert.deepEqual(await frame({ locale: "nb-NO" }), { lang: "nb", nav: "Konsoller", links: ["Partnerhub", "Kontrollhub", "Postkasse", "Arbeidsområde"], status: "Konsollen lastes inn…" });
  assert.deepEqual(await frame({ locale: "de-DE" }), { lang: "en", nav: "Consoles", links: ["Partner Hub", "Control Hub", "Mailbox", "Workspace"], status: "Loading the console…" });
});

test("back to English, the pages read as before", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.locator("label.language-switch select").selectOption("en");
  await page.getByRole("heading", { level: 1, name: "Templates" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
});

test("no script errors", () => assert.deepEqual(s.errors, []));
