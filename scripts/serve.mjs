// A static file server for dist/ that behaves like a real host, bound to 127.0.0.1: the SPA
// fallback (unknown paths get index.html); the brotli or gzip copy scripts/compress.mjs wrote,
// chosen by Accept-Encoding; hashed assets cached for a year as immutable, index.html never.
// Used by the end-to-end tests, the benchmark harness and scripts/run.sh.
//   node scripts/serve.mjs [dir] [port]      (port 0 picks a free one; the URL is printed)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, join, normalize, relative, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".png": "image/png",
};

// Trunk (and scripts/split.mjs, for the wasm chunks) names the built wasm, JS and CSS with a
// content hash: such a file never changes, so it is cached for a year. index.html (and the SPA
// fallback) is revalidated on every load (`no-cache`), so a new release is picked up at once,
// while the page can still enter the browser's back/forward cache (`no-store` keeps it out).
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.[a-z0-9]+$/;
export function cacheControl(file) {
  if (HASHED.test(file)) return "public, max-age=31536000, immutable";
  return "no-cache";
}

/** The content codings an Accept-Encoding header accepts (`q=0` refuses one). */
export function acceptedEncodings(header = "") {
  const out = new Set();
  for (const part of String(header).split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (token && !(q && Number(q.slice(2)) === 0)) out.add(token);
  }
  return out;
}

export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      // Inside the root only: not a sibling whose name merely starts with the root's, and not
      // above it (`..` may arrive percent-encoded, hence the check after decoding).
      const inside = relative(root, file);
      if (inside.startsWith("..") || isAbsolute(inside) || path.includes("\0")) throw new Error("outside root");
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file).catch(() => null);
      }
      if (!info) file = join(root, "index.html"); // SPA fallback: the router shows the page or its not-found view
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": cacheControl(file), vary: "accept-encoding" };
      const accepted = acceptedEncodings(req.headers["accept-encoding"]);
      let body = null;
      for (const [token, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
        if (!accepted.has(token)) continue;
        body = await readFile(file + suffix).catch(() => null);
        if (body) { headers["content-encoding"] = token; break; }
      }
      body ??= await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(process.argv[2] ?? "dist", Number(process.argv[3] ?? 8080));
  console.log(`Serving at http://127.0.0.1:${server.address().port}/`);
}
