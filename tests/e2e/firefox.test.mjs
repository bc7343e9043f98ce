// The main seed journey in Firefox (Debian's firefox-esr, driven through geckodriver by
// selenium-webdriver): load the demo, open a template's activation link, sign in to the User
// Activation Portal, give an email, open the verification link from the Mailbox, and see the
// user provisioned in User Status. Controls are found by role and accessible name, in the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { homedir } from "node:os";
import { existsSync } from "node:fs";
import { Builder, until } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { serve } from "../../scripts/serve.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const geckodriver = process.env.GECKODRIVER ?? `${homedir()}/.cargo/bin/geckodriver`;
const firefoxBin = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

let server, base, driver;
before(async () => {
  assert.ok(existsSync(geckodriver), `geckodriver at ${geckodriver} (scripts/setup.sh --browser installs it)`);
  server = await serve(`${root}/dist`, 0);
  base = `http://127.0.0.1:${server.address().port}`;
  const options = new firefox.Options().addArguments("-headless").setBinary(firefoxBin).windowSize({ width: 1280, height: 900 });
  driver = await new Builder().forBrowser("firefox").setFirefoxOptions(options).setFirefoxService(new firefox.ServiceBuilder(geckodriver)).build();
});
after(async () => {
  await driver?.quit();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

// The element with this role whose accessible name is `name` (a RegExp matches part of it).
const FIND = `
  const [role, source, flags] = arguments;
  const wanted = new RegExp(source, flags);
  const selector = {
    button: "button, [role=button]", link: "a[href], [role=link]", heading: "h1, h2, h3, h4, h5, h6",
    article: "article", row: "tr", status: "[role=status]", alert: "[role=alert]",
  }[role];
  const name = (e) => (e.getAttribute("aria-label") ?? e.textContent ?? "").replace(/\\s+/g, " ").trim();
  return [...document.querySelectorAll(selector)].find((e) => wanted.test(name(e))) ?? null;`;
// The control a <label> with this text wraps.
const FIELD = `
  const [text] = arguments;
  const label = [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith(text));
  return label?.querySelector("input, select, textarea") ?? null;`;

const exact = (s) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
async function get(role, name, timeout = 15_000) {
  const re = name instanceof RegExp ? name : exact(name);
  return driver.wait(async () => (await driver.executeScript(FIND, role, re.source, re.flags)) ?? false, timeout, `no ${role} named ${re}`);
}
async function field(label) {
  return driver.wait(async () => (await driver.executeScript(FIELD, label)) ?? false, 15_000, `no field ${label}`);
}

test("a user self-provisions through the portal and the mailbox link, in Firefox", async () => {
  await driver.get(`${base}/`);
  await (await get("button", "Load the demo workspace")).click();
  await get("heading", "User Status");
  await driver.get(`${base}/partner/templates`);
  await (await get("link", "Acme Untrusted Standard")).click();
  await get("heading", "Acme Untrusted Standard");
  const activation = await driver.executeScript(`return document.querySelector("a[href^='/activate/']")?.getAttribute("href")`);
  assert.match(activation, /^\/activate\//);
  await driver.get(`${base}${activation}`);
  await get("heading", "Activate Webex");
  await (await field("BroadWorks user ID")).sendKeys("2145550101@voice.example.net");
  await (await field("Password")).sendKeys("welcome1");
  await (await get("button", "Sign in")).click();
  await (await field("Email address")).sendKeys("ann.lee@acme.example");
  await (await get("button", /^(Continue|Try again)$/)).click();
  await get("heading", "Check your inbox");
  await (await get("link", "Mailbox")).click();
  await (await field("Filter by recipient")).sendKeys("ann.lee@");
  const mail = await get("article", "Verify your email address for Webex");
  await (await mail.findElement({ xpath: ".//a[normalize-space()='Open link']" })).click();
  await get("heading", "You're all set");
  // User Status shows Ann provisioned, after a reload from what Firefox stored.
  await driver.get(`${base}/partner/templates`);
  await (await get("link", "Acme Untrusted Standard")).click();
  await (await get("link", "Show User Status")).click();
  await get("heading", "User Status");
  const row = await get("row", /2145550101@voice\.example\.net/);
  assert.match(await row.getText(), /Provisioned/);
});
