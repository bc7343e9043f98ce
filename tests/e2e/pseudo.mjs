// A pseudo-locale made from the English messages, and the check that reads a page for text that
// did not come through the messages.
//
// Every message of locales/en.ftl keeps its id, parameters and plural forms (@fluent/syntax
// parses and writes it back); its words get accented look-alikes, each vowel doubled (about 40 %
// longer than English, longer than any of the four languages), and the whole message goes between
// ⟦ and ⟧. A page shown in it has two kinds of text: the messages' (between the brackets) and
// data (names, addresses, numbers, dates). Anything else is a string that bypassed the messages.
import { parse, serialize, TextElement, Transformer } from "@fluent/syntax";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

const LOOK_ALIKE = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [..."áƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i]]),
);
const VOWELS = new Set([..."aeiouyAEIOUY"]);

/** English words in look-alike letters, each vowel doubled. */
export function accent(text) {
  return [...text].map((c) => (LOOK_ALIKE[c] ?? c).repeat(VOWELS.has(c) ? 2 : 1)).join("");
}

class Pseudo extends Transformer {
  visitTextElement(node) {
    node.value = accent(node.value);
    return node;
  }
  visitMessage(node) {
    this.genericVisit(node);
    // As text elements of their own, so that a message that opens or closes with a parameter
    // is bracketed too.
    node.value?.elements.unshift(new TextElement("⟦"));
    node.value?.elements.push(new TextElement("⟧"));
    return node;
  }
}

/** locales/en.ftl as the pseudo-locale. */
export function pseudoLocale() {
  const resource = parse(readFileSync(`${root}/locales/en.ftl`, "utf8"), { withSpans: false });
  new Pseudo().visit(resource);
  return serialize(resource);
}

/** Words of the demo workspace's data (its people's, organizations' and templates' names): the
 * string literals of core/src/demo.rs that are names, which a page shows as they are. */
export function dataWords() {
  const demo = readFileSync(`${root}/core/src/demo.rs`, "utf8");
  const words = new Set();
  // Names (each word capitalized; lower-cased as a user's name taken from an address) and
  // identifiers (`acme-ent`): the file's other literals are its own messages.
  for (const [, literal] of demo.matchAll(/"([A-Z][a-z]+(?: [A-Z][a-z]+)*|[a-z]+(?:-[a-z]+)+)"/g)) for (const w of literal.split(/[ -]/)) words.add(w).add(w.toLowerCase());
  return [...words];
}

/**
 * Runs in the page: every visible text, accessible name and description, placeholder, field value
 * and the document's title, with what in it is neither a message (between ⟦ ⟧) nor data. Text
 * in another language than the page's (`lang`, as the language switch's options and an email to
 * someone who reads Romanian) is the other language's and is left out.
 */
export function untranslated(allowed) {
  const page = document.documentElement.lang;
  const ok = new Set(allowed);
  // Dates and times are data in the page's language: its month and day names.
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2026, m, 1 + m));
    for (const style of [{ dateStyle: "medium" }, { dateStyle: "long" }, { dateStyle: "full" }, { month: "short" }, { weekday: "short" }]) {
      for (const w of new Intl.DateTimeFormat(page, { ...style, timeZone: "UTC" }).format(d).match(/[A-Za-z]{2,}/g) ?? []) ok.add(w);
    }
  }
  // Every day of the week (the dates above miss Friday and Sunday, which a timeline shows when
  // something falls due on one).
  for (let day = 0; day < 7; day++) {
    const d = new Date(Date.UTC(2026, 0, 4 + day));
    for (const style of [{ weekday: "long" }, { weekday: "short" }]) {
      for (const w of new Intl.DateTimeFormat(page, { ...style, timeZone: "UTC" }).format(d).match(/[A-Za-z]{2,}/g) ?? []) ok.add(w);
    }
  }
  const residue = (s) => {
    let prev;
    do { prev = s; s = s.replace(/⟦[^⟦⟧]*⟧/g, " "); } while (s !== prev);
    s = s
      .replace(/\S+@\S+/g, " ") // addresses and BroadWorks IDs
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/(^|\s)\/\S*/g, " ") // paths
      .replace(/\b\w*\d\w*\b/g, " ") // passwords, counts, codes
      .replace(/\b[\w-]+(\.[\w-]+)+\b/g, " ") // host names, file names
      .replace(/\b[0-9a-f]{8,}\b/g, " "); // tokens and ids
    return (s.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ok.has(w));
  };
  const foreign = (el) => {
    const tagged = el.closest("[lang]");
    return tagged && tagged !== document.documentElement && tagged.lang !== page;
  };
  const out = [];
  const report = (where, text) => {
    const words = residue(text);
    if (words.length) out.push(`${where} "${text.trim().slice(0, 80)}" (${[...new Set(words)].join(" ")})`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    // Code is data: tokens, TXT records, paths.
    if (!el || el.closest("script, style, noscript, code, [hidden], [aria-hidden=true]") || foreign(el)) continue;
    // Shown, or there for screen readers (.visually-hidden is drawn in a 1px box).
    if (!el.getClientRects().length && !el.closest(".visually-hidden")) continue;
    report(el.tagName.toLowerCase(), n.data);
  }
  for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-description], [aria-roledescription]")) {
    if (foreign(el) || el.closest("[hidden]")) continue;
    for (const a of ["aria-label", "title", "placeholder", "alt", "aria-description", "aria-roledescription"]) {
      if (el.hasAttribute(a)) report(`${el.tagName.toLowerCase()}[${a}]`, el.getAttribute(a));
    }
  }
  for (const el of document.body.querySelectorAll("textarea, input[type=text], input:not([type])")) {
    if (!foreign(el) && el.value) report(`${el.tagName.toLowerCase()}.value`, el.value);
  }
  report("title", document.title);
  return out;
}
