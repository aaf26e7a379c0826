// The table src/interp/cold.ts answers the cold bundle's "core:" imports from:
// a virtual module, made by the build (scripts/split.mjs) for the hot bundle. A
// function: its ~40 closures are made when the cold bundle is first read, not at start.
declare module 'execline-core-modules' {
  export function coreModules(): Record<string, () => unknown>;
}
