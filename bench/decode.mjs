// The wasm's decode of a stored state at N subscribers (100,000 by default), in Chromium; prints
// figures, asserts nothing. BENCH_DIST names the build's folder.
//   trunk build --release --features bench --dist dist-bench && node bench/decode.mjs [N] [cold]
// - warm (default): ROUNDS (15) decodes in a row inside one page (`__benchDecode`, the bench
//   feature), the state decoded with its indexes and checks as opening a workspace does. The
//   first call runs much of the decode in the browser's baseline code (V8 compiles a function
//   with its optimizing compiler once it has run a while, and only its next call uses that), so
//   it is given apart from the minimum and median of the others;
// - cold: the decode as a cold load does it (ROUNDS loads of User Status from a blank page, the
//   state in IndexedDB; the app's own timing of it), once in each page.
import { open, openUserStatus } from "./chromium.mjs";

const n = Number(process.argv[2] ?? 100000);
const cold = process.argv[3] === "cold";
const rounds = Number(process.env.ROUNDS ?? 15);
const { browser, base, close } = await open("dist-bench");
const page = await browser.newPage();
await page.goto(`${base}/bench/${n}`);
await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 600_000 });
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0].toFixed(1)} ms, median ${s[Math.floor(s.length / 2)].toFixed(1)} ms`;
};
const at = n.toLocaleString("en");
if (cold) {
  await page.evaluate(() => window.__benchReplaceStoredWorkspace());
  const ms = [];
  for (let i = 0; i < rounds; i++) {
    await page.goto("about:blank");
    await openUserStatus(page, base);
    ms.push(await page.evaluate(() => window.__flowthroughLoadTimings?.decode ?? NaN));
  }
  console.log(`decode at ${at} in a cold load, ${rounds} loads: ${stats(ms)}`);
} else {
  const [first, ...rest] = await page.evaluate((r) => Array.from(window.__benchDecode(r)), rounds);
  console.log(`decode at ${at} in wasm: the first call ${first.toFixed(1)} ms; the next ${rest.length}: ${stats(rest)}`);
}
await close();
