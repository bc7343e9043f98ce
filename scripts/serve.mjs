// A plain static file server for dist/ with the SPA fallback (unknown paths get index.html),
// bound to 127.0.0.1. Used by the end-to-end tests and the benchmark harness.
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
  ".png": "image/png",
};

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
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
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
