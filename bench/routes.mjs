// What opening a route cold downloads, read from the built index.html (scripts/split.mjs writes
// its table of the two apps' files and the console's routes): the CSS the page links, the app
// the address starts (the end user's on the portal's and emailed links' addresses, in a
// workspace of the browser's own) and, for the console, the route's chunks.
//   import { firstDownload } from "./routes.mjs"; const filesFor = firstDownload(html);
export function firstDownload(html) {
  const table = /var a=(\{.*?\}),r=(\[.*?\]),p=location/.exec(html);
  if (!table) throw new Error("index.html carries no table of apps and routes (scripts/split.mjs)");
  const apps = JSON.parse(table[1]);
  const routes = JSON.parse(table[2]);
  const always = [...new Set([...html.matchAll(/(?:href|src)=["']?\/([^"'\s>]+\.(?:js|wasm|css))/g)].map((m) => m[1]))];
  const filesOf = (app) => [app.glue[0], app.wasm[0], app.loader[0]];
  const filesFor = (path, { own = true } = {}) => {
    if (own && /^\/(activate|link)\/[^/]+\/?$/.test(path)) return [...new Set([...always, ...filesOf(apps.endUser)])];
    const hit = routes.find(([pattern]) => new RegExp(pattern).test(path));
    return [...new Set([...always, ...filesOf(apps.console), ...(hit ? hit[1] : [])])];
  };
  filesFor.apps = apps;
  filesFor.routes = routes;
  return filesFor;
}
