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
const ARCHIVE = "archive";
// Objects go in chunks of up to 1 MB (the client's default is 128 KB; the server's largest
// message, 1 MB, caps it): a 3 MB snapshot in 3 round trips, not 24.
const CHUNK = 1024 * 1024;

// Objects are stored gzipped by the browser's own CompressionStream (a snapshot of 100,000
// subscribers: 6.4 MB as format 3, 3.0 MB gzipped; BENCHMARKS.md). One written by the previous
// release, not gzipped, is read as it is.
async function gzip(bytes) {
  const s = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(s).arrayBuffer());
}
async function gunzip(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const s = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(s).arrayBuffer());
}
const PRESENCE_EVERY_MS = 3000;
const PRESENCE_GONE_MS = 8000;
const WATCHDOG_MS = 2000;

// What the follower did lately (the last 200 events), for a test to print when it fails.
const trail = (globalThis.__flowthroughShareTrail = []);
const debug = (...a) => {
  trail.push(`${Date.now() % 100000} ${a.join(" ")}`);
  if (trail.length > 200) trail.shift();
};

const subject = (ws) => `ft.${ws}.log`;
const streamName = (ws) => `FT_${ws}`;
const bucketName = (ws) => `ft_${ws}`;
const presenceSubject = (ws) => `ft.${ws}.here`;
const classStream = (cls) => `FTC_${cls}`;

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

// True when the server is one node of a cluster (its INFO names the cluster).
const clustered = (nc) => Boolean(nc?.info?.cluster);

// Collects what arrives together and hands it over as one batch, once the current task is done.
function batcher(onBatch) {
  let batch = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const b = batch;
    batch = [];
    if (b.length) onBatch(b);
  };
  return (item) => {
    batch.push(item);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  };
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

  // Creates the workspace's stream and snapshot bucket, then writes the first snapshot. On a
  // cluster both are replicated on 3 servers (Raft: any one may fail); a single server
  // refuses replicas, and gets 1. A cluster that refuses them (still forming, or a node down)
  // gets no log on one server: the refusal is the person's to retry.
  async create(ws, snapshot) {
    const jsm = await guard(this.manager());
    const exists = await jsm.streams.info(streamName(ws)).then(() => true, () => false);
    if (exists) throw fail("exists", ws);
    let replicas = 3;
    const config = (n) => ({ name: streamName(ws), subjects: [subject(ws)], storage: "file", num_replicas: n, duplicate_window: 120 * 1e9 });
    try {
      await jsm.streams.add(config(3));
    } catch (e) {
      if (classify(e).code !== "failed" || clustered(this.nc)) throw classify(e);
      replicas = 1;
      await guard(jsm.streams.add(config(1)));
    }
    debug("created the stream");
    const os = await guard(new Objm(this.nc).create(bucketName(ws), { storage: "file", replicas }));
    debug("created the bucket");
    const packed = await gzip(snapshot);
    debug("gzipped", snapshot.length, "to", packed.length);
    await guard(os.putBlob({ name: SNAPSHOT, options: { max_chunk_size: CHUNK } }, packed));
    debug("snapshot stored");
    return replicas;
  }

  // How many servers keep the workspace's log.
  async replicas(ws) {
    const jsm = await guard(this.manager());
    const info = await guard(jsm.streams.info(streamName(ws)));
    return info.config.num_replicas;
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
    return gunzip(bytes);
  }

  async putSnapshot(ws, bytes) {
    const os = await guard(new Objm(this.nc).open(bucketName(ws)));
    await guard(os.putBlob({ name: SNAPSHOT, options: { max_chunk_size: CHUNK } }, await gzip(bytes)));
  }

  // The workspace as it was shared, with its whole history (written once, after sharing).
  async putArchive(ws, bytes) {
    const os = await guard(new Objm(this.nc).open(bucketName(ws)));
    await guard(os.putBlob({ name: ARCHIVE, options: { max_chunk_size: CHUNK } }, await gzip(bytes)));
  }

  // The stored (gzipped) sizes of the snapshot and the archive (a benchmark's question).
  async objectSizes(ws) {
    const os = await guard(new Objm(this.nc).open(bucketName(ws)));
    const size = async (n) => (await os.info(n))?.size ?? 0;
    return { snapshot: await size(SNAPSHOT), archive: await size(ARCHIVE) };
  }

  // The archive's bytes (throws "missing" when there is none yet).
  async archive(ws) {
    const os = await guard(new Objm(this.nc).open(bucketName(ws)));
    const bytes = await guard(os.getBlob(ARCHIVE));
    if (!bytes) throw fail("missing", `${ws} has no archive yet`);
    return gunzip(bytes);
  }

  // The stream's entries from `from` to `to` (both included), as [seq, bytes] pairs in order.
  async range(ws, from, to) {
    const out = [];
    if (to < from) return out;
    const consumer = await guard(this.js.consumers.get(streamName(ws), { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from }));
    while (out.length === 0 || out[out.length - 1][0] < to) {
      const batch = await guard(consumer.fetch({ max_messages: Math.min(1000, to - from + 1), expires: 5000 }));
      let got = 0;
      for await (const m of batch) {
        got++;
        if (m.seq <= to) out.push([m.seq, m.data]);
        if (m.seq >= to) break;
      }
      if (got === 0) throw fail("offline", `the shared log's entries ${from}..${to} did not arrive`);
    }
    return out;
  }

  // Publishes an entry; resolves with its stream sequence. No condition on what came before:
  // the stream's order is the log's, and the core decides each entry in its turn. `msgId`
  // lets the server keep one copy of a retried publish.
  async publish(ws, bytes, msgId) {
    try {
      const ack = await guard(this.js.publish(subject(ws), bytes, { msgID: msgId, timeout: 5000 }));
      debug("published", msgId, "at", ack.seq, ack.duplicate ? "duplicate" : "");
      return ack.seq;
    } catch (e) {
      debug("publish", msgId, "failed:", e.code);
      throw e;
    }
  }

  // Whether this user may publish entries: a publish that can never be accepted (its expected
  // sequence is far ahead) is refused for its sequence when allowed, and for permissions when
  // not. (The one publish with an expected sequence: a probe, not a write.)
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
  // (those that arrive together come in one call). Replaces any earlier follower. Entries may
  // come twice after a recovery; the core applies each once.
  async follow(ws, after, onEntries) {
    await this.unfollow();
    this.following = { ws, onEntries, last: after, arrived: Date.now() };
    await this.consume(this.following);
    // A watchdog that does not depend on the client's own recovery: when the log is longer than
    // what arrived and nothing arrived for a while (the server holding the consumer died), or
    // the consumer could not be made, follow again from the last entry delivered.
    this.watchdog = setInterval(async () => {
      const f = this.following;
      if (!f || this.checking || Date.now() - f.arrived < WATCHDOG_MS) return;
      this.checking = true;
      try {
        const jsm = await this.manager();
        const info = await jsm.streams.info(streamName(f.ws));
        debug("watchdog", info.state.last_seq, f.last, Date.now() - f.arrived, !!this.follower);
        if (this.following === f && (!this.follower || f.arrived === 0 || (info.state.last_seq > f.last && Date.now() - f.arrived >= WATCHDOG_MS))) {
          await this.consume(f);
        }
      } catch (e) {
        debug("watchdog failed", String(e));
        this.jsm = null; // asked again next time (a cluster may be electing its leader)
      } finally {
        this.checking = false;
      }
    }, 1000);
  }

  // One ordered consumer from f.last + 1; short pulls, so a dead server is noticed in seconds.
  // Making it may hang while a cluster elects a leader: after 3 s the attempt is abandoned
  // (the watchdog makes another) and, should it finish later, closed.
  async consume(f) {
    debug("consume from", f.last + 1);
    const attempt = (this.attempt = (this.attempt ?? 0) + 1);
    const old = this.follower;
    this.follower = null;
    if (old) old.close().catch(() => {}); // not awaited: its server may be gone
    f.arrived = Date.now();
    const made = (async () => {
      const consumer = await this.js.consumers.get(streamName(f.ws), { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: f.last + 1 });
      return consumer.consume({ expires: 5000 });
    })();
    const messages = await guard(
      Promise.race([made, new Promise((_, no) => setTimeout(() => no(fail("offline", "following the log took too long")), 3000))]),
    ).catch((e) => {
      made.then((m) => m.close().catch(() => {}), () => {});
      throw e;
    });
    if (this.following !== f || this.attempt !== attempt) {
      messages.close().catch(() => {});
      return;
    }
    this.follower = messages;
    (async () => {
      for await (const st of messages.status()) {
        if (st.type === "heartbeats_missed" && st.count >= 2 && this.follower === messages) {
          f.arrived = 0; // the watchdog follows again at its next look
          return;
        }
      }
    })().catch(() => {});
    const add = batcher((b) => f.onEntries(b));
    (async () => {
      for await (const m of messages) {
        if (this.follower !== messages) break;
        debug("entry", m.seq);
        f.last = m.seq;
        f.arrived = Date.now();
        add([m.seq, m.data]);
      }
    })().catch(() => {});
  }

  async unfollow() {
    clearInterval(this.watchdog);
    this.following = null;
    const f = this.follower;
    this.follower = null;
    if (f) await Promise.race([f.close().catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
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

  // ---- Classes (lessons): one stream per class, `FTC_<class>`, subjects `ftc.<class>.…`:
  //   lesson            the lesson file (the trainer's; trainees may only read it)
  //   clock             the class's clock steps (the trainer's)
  //   progress.<user>   each trainee's progress (only that trainee may write it)
  //   log.<user>        each trainee's copy: a snapshot, then its changes (likewise)
  // No expected sequence: each subject has one writer, and the order of the stream is the order.

  // Creates the class's stream and publishes its lesson.
  async classCreate(cls, lesson) {
    const jsm = await guard(this.manager());
    const exists = await jsm.streams.info(classStream(cls)).then(() => true, () => false);
    if (exists) throw fail("exists", cls);
    const config = (n) => ({ name: classStream(cls), subjects: [`ftc.${cls}.>`], storage: "file", num_replicas: n, duplicate_window: 120 * 1e9, max_msg_size: 4 * 1024 * 1024 });
    try {
      await jsm.streams.add(config(3));
    } catch (e) {
      if (classify(e).code !== "failed" || clustered(this.nc)) throw classify(e);
      await guard(jsm.streams.add(config(1)));
    }
    await guard(this.js.publish(`ftc.${cls}.lesson`, lesson, { timeout: 5000 }));
  }

  // The class's lesson (throws "missing" when there is no such class).
  async classLesson(cls) {
    const jsm = await guard(this.manager());
    try {
      const m = await jsm.streams.getMessage(classStream(cls), { last_by_subj: `ftc.${cls}.lesson` });
      if (!m) throw fail("missing", cls);
      return m.data;
    } catch (e) {
      const c = classify(e);
      throw c.code === "failed" ? fail("missing", cls) : c;
    }
  }

  // Publishes on `ftc.<class>.<tail>`, deduplicated by `msgId` when given; resolves with the
  // stream sequence.
  async classPublish(cls, tail, bytes, msgId) {
    const ack = await guard(this.js.publish(`ftc.${cls}.${tail}`, bytes, msgId ? { msgID: msgId, timeout: 5000 } : { timeout: 5000 }));
    return ack.seq;
  }

  // Delivers every message on `ftc.<class>.<filter>` from the first, then as they come, as
  // batches of [subject tail, seq, bytes]; `key` names the follower (another call with the
  // same key replaces it). The ordered consumer recovers by itself after a reconnection.
  async classFollow(cls, filter, key, onMessages) {
    await this.classUnfollow(key);
    this.classFollowers ??= new Map();
    const consumer = await guard(this.js.consumers.get(classStream(cls), { filter_subjects: `ftc.${cls}.${filter}`, deliver_policy: DeliverPolicy.All }));
    const messages = await guard(consumer.consume({ expires: 5000 }));
    this.classFollowers.set(key, messages);
    const prefix = `ftc.${cls}.`;
    const add = batcher(onMessages);
    (async () => {
      for await (const m of messages) add([m.subject.slice(prefix.length), m.seq, m.data]);
    })().catch(() => {});
  }

  async classUnfollow(key) {
    const f = this.classFollowers?.get(key);
    if (!f) return;
    this.classFollowers.delete(key);
    await Promise.race([f.close().catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
  }

  async close() {
    for (const key of [...(this.classFollowers?.keys() ?? [])]) await this.classUnfollow(key);
    clearInterval(this.presenceTimer);
    if (this.bye) this.bye();
    await this.unfollow();
    await this.nc.drain().catch(() => this.nc.close());
  }
}

// Whether the connection is up now.
Client.prototype.online = function () {
  return !this.nc.isClosed() && this.nc.protocol?.connected !== false;
};

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
