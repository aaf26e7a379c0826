// s6-envuidgid against native s6 2.11.3.2.
import { nativeSuite, ACCOUNTS, S6Case } from './_native';

const ENV = ['env'];
const a = (argv: string[], extra: Partial<S6Case> = {}): S6Case => ({ argv, accounts: ACCOUNTS, ...extra });

nativeSuite('s6-envuidgid', [
  // account mode: uid, primary gid, and every group listing the user (in file order)
  a(['s6-envuidgid', 'alice', ...ENV]),
  a(['s6-envuidgid', 'bob', ...ENV]),
  a(['s6-envuidgid', 'root', ...ENV]),
  // a group that lists the user and is also their primary group (GIDLIST comes from getgrouplist here)
  a(['s6-envuidgid', 'bob', ...ENV], { accounts: { ...ACCOUNTS, group: ACCOUNTS.group.replace('users:x:100:', 'users:x:100:bob') } }),
  a(['s6-envuidgid', 'nobody', ...ENV], { env: { UID: 'x', GID: 'y', GIDLIST: 'z', OTHER: 'kept' } }),
  a(['s6-envuidgid', '-u', 'bob', ...ENV]),
  a(['s6-envuidgid', '-g', 'staff', ...ENV]),
  a(['s6-envuidgid', '-g', 'alice', ...ENV]),
  a(['s6-envuidgid', '-B', 'alice:audio', ...ENV]),
  a(['s6-envuidgid', '-B', 'alice', ...ENV]),
  a(['s6-envuidgid', '-B', ':audio', ...ENV]),
  a(['s6-envuidgid', '-B', 'alice:', ...ENV]),
  // unknown names: exit 1, or the -D defaults, or (-n) numbers
  a(['s6-envuidgid', 'carol', ...ENV]),
  a(['s6-envuidgid', '-g', 'nosuch', ...ENV]),
  a(['s6-envuidgid', '-B', 'carol:audio', ...ENV]),
  a(['s6-envuidgid', '-B', 'alice:nosuch', ...ENV]),
  a(['s6-envuidgid', '', ...ENV]),
  a(['s6-envuidgid', '-D', '7:8:9,10', 'carol', ...ENV]),
  a(['s6-envuidgid', '-D', '7:8:9,10', 'alice', ...ENV]),
  a(['s6-envuidgid', '-D', '7', 'carol', ...ENV]),
  a(['s6-envuidgid', '-D', ':8', 'carol', ...ENV]),
  a(['s6-envuidgid', '-D', '::1;2 3', 'carol', ...ENV]),
  a(['s6-envuidgid', '-D', '1:2:3x', 'carol', ...ENV]),
  a(['s6-envuidgid', '-D', '7:8:9', '-i', 'carol', ...ENV]),
  a(['s6-envuidgid', '-i', '-D', '7:8:9', 'carol', ...ENV]),
  a(['s6-envuidgid', '-B', '-D', '7:8:9', 'carol:nosuch', ...ENV]),
  a(['s6-envuidgid', '-n', '1234:5678', ...ENV]),
  a(['s6-envuidgid', '-n', '1234', ...ENV]),
  a(['s6-envuidgid', '-n', 'alice:12x', ...ENV]),
  a(['s6-envuidgid', '-nB', 'root:42', ...ENV]),
  a(['s6-envuidgid', '-B', 'root:42', ...ENV]),
  a(['s6-envuidgid', '-u', '-n', '99999999999', ...ENV]),
  // usage errors
  a(['s6-envuidgid']),
  a(['s6-envuidgid', 'alice']),
  a(['s6-envuidgid', '-x', 'alice', 'true']),
  a(['s6-envuidgid', '-D', 'x', 'alice', 'true']),
  a(['s6-envuidgid', '-D', '1:2:x', 'alice', 'true']),
  a(['s6-envuidgid', '-D', '1x', 'alice', 'true']),
  a(['s6-envuidgid', '-D']),
  // exec failures
  a(['s6-envuidgid', 'alice', 'nonexistent-prog-xyz']),
  a(['s6-envuidgid', 'alice', '/etc']),
  // the real database (read only): root and nobody exist everywhere
  { argv: ['s6-envuidgid', '-u', 'root', ...ENV] },
  { argv: ['s6-envuidgid', '-g', 'root', ...ENV] },
]);
