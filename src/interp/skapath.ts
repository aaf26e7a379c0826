// skalibs sabasename / sadirname: like POSIX basename/dirname except that
// repeated slashes inside are kept (`a//b` → dirname `a/`).

function trimSlashes(s: string): number {
  let len = s.length;
  while (len && s[len - 1] === '/') len--;
  return len;
}

export function basename(s: string): string {
  if (!s.length) return '.';
  const len = trimSlashes(s);
  if (!len) return '/';
  const i = s.lastIndexOf('/', len - 1);
  return s.slice(i + 1, len);
}

export function dirname(s: string): string {
  if (!s.length) return '.';
  const len = trimSlashes(s);
  if (!len) return '/';
  const i = s.lastIndexOf('/', len - 1);
  if (i < 0) return '.';
  if (i === 0) return '/';
  return s.slice(0, i);
}
