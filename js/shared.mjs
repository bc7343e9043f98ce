// The shared workspace's connection to NATS JetStream, through the NATS project's own client
// (@nats-io/nats-core, @nats-io/jetstream, @nats-io/obj). Bundled by scripts/bundle-shared.mjs
// into its own file, which the app imports only when a shared workspace is opened.
//
// This module moves bytes and nothing else: what an entry means, when to publish, how to rebase
// is the core's (core/src/sync). Errors are thrown as { code, detail } with code one of:
//   unreachable, credentials, denied, conflict, missing, exists, offline, failed
import { wsconnect, nuid } from "@nats-io/nats-core";
import { jetstream, jetstreamManager, DeliverPolicy } from "@nats-io/jetstream";
import { Objm } from "@nats-io/obj";

const SNAPSHOT = "snapshot";
const PRESENCE_EVERY_MS = 3000;
const PRESENCE_GONE_MS = 8000;

const subject = (ws) => `ft.${ws}.log`;
const streamName = (ws) => `FT_${ws}`;
const bucketName = (ws) => `ft_${ws}`;
const presenceSubject = (ws) => `ft.${ws}.here`;

function fail(code, detail) {
  const e = new Error(`${code}: ${detail}`);
  e.code = code;
  e.detail = String(detail ?? "");
  return e;
}

// What went wrong, as one of the codes above.
function classify(err) {
  if (err && err.code && typeof err.code === "string" && err.detail !== undefined) return err;
  const text = `${err?.name ?? ""} ${err?.message ?? err} ${err?.cause?.message ?? ""}`;
  if (/wrong last sequence/i.test(text)) return fail("conflict", text);
  if (/permission/i.test(text)) return fail("denied", text);
  if (/authorization|authentication|user authentication/i.test(text)) return fail("credentials", text);
  if (/stream not found|no stream|not found/i.test(text)) return fail("missing", text);
  if (/closed|disconnect|no responders|timeout|TIMEOUT|503/i.test(text)) return fail("offline", text);
  if (/connection refused|ECONNREFUSED|websocket|failed to connect|CONNECTION_REFUSED/i.test(text)) return fail("unreachable", text);
  return fail("failed", text);
}

async function guard(promise) {
  try {
    return await promise;
  } catch (e) {
    throw classify(e);
  }
}

class Client {
  constructor(nc) {
    this.nc = nc;
    this.js = jetstream(nc, { timeout: 5000 });
    this.jsm = null;
    this.follower = null;
    this.presenceTimer = null;
    this.presenceSub = null;
    this.statusListeners = [];
    this.watchStatus();
  }

  async manager() {
    if (!this.jsm) this.jsm = await jetstreamManager(this.nc, { timeout: 5000 });
    return this.jsm;
  }

  async watchStatus() {
    for await (const s of this.nc.status()) {
      const kind = s.type === "disconnect" ? "offline" : s.type === "reconnect" ? "online" : null;
      if (kind) for (const f of this.statusListeners) f(kind);
    }
  }

  // cb(kind): "online" | "offline"
  onStatus(cb) {
    this.statusListeners.push(cb);
  }

  // Creates the workspace's stream and snapshot bucket, then writes the first snapshot.
  async create(ws, snapshot, replicas) {
    const jsm = await guard(this.manager());
    const exists = await jsm.streams.info(streamName(ws)).then(() => true, () => false);
    if (exists) throw fail("exists", ws);
    await guard(
      jsm.streams.add({
        name: streamName(ws),
        subjects: [subject(ws)],
        storage: "file",
        num_replicas: replicas || 1,
        duplicate_window: 120 * 1e9,
      }),
    );
    const os = await guard(new Objm(this.nc).create(bucketName(ws), { storage: "file", replicas: replicas || 1 }));
    await guard(os.putBlob({ name: SNAPSHOT }, snapshot));
  }

  // The latest snapshot's bytes (throws "missing" when there is no such workspace).
  async snapshot(ws) {
    let os;
    try {
      os = await new Objm(this.nc).open(bucketName(ws));
    } catch (e) {
      const c = classify(e);
      throw c.code === "failed" ? fail("missing", ws) : c;
    }
    const bytes = await guard(os.getBlob(SNAPSHOT));
    if (!bytes) throw fail("missing", ws);
    return bytes;
  }

  async putSnapshot(ws, bytes) {
    const os = await guard(new Objm(this.nc).open(bucketName(ws)));
    await guard(os.putBlob({ name: SNAPSHOT }, bytes));
  }

  // Publishes an entry on top of `expectedLast`; resolves with its stream sequence.
  async publish(ws, bytes, expectedLast, msgId) {
    const ack = await guard(this.js.publish(subject(ws), bytes, { expect: { lastSequence: expectedLast }, msgID: msgId, timeout: 5000 }));
    return ack.seq;
  }

  // Whether this user may publish entries: a publish that can never be accepted (its expected
  // sequence is far ahead) is refused for its sequence when allowed, and for permissions when not.
  async canWrite(ws) {
    try {
      await this.js.publish(subject(ws), new Uint8Array([0]), { expect: { lastSequence: 2 ** 52 }, timeout: 5000 });
      return true; // never happens: the sequence cannot match
    } catch (e) {
      const c = classify(e);
      if (c.code === "conflict") return true;
      if (c.code === "denied" || c.code === "offline") return false;
      throw c;
    }
  }

  // Delivers the stream's entries after `after`, in order, as batches of [seq, bytes] pairs
  // (those that arrive together come in one call). Replaces any earlier follower.
  async follow(ws, after, onEntries) {
    await this.unfollow();
    const consumer = await guard(
      this.js.consumers.get(streamName(ws), { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: after + 1 }),
    );
    const messages = await guard(consumer.consume());
    this.follower = messages;
    let batch = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const b = batch;
      batch = [];
      if (b.length) onEntries(b);
    };
    (async () => {
      for await (const m of messages) {
        batch.push([m.seq, m.data]);
        if (!scheduled) {
          scheduled = true;
          setTimeout(flush, 0);
        }
      }
    })().catch(() => {});
  }

  async unfollow() {
    const f = this.follower;
    this.follower = null;
    if (f) await f.close().catch(() => {});
  }

  // Says who is here every few seconds and reports everyone seen recently:
  // onChange([{ id, name, role }]).
  presence(ws, me, onChange) {
    const id = nuid.next();
    const seen = new Map();
    const enc = new TextEncoder();
    const dec = new TextDecoder();
    const report = () => {
      const now = Date.now();
      for (const [k, v] of seen) if (now - v.at > PRESENCE_GONE_MS) seen.delete(k);
      onChange([...seen.values()].map(({ id, name, role }) => ({ id, name, role, me: id === myId })));
    };
    const myId = id;
    const say = (bye) => {
      try {
        this.nc.publish(presenceSubject(ws), enc.encode(JSON.stringify({ id, name: me.name, role: me.role, bye: !!bye })));
      } catch {
        /* offline: said again later */
      }
    };
    this.presenceSub = this.nc.subscribe(presenceSubject(ws), {
      callback: (err, m) => {
        if (err) return;
        try {
          const p = JSON.parse(dec.decode(m.data));
          if (typeof p.id !== "string" || typeof p.name !== "string") return;
          if (p.bye) seen.delete(p.id);
          else seen.set(p.id, { id: p.id, name: p.name.slice(0, 80), role: p.role === "trainee" ? "trainee" : "admin", at: Date.now() });
          report();
        } catch {
          /* not a presence message */
        }
      },
    });
    say(false);
    this.presenceTimer = setInterval(() => {
      say(false);
      report();
    }, PRESENCE_EVERY_MS);
    this.bye = () => say(true);
  }

  async close() {
    clearInterval(this.presenceTimer);
    if (this.bye) this.bye();
    await this.unfollow();
    await this.nc.drain().catch(() => this.nc.close());
  }
}

// Connects to a NATS server's WebSocket listener with a user and password.
export async function connect(server, user, password, name) {
  try {
    const nc = await wsconnect({
      servers: server,
      user,
      pass: password,
      name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      pingInterval: 5000,
      timeout: 5000,
    });
    return new Client(nc);
  } catch (e) {
    const c = classify(e);
    throw c.code === "failed" || c.code === "offline" ? fail("unreachable", c.detail) : c;
  }
}
