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
 * The Node option of the script path's `#!` line (scripts/build.mjs writes it too, and
 * `execline install`): V8's worker pool of 1 thread instead of 4. A start makes and tears
 * down each (~0.3 ms apiece here); a script run never needs their parallelism.
 */
export const SCRIPT_NODE_OPTION = '--v8-pool-size=1';
