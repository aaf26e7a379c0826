// s6-setuidgid against native s6 2.11.3.2 (run as root; ids observed with `id`).
import { nativeSuite, SHOW_IDS, ACCOUNTS, S6Case } from './_native';

const G = ['--groups=5,6'];
const c = (argv: string[], extra: Partial<S6Case> = {}): S6Case => ({ argv, setpriv: G, ...extra });
const ENVIDS = { UID: '9', GID: '9', GIDLIST: '9', OTHER: 'x' };

nativeSuite('s6-setuidgid', [
  c(['s6-setuidgid', 'alice', ...SHOW_IDS], { accounts: ACCOUNTS }),
  c(['s6-setuidgid', 'bob', ...SHOW_IDS], { accounts: ACCOUNTS }),
  c(['s6-setuidgid', 'daemon', ...SHOW_IDS]),
  c(['s6-setuidgid', 'nobody', ...SHOW_IDS]),
  c(['s6-setuidgid', 'root', ...SHOW_IDS]),
  c(['s6-setuidgid', '', ...SHOW_IDS]),
  c(['s6-setuidgid', '1234:5678', ...SHOW_IDS]),
  c(['s6-setuidgid', '0:0', ...SHOW_IDS]),
  // the variables s6-envuidgid sets do not reach the program; other ones do
  c(['s6-setuidgid', 'daemon', 'env'], { env: ENVIDS }),
  c(['s6-setuidgid', '1:4', 'env'], { env: ENVIDS }),
  c(['s6-setuidgid', '', 'env'], { env: ENVIDS }),
  c(['execlineb', '-Pc', 'foreground { s6-setuidgid nobody sh -c "id -u; id -G" } foreground { s6-setuidgid 1:1 sh -c "id -u" } sh -c "id -u; id -G"']),
  // errors
  c(['s6-setuidgid']),
  c(['s6-setuidgid', 'daemon']),
  c(['s6-setuidgid', 'x:y', 'true']),
  c(['s6-setuidgid', '1:', 'true']),
  c(['s6-setuidgid', ':4', 'true']),
  c(['s6-setuidgid', '1:2:3', 'true']),
  c(['s6-setuidgid', 'nosuchuser-xyz', 'true']),
  c(['s6-setuidgid', 'daemon', 'nonexistent-prog-xyz']),
  c(['s6-setuidgid', '', 'nonexistent-prog-xyz']),
  c(['s6-setuidgid', '1:1', '/etc']),
  c(['s6-setuidgid', 'daemon', 'true'], { setpriv: ['--reuid=65534', '--regid=65534', '--clear-groups'] }),
]);
