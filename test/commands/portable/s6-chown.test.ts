import { tableSuite, usage, NOBODY } from './_table';

const U = usage('s6-chown', 's6-chown [ -U ] [ -u uid ] [ -g gid ] file');
const OWN = "stat -c '%u:%g' f";
tableSuite('s6-chown', [
  { setup: 'touch f', argv: ['s6-chown', '-u', '1', '-g', '4', 'f'], check: OWN, state: '1:4\n' },
  { setup: 'touch f && chown 1:4 f', argv: ['s6-chown', '-u', '65534', 'f'], check: OWN, state: '65534:4\n' },
  { setup: 'touch f && chown 1:4 f', argv: ['s6-chown', '-g', '100', 'f'], check: OWN, state: '1:100\n' },
  { setup: 'touch f && chown 1:4 f', argv: ['s6-chown', 'f'], check: OWN, state: '1:4\n' },
  { setup: 'touch f', argv: ['s6-chown', '-U', 'f'], env: { UID: '2', GID: '3' }, check: OWN, state: '2:3\n' },
  { setup: 'touch f', argv: ['s6-chown', '-U', '-g', '9', 'f'], env: { UID: '2', GID: '3' }, check: OWN, state: '2:9\n' },
  { name: 'a symlink operand: chown(2) acts on its target', setup: 'touch f && ln -s f l', argv: ['s6-chown', '-u', '7', 'l'], check: "stat -c '%u' f; stat -c '%u' l; stat -L -c '%u' l", state: '7\n0\n7\n' },
  { setup: 'touch f', argv: ['s6-chown', '-U', 'f'], env: { GID: '3' }, stderr: 's6-chown: fatal: UID not set\n', status: 100 },
  { setup: 'touch f', argv: ['s6-chown', '-U', 'f'], env: { UID: '3' }, stderr: 's6-chown: fatal: GID not set\n', status: 100 },
  { setup: 'touch f', argv: ['s6-chown', '-U', 'f'], env: { UID: 'abc', GID: '3' }, stderr: 's6-chown: fatal: invalid $UID\n', status: 100 },
  { setup: 'touch f', argv: ['s6-chown', '-U', 'f'], env: { UID: '3', GID: '' }, stderr: 's6-chown: fatal: invalid $GID\n', status: 100 },
  { argv: ['s6-chown', '-u', 'x', 'f'], stderr: U, status: 100 },
  { argv: ['s6-chown', '-u', '1'], stderr: U, status: 100 },
  { argv: ['s6-chown', '-u', '1', 'nope'], stderr: 's6-chown: fatal: unable to chown nope: No such file or directory\n', status: 111 },
  { setpriv: NOBODY, setup: 'touch f', argv: ['s6-chown', '-u', '65534', 'f'], stderr: 's6-chown: fatal: unable to chown f: Operation not permitted\n', status: 111 },
]);
