// s6-applyuidgid against native s6 2.11.3.2 (run as root; ids observed with `id`).
import { nativeSuite, SHOW_IDS, S6Case } from './_native';

const G = ['--groups=5,6'];
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
const c = (argv: string[], extra: Partial<S6Case> = {}): S6Case => ({ argv, setpriv: G, ...extra });
const ENVIDS = { UID: '1', GID: '4', GIDLIST: '100,5' };

nativeSuite('s6-applyuidgid', [
  c(['s6-applyuidgid', '-u', '1', '-g', '4', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-u', '1', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-g', '4', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-u', '0', '-g', '0', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-G', '', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-G', '7,8;9 10', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-g', '8', '-G', '7,8,9', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-g', '9', '-G', '9,7', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-G', '4,x', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-G', '7', '-G', '8', ...SHOW_IDS]),
  c(['s6-applyuidgid', '-u', '1', '-u', '2', ...SHOW_IDS]),
  // -U reads UID GID GIDLIST; -z removes them; options apply left to right
  c(['s6-applyuidgid', '-U', ...SHOW_IDS], { env: ENVIDS }),
  c(['s6-applyuidgid', '-U', '-u', '65534', ...SHOW_IDS], { env: ENVIDS }),
  c(['s6-applyuidgid', '-u', '65534', '-U', ...SHOW_IDS], { env: ENVIDS }),
  c(['s6-applyuidgid', '-U', '-G', '', ...SHOW_IDS], { env: ENVIDS }),
  c(['s6-applyuidgid', '-U', 'env'], { env: ENVIDS }),
  c(['s6-applyuidgid', '-Uz', 'env'], { env: { ...ENVIDS, OTHER: 'x' } }),
  c(['s6-applyuidgid', '-z', 'env'], { env: ENVIDS }),
  c(['s6-applyuidgid', '-U', 'true'], { env: { UID: '1', GID: '4' } }),
  c(['s6-applyuidgid', '-U', 'true'], { env: { UID: '1', GIDLIST: '' } }),
  c(['s6-applyuidgid', '-U', 'true'], { env: { GID: '1', GIDLIST: '' } }),
  c(['s6-applyuidgid', '-U', 'true'], { env: { UID: '1x', GID: '4', GIDLIST: '' } }),
  c(['s6-applyuidgid', '-U', 'true'], { env: { UID: '1', GID: '', GIDLIST: '' } }),
  c(['s6-applyuidgid', '-U', 'true'], { env: { UID: '1', GID: '4', GIDLIST: 'x' } }),
  c(['s6-applyuidgid', '-U', ...SHOW_IDS], { env: { UID: '1', GID: '4', GIDLIST: '' } }),
  // usage errors
  c(['s6-applyuidgid']),
  c(['s6-applyuidgid', '-u', '1']),
  c(['s6-applyuidgid', '-u', 'abc', 'true']),
  c(['s6-applyuidgid', '-u', '-1', 'true']),
  c(['s6-applyuidgid', '-g', '4294967296', 'true']),
  c(['s6-applyuidgid', '-G', 'x', 'true']),
  c(['s6-applyuidgid', '-x', 'true']),
  // not permitted as nobody: each step reports its own failure
  c(['s6-applyuidgid', '-u', '1', ...SHOW_IDS], { setpriv: NOBODY }),
  c(['s6-applyuidgid', '-g', '1', ...SHOW_IDS], { setpriv: NOBODY }),
  c(['s6-applyuidgid', '-G', '', ...SHOW_IDS], { setpriv: NOBODY }),
  c(['s6-applyuidgid', '-u', '65534', '-g', '65534', ...SHOW_IDS], { setpriv: NOBODY }),
  // inside a block the credentials change in a child only, and later builtins run with them
  c(['execlineb', '-Pc', 'foreground { s6-applyuidgid -u 1 -g 4 -G 7 sh -c "id -u; id -G" } foreground { s6-applyuidgid -u 65534 redirfd -w 1 /root/no-way true } importas -u r ? foreground { echo $r } sh -c "id -u; id -G"']),
  // at top level: spawned children, later builtins and the exec'd program all have the new credentials
  // (ours changes them for its calling thread only: the raw system calls)
  c(['execlineb', '-Pc', 's6-applyuidgid -u 1 -g 4 -G 7,5 foreground { sh -c "id -u; id -G" } foreground { redirfd -w 1 /root/no-way true } importas -u r ? foreground { echo $r } sh -c "grep -E \\"^(Uid|Gid|Groups)\\" /proc/self/status"']),
  // exec failures
  c(['s6-applyuidgid', '-u', '1', 'nonexistent-prog-xyz']),
  c(['s6-applyuidgid', '/etc']),
]);
