#!/usr/bin/env node
// Firefox for wasm-bindgen's test runner without geckodriver: the five WebDriver commands the
// runner sends (new session, its capabilities, go to a URL, run a script, close the window),
// answered by driving Debian's firefox-esr over WebDriver BiDi with puppeteer-core (an npm
// package, no browser download). geckodriver had to be compiled from crates.io on every fresh
// machine (82 CPU-seconds); this is what the runner used of it.
//
//   GECKODRIVER=scripts/firefox-driver.mjs cargo test --target wasm32-unknown-unknown --test web
//
// The runner starts it with `--port=N` and stops it after closing the window, which closes
// Firefox. Anything else gets WebDriver's "unknown command".
import http from "node:http";
import puppeteer from "puppeteer-core";

const port = Number(process.argv.find((a) => a.startsWith("--port="))?.slice(7));
if (!Number.isInteger(port)) {
  console.error("usage: firefox-driver.mjs --port=N (wasm-bindgen-test-runner passes it)");
  process.exit(2);
}
const executablePath = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
let browser = null;
let page = null;
const session = "flowthrough-firefox";

async function open() {
  browser = await puppeteer.launch({ browser: "firefox", executablePath, headless: true, defaultViewport: null });
  page = (await browser.pages())[0] ?? (await browser.newPage());
}
async function close() {
  const b = browser;
  browser = page = null;
  await b?.close();
}

/** The command a request names, and what it returns as WebDriver's `value`. */
async function answer(method, path, body) {
  if (method === "POST" && path === "/session") {
    await open();
    return { sessionId: session, capabilities: { browserName: "firefox", browserVersion: await browser.version() } };
  }
  const [, id, command = ""] = path.match(/^\/session\/([^/]+)(\/.*)?$/) ?? [];
  if (id !== session || !browser) throw Object.assign(new Error(`no session ${id}`), { error: "invalid session id", status: 404 });
  if (method === "GET" && command === "") return { capabilities: { browserName: "firefox" } };
  if (method === "POST" && command === "/url") {
    await page.goto(body.url, { waitUntil: "load" });
    return null;
  }
  if (method === "POST" && command === "/execute/sync") {
    // WebDriver runs the script as a function body with `arguments`.
    return page.evaluate((script, args) => new Function(script).apply(window, args), body.script, body.args ?? []);
  }
  if (method === "DELETE" && (command === "/window" || command === "")) {
    await close();
    return null;
  }
  throw Object.assign(new Error(`${method} ${path} is not one this driver answers`), { error: "unknown command", status: 404 });
}

const server = http.createServer((req, res) => {
  let data = "";
  req.on("data", (c) => (data += c));
  req.on("end", async () => {
    let status = 200;
    let value;
    try {
      value = await answer(req.method, req.url, data ? JSON.parse(data) : {});
    } catch (e) {
      status = e.status ?? 500;
      value = { error: e.error ?? "unknown error", message: String(e.message ?? e), stacktrace: "" };
    }
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ value: value ?? null }));
  });
});
server.listen(port, "127.0.0.1");

// The runner kills this process once it has closed the window; Firefox goes with it either way.
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, async () => {
    await close().catch(() => {});
    process.exit(0);
  });
}
