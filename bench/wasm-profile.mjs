// Where a wasm module's bytes are: its code summed by crate (or, with a crate named, by that
// crate's modules, with its largest functions), from the function names cargo's build keeps.
// Run it on a main module as the splitter leaves it, before wasm-bindgen and wasm-opt (which
// drop the names), for example the end user's app:
//   wasm-split-cli target/wasm32-unknown-unknown/release/portal.wasm /tmp/p --target web --out-name portal
//   node bench/wasm-profile.mjs /tmp/p/portal.wasm                 # by crate
//   node bench/wasm-profile.mjs /tmp/p/portal.wasm flowthrough_core # one crate's modules
// Sizes are before wasm-opt -Oz (which takes about a third off) and before compression.
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
const want = process.argv[3];
let p = 8;
const uleb = () => { let r = 0, s = 0, x; do { x = bytes[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
let imported = 0;
const sizes = [];
const names = new Map();
let data = 0;
while (p < bytes.length) {
  const id = bytes[p++];
  const len = uleb();
  const end = p + len;
  if (id === 2) {
    // Imports: functions count before the module's own in the name section's numbering.
    for (let i = 0, n = uleb(); i < n; i++) {
      p += uleb(); p += uleb();
      const kind = bytes[p++];
      if (kind === 0) { uleb(); imported++; } else if (kind === 1) { p++; if (bytes[p++] & 1) { uleb(); uleb(); } else uleb(); } else if (kind === 2) { if (bytes[p++] & 1) { uleb(); uleb(); } else uleb(); } else if (kind === 3) p += 2;
    }
  } else if (id === 10) {
    for (let i = 0, n = uleb(); i < n; i++) { const l = uleb(); sizes.push(l); p += l; }
  } else if (id === 11) {
    data += len;
  } else if (id === 0) {
    const nl = uleb();
    const name = bytes.subarray(p, p + nl).toString();
    p += nl;
    if (name === "name") while (p < end) {
      const sub = bytes[p++];
      const sl = uleb();
      const se = p + sl;
      if (sub === 1) for (let i = 0, n = uleb(); i < n; i++) { const idx = uleb(); const l = uleb(); names.set(idx, bytes.subarray(p, p + l).toString()); p += l; }
      p = se;
    }
  }
  p = end;
}
// Legacy mangling (_ZN...E) as a path; v0 mangling (_R...) is left as it is.
const demangle = (n) => {
  if (!n.startsWith("_ZN")) return n;
  const parts = [];
  let q = 3;
  while (q < n.length && /\d/.test(n[q])) { let d = ""; while (/\d/.test(n[q])) d += n[q++]; parts.push(n.slice(q, q + +d)); q += +d; }
  return parts.join("::").replace(/^_\$LT\$/, "$LT$").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$C\$/g, ",").replace(/\$RF\$/g, "&").replace(/\.\./g, "::");
};
const groups = new Map();
const top = [];
let total = 0;
sizes.forEach((size, i) => {
  const name = demangle(names.get(i + imported) ?? "?");
  total += size;
  let key;
  if (want) {
    if (!name.includes(want)) return;
    const m = name.match(new RegExp(`${want}::(\\w+)(::([a-z]\\w*))?`));
    key = m ? m[1] + (m[3] ? `::${m[3]}` : "") : "(generic)";
    top.push([size, name]);
  } else {
    key = name.startsWith("<") ? `<impl> ${name.slice(1).split(/::| /)[0]}` : name.split("::")[0];
  }
  groups.set(key, (groups.get(key) ?? 0) + size);
});
console.log(`${process.argv[2]}: code ${total} B in ${sizes.length} functions, data ${data} B`);
for (const [k, s] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${String(s).padStart(9)}  ${k}`);
if (want) {
  console.log("largest functions:");
  for (const [s, n] of top.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(`${String(s).padStart(9)}  ${n.slice(0, 140)}`);
}
