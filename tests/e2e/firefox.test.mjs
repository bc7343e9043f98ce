// The main seed journey in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
// puppeteer-core): load the demo, open a template's activation link, sign in to the User
// Activation Portal, give an email, open the verification link from the Mailbox, and see the
// user provisioned in User Status. Controls are found by role and accessible name, in the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const executablePath = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

let server, base, browser, page;
before(async () => {
  server = await serve(`${root}/dist`, 0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ browser: "firefox", executablePath, headless: true, defaultViewport: { width: 1280, height: 900 } });
  page = (await browser.pages())[0] ?? (await browser.newPage());
});
after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

// The element with this role whose accessible name matches `source`/`flags`, or null.
function find(role, source, flags) {
  const wanted = new RegExp(source, flags);
  const selector = {
    button: "button, [role=button]", link: "a[href], [role=link]", heading: "h1, h2, h3, h4, h5, h6",
    article: "article", row: "tr", status: "[role=status]", alert: "[role=alert]",
  }[role];
  const name = (e) => (e.getAttribute("aria-label") ?? e.textContent ?? "").replace(/\s+/g, " ").trim();
  return [...document.querySelectorAll(selector)].find((e) => wanted.test(name(e))) ?? null;
}
// The control a <label> with this text wraps.
function labelled(text) {
  const label = [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith(text));
  return label?.querySelector("input, select, textarea") ?? null;
}

const exact = (s) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
async function get(role, name, timeout = 15_000) {
  const re = name instanceof RegExp ? name : exact(name);
  const found = await page.waitForFunction(find, { timeout, polling: 100 }, role, re.source, re.flags)
    .catch((e) => { throw new Error(`no ${role} named ${re}: ${e.message}`); });
  return found.asElement();
}
async function field(label) {
  return (await page.waitForFunction(labelled, { timeout: 15_000, polling: 100 }, label)).asElement();
}
const goto = (path) => page.goto(`${base}${path}`);

test("a user self-provisions through the portal and the mailbox link, in Firefox", async () => {
  await goto("/");
  await (await get("button", "Load the demo workspace")).click();
  await get("heading", "User Status");
  await goto("/partner/templates");
  await (await get("link", "Acme Untrusted Standard")).click();
  await get("heading", "Acme Untrusted Standard");
  const activation = await page.evaluate(() => document.querySelector("a[href^='/activate/']")?.getAttribute("href"));
  assert.match(activation, /^\/activate\//);
  await goto(activation);
  await get("heading", "Activate Webex");
  await (await field("BroadWorks user ID")).type("2145550101@voice.example.net");
  await (await field("Password")).type("welcome1");
  await (await get("button", "Sign in")).click();
  await (await field("Email address")).type("ann.lee@acme.example");
  await (await get("button", /^(Continue|Try again)$/)).click();
  await get("heading", "Check your inbox");
  await (await get("link", "Mailbox")).click();
  await (await field("Filter by recipient")).type("ann.lee@");
  const mail = await get("article", "Verify your email address for Webex");
  await (await mail.evaluateHandle((m) => [...m.querySelectorAll("a")].find((a) => a.textContent.trim() === "Open link"))).asElement().click();
  await get("heading", "You're all set");
  // User Status shows Ann provisioned, after a reload from what Firefox stored.
  await goto("/partner/templates");
  await (await get("link", "Acme Untrusted Standard")).click();
  await (await get("link", "Show User Status")).click();
  await get("heading", "User Status");
  const row = await get("row", /2145550101@voice\.example\.net/);
  assert.match(await row.evaluate((r) => r.innerText), /Provisioned/);
});
