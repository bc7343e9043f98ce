// `wasm-opt -Oz` on many modules, through binaryen's JavaScript API (npm binaryen, the version
// Trunk.toml names) in worker threads, each loading binaryen once. The same passes, options and
// features as the command line (its output is byte for byte the command line's: checked on
// every module of the release), but without starting binaryen again for each module: npm's
// `wasm-opt` is a 11 MB script that Node parses and compiles on every run, which made the
// release's 100 modules take 165 CPU-seconds, and this 26 (BENCHMARKS.md).
//   import { optimize } from "./wasm-opt.mjs"; await optimize(files, { names });
import { availableParallelism } from "node:os";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { isMainThread, parentPort, Worker } from "node:worker_threads";

/** Optimizes each file in place (`-Oz`, and `-g` when `names`), as many at a time as there are
 * cores. Rejects with the file that failed. */
export async function optimize(files, { names = false } = {}) {
  const queue = [...files].sort((a, b) => size(b) - size(a)); // the largest first
  const workers = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(Array.from({ length: workers }, () => new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { names } });
    const next = () => {
      const file = queue.shift();
      if (file) worker.postMessage(file);
      else worker.terminate().then(() => done());
    };
    worker.on("message", (m) => (m.error ? (worker.terminate(), fail(new Error(`wasm-opt: ${m.file}: ${m.error}`))) : next()));
    worker.on("error", fail);
    next();
  })));
}

const size = (file) => statSync(file).size;

if (!isMainThread) {
  const { workerData } = await import("node:worker_threads");
  const { default: binaryen } = await import("binaryen");
  // What the command line's -Oz sets: optimize level 2, shrink level 2, Stack IR generated and
  // optimized at writing; names kept only with -g.
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2);
  binaryen.setGenerateStackIR(true);
  binaryen.setOptimizeStackIR(true);
  binaryen.setDebugInfo(workerData.names);
  // The features rustc 1.95 enables for wasm32 by default, added to those the module's
  // target_features section names (as the command line's --enable-* flags are).
  const F = binaryen.Features;
  const features = F.BulkMemory | F.BulkMemoryOpt | F.Multivalue | F.MutableGlobals | F.NontrappingFPToInt | F.ReferenceTypes | F.SignExt;
  parentPort.on("message", (file) => {
    try {
      const module = binaryen.readBinary(readFileSync(file));
      module.setFeatures(module.getFeatures() | features);
      module.optimize();
      writeFileSync(file, module.emitBinary());
      module.dispose();
      parentPort.postMessage({ file });
    } catch (e) {
      parentPort.postMessage({ file, error: String(e?.message ?? e) });
    }
  });
}
