// Puts the words of index.html's static frame (its navigation and "Loading the console…",
// painted before the wasm runs) into the built page in every language, from locales/*.ftl, so
// the frame is in the person's language from the first paint and never drifts from the
// messages. Run by Trunk's post_build hook, before 404.html is copied from index.html:
//   node scripts/boot-words.mjs <dist-dir>
// A message the frame names that a language lacks fails the build.
import { parse } from "@fluent/syntax";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.argv[2] ?? `${root}/dist`;
// The element that holds them (after Trunk's minifier, which may drop the attributes' quotes).
const HOLDER = /(<script[^>]*\bid="?boot-words"?[^>]*>)[^<]*(<\/script>)/;

const page = readFileSync(`${dist}/index.html`, "utf8");
// The ids the frame names, from the source page (the built one is minified).
const source = readFileSync(`${root}/index.html`, "utf8");
// Beside them, the words src/browser.rs's start_failed shows when the app's chunk cannot be
// fetched at start.
const FAILED = ["page-unavailable", "page-unavailable-why", "page-try-again"];
const ids = [...new Set([...[...source.matchAll(/data-boot(?:-label)?="([a-z-]+)"/g)].map((m) => m[1]), ...FAILED])];
const words = {};
for (const file of readdirSync(`${root}/locales`).filter((f) => f.endsWith(".ftl"))) {
  const tag = file.replace(/\.ftl$/, "");
  const messages = new Map();
  for (const entry of parse(readFileSync(`${root}/locales/${file}`, "utf8"), { withSpans: false }).body) {
    // Plain text only: the frame's words have no parameters.
    const elements = entry.type === "Message" ? entry.value?.elements ?? [] : [];
    if (elements.length && elements.every((e) => e.type === "TextElement")) messages.set(entry.id.name, elements.map((e) => e.value).join(""));
  }
  words[tag] = Object.fromEntries(ids.map((id) => {
    if (!messages.has(id)) throw new Error(`locales/${file} has no plain message ${id} (index.html's frame uses it)`);
    return [id, messages.get(id)];
  }));
}
if (!HOLDER.test(page)) throw new Error("index.html lacks its <script id=\"boot-words\"> element");
// As JSON inside a script element: no "</" can end it early.
writeFileSync(`${dist}/index.html`, page.replace(HOLDER, (_, open, close) => `${open}${JSON.stringify(words).replaceAll("</", "<\\/")}${close}`));
console.log(`index.html: the frame's ${ids.length} words in ${Object.keys(words).length} languages`);
