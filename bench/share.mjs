// Shared workspaces, measured (scripts/bench.sh; figures in BENCHMARKS.md):
//  1. tools/load (the core's replication + the NATS project's Rust client): entries/s and
//     publish-to-visible latency with 10 and 50 simulated administrators, on one server and on
//     a 3-node cluster (logs replicated on three), with every replica's final state compared;
//  2. tools/load's `class`: a class of 30 simulated trainees, checkpoint-to-board latency;
//  3. in Chromium, sharing and joining a 100,000-subscriber workspace (snapshot + tail).
//   node bench/share.mjs [dist]     (tools/load built first: cargo build --release in tools/load)
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";
import { freePort, startNats, USERS } from "../tests/e2e/nats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.argv[2] ?? `${root}/dist`;
const load = `${root}/tools/load/target/release/flowthrough-load`;
const SECONDS = Number(process.env.BENCH_SHARE_SECONDS ?? 10);

// `ports`: the servers to connect to (failing over between them); `kill`: a server's pid to
// SIGKILL half-way through the run.
function runLoad(ports, admins, label, kill) {
  const servers = ports.map((p) => `nats://127.0.0.1:${p}`).join(",");
  const args = ["--server", servers, "--user", USERS.admin[0], "--password", USERS.admin[1], "--admins", String(admins), "--seconds", String(SECONDS), "--label", label];
  if (kill) args.push("--kill-pid", String(kill), "--kill-after", String(Math.floor(SECONDS / 2)));
  const out = execFileSync(load, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const r = JSON.parse(out.trim().split("\n").pop());
  console.log(`${label.padEnd(22)} ${String(admins).padStart(3)} admins: ${r.entries_per_s} entries/s, publish-to-visible p50 ${r.latency_ms_p50} ms, p99 ${r.latency_ms_p99} ms (${r.samples} samples), ${r.made} changes made, ${r.refused_in_turn} refused in their turn, ${r.refused_before_sending} before sending, converged ${r.converged}, none lost or twice ${r.none_lost_or_twice}, R${r.replicas}`);
  return r;
}

console.log(`# load: ${SECONDS} s per run, every administrator acting as fast as it can (saturation)`);
{
  const one = await startNats();
  for (const n of [10, 50]) runLoad([one.port], n, "one server");
  await one.stop();
}
{
  const routes = [await freePort(), await freePort(), await freePort()];
  const nodes = [];
  for (let i = 0; i < 3; i++) nodes.push(await startNats({ name: `n${i + 1}`, cluster: { port: routes[i], routes: routes.filter((_, j) => j !== i) } }));
  await new Promise((r) => setTimeout(r, 3000)); // the JetStream meta leader is elected
  for (const n of [10, 50]) runLoad(nodes.map((n) => n.port), n, "3-node R3");
  // One node killed (SIGKILL) half-way through a run: nothing lost, everyone converges.
  runLoad(nodes.map((n) => n.port), 10, "3-node R3, 1 killed", nodes[2].proc.pid);
  for (const n of nodes) await n.stop();
}

// A class: 30 simulated trainees and the board (issue 29).
{
  const one = await startNats();
  const cls = `${root}/tools/load/target/release/class`;
  const out = execFileSync(cls, ["--server", `nats://127.0.0.1:${one.port}`, "--user", USERS.admin[0], "--password", USERS.admin[1], "--trainees", "30", "--seconds", "20"], { encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop());
  console.log(`class        ${r.trainees} trainees: ${r.messages_per_s} messages/s, checkpoint to board p50 ${r.latency_ms_p50} ms, p99 ${r.latency_ms_p99} ms, max ${r.latency_ms_max} ms, ${r.shown_on_board} of ${r.checkpoints} shown`);
  await one.stop();
}

// Sharing and joining 100,000 subscribers in the browser.
{
  const nats = await startNats();
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const fill = async (page, [user, password], name, workspace) => {
    await page.getByLabel("Server", { exact: true }).fill(nats.url);
    if (workspace) await page.getByLabel("Shared workspace name").fill(workspace);
    await page.getByLabel("User name").fill(user);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Your name (shown to the others)").fill(name);
  };
  const online = (page) => page.getByRole("banner").getByRole("status").filter({ hasText: /^Shared: online/ }).waitFor({ timeout: 300000 });
  const a = await (await browser.newContext()).newPage();
  await a.goto(`${base}/workspace`);
  await a.getByRole("button", { name: "Load 100,000 subscribers as my workspace" }).click();
  await a.getByRole("dialog").getByRole("button", { name: "Replace my workspace" }).click();
  await a.getByRole("heading", { level: 1, name: "User Status" }).waitFor({ timeout: 300000 });
  await a.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Workspace", exact: true }).click();
  await fill(a, USERS.admin, "Ann", "big");
  let t0 = Date.now();
  await a.getByRole("button", { name: "Share this workspace" }).click();
  await online(a);
  const shareMs = Date.now() - t0;
  console.log(`  share's steps (ms clock % 100000): click ${t0 % 100000}\n${await a.evaluate(() => (window.__flowthroughShareTrail ?? []).filter((l) => / rust: (share|start):|created|gzipped|stored/.test(l)).join("\n"))}`);
  // What is on the server: the snapshot (the state, gzipped) and the archive (the workspace as
  // shared, with its history, gzipped), written after sharing.
  const sizes = async () => a.evaluate(async ({ url, user, password }) => {
    const m = await window.__flowthroughImport(window.__flowthroughShared);
    const c = await m.connect(url, user, password, "size");
    const raw = (await c.snapshot("big")).length;
    let archive = 0;
    try { archive = (await c.archive("big")).length; } catch { archive = 0; }
    const wire = await c.objectSizes("big");
    await c.close();
    return { raw, archive, wire };
  }, { url: nats.url, user: USERS.admin[0], password: USERS.admin[1] });
  t0 = Date.now();
  let s;
  for (;;) {
    s = await sizes();
    if (s.archive > 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const archiveMs = Date.now() - t0 + shareMs;
  // A tail of entries after the snapshot, as a class would have: the clock advanced 20 times.
  for (let i = 0; i < 20; i++) await a.getByRole("button", { name: /^\+1 h/ }).click();
  await a.getByRole("banner").getByRole("status").filter({ hasText: /^Shared: online$/ }).waitFor({ timeout: 60000 });
  const b = await (await browser.newContext()).newPage();
  await b.goto(`${base}/workspace?server=${encodeURIComponent(nats.url)}&join=big`);
  await fill(b, USERS.admin2, "Bo");
  t0 = Date.now();
  await b.getByRole("button", { name: "Join a shared workspace" }).click();
  await online(b);
  const joinMs = Date.now() - t0;
  const trail = await b.evaluate(() => (window.__flowthroughShareTrail ?? []).filter((l) => / rust: (join|start):/.test(l)).join("\n"));
  console.log(`  join's steps (ms clock % 100000):\n${trail}`);
  // The first rows of User Status (the untrusted template's), reached from the joined page.
  t0 = Date.now();
  await b.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Partner Hub", exact: true }).click();
  await b.getByRole("link", { name: "View Templates" }).click();
  await b.getByRole("link", { name: "Show User Status" }).first().click();
  await b.getByRole("row").nth(1).waitFor({ timeout: 300000 });
  const rowsMs = Date.now() - t0;
  // The audit log of the joined workspace: its history is read from the archive and the log.
  t0 = Date.now();
  await b.getByRole("navigation", { name: "Consoles" }).getByRole("link", { name: "Control Hub", exact: true }).click();
  await b.getByRole("link", { name: "Audit log" }).click();
  await b.getByText(/^Showing 1–50 of /).waitFor({ timeout: 300000 });
  const auditMs = Date.now() - t0;
  const shown = await b.getByText(/^Showing 1–50 of /).innerText();
  const same = (await a.getByRole("banner").locator(".clock-time").innerText()) === (await b.getByRole("banner").locator(".clock-time").innerText());
  const mb = (n) => (n / 1e6).toFixed(2);
  console.log(`100,000 subscribers: snapshot ${mb(s.raw)} MB (format 3 state), on the wire ${mb(s.wire.snapshot)} MB gzipped; archive ${mb(s.archive)} MB, on the wire ${mb(s.wire.archive)} MB`);
  console.log(`  share (encode, gzip, upload, follow) ${shareMs} ms; the archive on the server ${archiveMs} ms after the click`);
  console.log(`  join (download, gunzip, decode, store, follow the 20-entry tail) ${joinMs} ms; then User Status's first rows ${rowsMs} ms`);
  console.log(`  the joined workspace's audit log (archive + log replayed) ${auditMs} ms: "${shown}"; both clocks agree: ${same}`);
  await browser.close();
  await new Promise((ok) => server.close(ok));
  await nats.stop();
}
