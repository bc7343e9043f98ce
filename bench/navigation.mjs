// Moving between pages of the split build (scripts/split.mjs) on the local server: how long
// from the click to the new page's heading, when the page's chunk is already prefetched (the
// browser was idle a moment) and when it is not (the click comes at once). Prints figures;
// asserts nothing. Run by scripts/bench.sh:   node bench/navigation.mjs [dist-dir]
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = await serve(process.argv[2] ?? `${root}/dist`, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const moves = [["/partner", "Control Hub", "Organizations"], ["/control", "Mailbox", "Mailbox"], ["/mailbox", "Partner Hub", "Customer List"]];
try {
  for (const idle of [false, true]) {
    for (const [from, link, heading] of moves) {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext(); // a cold cache every time
        const page = await context.newPage();
        await page.goto(`${base}${from}`);
        await page.locator("main h1").first().waitFor();
        if (idle) await page.waitForTimeout(2500);
        const ms = await page.evaluate(async ([link, heading]) => {
          const t0 = performance.now();
          [...document.querySelectorAll("nav a")].find((a) => a.textContent.trim() === link).click();
          while (![...document.querySelectorAll("main h1")].some((h) => h.textContent.trim() === heading)) await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - t0;
        }, [link, heading]);
        times.push(ms);
        await context.close();
      }
      times.sort((a, b) => a - b);
      console.log(`${idle ? "prefetched" : "not prefetched"}: ${from} -> ${link}: median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)})`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
