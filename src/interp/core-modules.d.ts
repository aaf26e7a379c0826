// The table src/interp/cold.ts answers the cold bundle's "core:" imports from:
// a virtual module, made by the build (scripts/split.mjs) for the hot bundle.
declare module 'execline-core-modules' {
  export const coreModules: Record<string, () => unknown>;
}
