// Starts and stops real NATS servers (Debian's nats-server, through scripts/share.sh, so the
// tests use the configuration people run) on free ports of 127.0.0.1, each with its own
// JetStream directory.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export const USERS = { admin: ["ann", "ann-secret"], admin2: ["bo", "bo-secret"], trainee: ["tia", "tia-secret"] };

export async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** One server (or one node of a cluster: `cluster` = { port, routes: [ports] }). */
export async function startNats({ dir, port, ws, name = "n1", cluster, trainees = [] } = {}) {
  dir ??= mkdtempSync(join(tmpdir(), "ft-nats-"));
  port ??= await freePort();
  ws ??= await freePort();
  const args = ["--dir", dir, "--port", String(port), "--ws", String(ws), "--name", name];
  for (const [user, pass] of [USERS.admin, USERS.admin2]) args.push("--user", `${user}:admin:${pass}`);
  args.push("--user", `${USERS.trainee[0]}:trainee:${USERS.trainee[1]}`);
  for (const [user, pass] of trainees) args.push("--user", `${user}:trainee:${pass}`);
  if (cluster) args.push("--cluster-port", String(cluster.port), "--routes", cluster.routes.map((p) => `nats://127.0.0.1:${p}`).join(","));
  const node = { dir, port, ws, name, url: `ws://127.0.0.1:${ws}`, proc: null, log: "" };
  node.start = async () => {
    node.proc = spawn(`${root}/scripts/share.sh`, args, { stdio: ["ignore", "pipe", "pipe"] });
    node.log = "";
    await new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`nats-server did not start:\n${node.log}`)), 20000);
      const seen = (d) => {
        node.log += d;
        if (/Server is ready/.test(node.log)) {
          clearTimeout(timer);
          ok();
        }
      };
      node.proc.stdout.on("data", seen);
      node.proc.stderr.on("data", seen);
      node.proc.on("exit", (code) => { clearTimeout(timer); if (!/Server is ready/.test(node.log)) fail(new Error(`nats-server exited (${code}):\n${node.log}`)); });
    });
    return node;
  };
  node.stop = async (signal = "SIGTERM") => {
    const p = node.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise((ok) => { p.once("exit", ok); p.kill(signal); });
  };
  return node.start();
}
