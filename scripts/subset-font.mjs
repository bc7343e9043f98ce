// Writes Momentum's Inter variable font cut down to the characters the console's four languages
// use (English, Swedish, Norwegian Bokmål, Romanian) plus its punctuation and arrows, keeping
// every weight. The whole font is 325 KB and competed with the wasm for the first load; the
// subset is a fraction of that. Run by Trunk's post_build hook:
//   node scripts/subset-font.mjs <dist-dir>
// Characters outside the subset still show, in the system's fallback font.
import subsetFont from "subset-font";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = `${root}/node_modules/@momentum-design/fonts/dist/inter/Inter.var.woff2`;

const ranges = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1: å ä ö æ ø é ü …
  [0x100, 0x17f], // Latin Extended-A: ă ş ţ …
  [0x218, 0x21b], // Romanian ș ț with comma below
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, angle quotes
  [0x20ac, 0x20ac], // euro
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x2713, 0x2713], // check mark
  [0x25b2, 0x25b2], [0x25bc, 0x25bc], [0x25cb, 0x25cb], // sort and state marks
  [0x2318, 0x2318], // the Mac command key
];
let text = "";
for (const [from, to] of ranges) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);

const dist = process.argv[2] ?? `${root}/dist`;
const subset = await subsetFont(readFileSync(source), text, { targetFormat: "woff2" });
mkdirSync(`${dist}/fonts`, { recursive: true });
writeFileSync(`${dist}/fonts/Inter.var.woff2`, subset);
console.log(`fonts/Inter.var.woff2: ${(subset.length / 1024).toFixed(1)} KB (from ${(readFileSync(source).length / 1024).toFixed(1)} KB)`);
