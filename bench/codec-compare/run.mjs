// Times the codecs in headless Chromium: `node run.mjs` after building with all three features
// (see README.md). Prints a Markdown table.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
const server = await serve(new URL(".", import.meta.url).pathname, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });
const page = await browser.newPage();
await page.goto(`${base}/page.html`);
console.log("| Subscribers | Codec | Bytes | Encode | Decode |\n|---|---|---|---|---|");
for (const n of (process.env.SIZES ?? "1000,10000,100000").split(",").map(Number)) {
  const rows = await page.evaluate(async (n) => (await import("/out-all/codec_compare.js")).default().then((m) => m.run(n)), n);
  for (const [codec, bytes, enc, dec] of rows) console.log(`| ${n} | ${codec} | ${bytes} | ${Number.isNaN(enc) ? "" : enc.toFixed(0) + " ms"} | ${dec.toFixed(0)} ms |`);
}
await browser.close();
server.close();
