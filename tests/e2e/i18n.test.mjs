// The product in the seeds' languages (issue 16): for Swedish, Norwegian Bokmål and Romanian,
// switch in the header, walk the translated Partner Hub pages and the User Activation Portal,
// find none of a list of English strings left, and pass axe on each page. The choice survives
// a reload; the portal takes its own language from its link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startWithDemo, violations } from "./support.mjs";

let s;
before(async () => { s = await startWithDemo(); });
after(async () => { await s?.stop(); });

// English a translated page must not show (whole words, case-sensitive).
const ENGLISH = [
  "Templates", "User Status", "Show User Status", "View Templates", "Search", "Export", "Exclude provisioned users",
  "Retry Activation", "Delete User", "Change Package Type", "Copy Error Text", "Pending email input", "Provisioned",
  "Mailbox", "Workspace", "Load the demo workspace", "Template name", "Untrusted Emails", "Share Link", "Save",
  "Activate Webex", "Sign in", "Password", "User Activation Portal", "Last Status Change", "Package Type", "Why is this user stuck?",
];

// Words each language must show somewhere on the walk (the seeds' own, where they have them).
const EXPECTED = {
  sv: { lang: "Svenska", heading: "Användarstatus", words: ["Visa användarstatus", "Opålitliga e-postadresser", "Försök att aktivera igen", "Aktivera Webex"] },
  nb: { lang: "Norsk bokmål", heading: "Brukerstatus", words: ["Vis brukerstatus", "Kontrollhub", "Prøv aktivering på nytt", "Aktiver Webex"] },
  ro: { lang: "Română", heading: "Stare utilizator", words: ["Afișați starea utilizatorilor", "E-mailuri neverificate", "Reîncercați activarea", "Activați Webex"] },
};

async function leftovers(page) {
  const text = await page.locator("body").innerText();
  return ENGLISH.filter((e) => new RegExp(`(^|[^\\p{L}])${e.replace(/[?]/g, "\\?")}($|[^\\p{L}])`, "u").test(text));
}

for (const [tag, want] of Object.entries(EXPECTED)) {
  test(`the Partner Hub pages and the portal in ${want.lang}`, async () => {
    const { page, base } = s;
    await page.goto(`${base}/partner/templates`);
    await page.locator("label.language-switch select").selectOption(tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    const seen = [];
    const visit = async (what) => {
      await page.locator("main h1").first().waitFor();
      await page.waitForTimeout(100);
      assert.deepEqual(await leftovers(page), [], `English left on ${what} in ${tag}`);
      assert.deepEqual(await violations(page), [], `axe on ${what} in ${tag}`);
      seen.push(await page.locator("body").innerText());
    };
    await visit("the templates");
    const first = page.locator("main table a[href^='/partner/templates/']").first();
    const template = await first.getAttribute("href");
    await page.goto(`${base}${template}`);
    await visit("a template");
    await page.goto(`${base}${template}/users`);
    await page.getByRole("heading", { level: 1, name: want.heading }).waitFor();
    await visit("User Status");
    // A row's menu, in the language too.
    await page.locator("main td.actions button").first().click();
    await page.getByRole("menu").waitFor();
    seen.push(await page.getByRole("menu").innerText());
    assert.deepEqual(await leftovers(page), [], `English left in a row's menu in ${tag}`);
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

test("back to English, the pages read as before", async () => {
  const { page, base } = s;
  await page.goto(`${base}/partner/templates`);
  await page.locator("label.language-switch select").selectOption("en");
  await page.getByRole("heading", { level: 1, name: "Templates" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
});

test("no script errors", () => assert.deepEqual(s.errors, []));
