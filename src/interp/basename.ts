// path.basename for command names on the script path: the first require of a
// Node builtin costs a start ~0.1 ms (its ES module facade), and this is all of
// node:path the hot bundle calls on a typical run.

/** The last component of a path, trailing slashes ignored: as path.basename(p). */
export function baseName(p: string): string {
  let end = p.length;
  while (end > 1 && p.charCodeAt(end - 1) === 0x2f) end--;
  if (end === 1 && p.charCodeAt(0) === 0x2f) return '';
  return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}
