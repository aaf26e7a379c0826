// How the script-path bundles are run: each file is a CommonJS-style function expression
// (scripts/build.mjs writes the wrapper into it, checked by test/bundle.test.ts), compiled as
// read by vm.Script with a V8 code cache named after the hash on its last line.
// Used by cold.ts and `execline install`.
export const MODULE_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** The code cache file of a bundle, from the hash on its last line. */
export function cacheFileFor(file: string, text: string): string {
  return `${file}.${text.slice(text.lastIndexOf('//') + 2).trim()}.cache`;
}

/**
 * The Node option of the script path's `#!` line (the kernel passes one word; scripts/build.mjs
 * writes the same, and `execline install` unless told otherwise): V8's generator seeded with a
 * constant whose string-hash secrets V8 finds in the fewest rounds there are (36 against ~99 on
 * average for a random seed: ~2 ms a start here; bench/hash-seed.mjs). docs/ARCHITECTURE.md says
 * what it gives up.
 */
export const SCRIPT_NODE_OPTION = '--random-seed=10331';

/**
 * What our own re-runs of the interpreter give Node (argv has room for more than one word):
 * the same seed, and V8's worker pool of 1 thread instead of 4 (each made and torn down costs
 * a start ~0.3 ms here; a script run never needs their parallelism).
 */
export const RERUN_NODE_OPTIONS = [SCRIPT_NODE_OPTION, '--v8-pool-size=1'];
