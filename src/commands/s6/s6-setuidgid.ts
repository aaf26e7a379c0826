// s6-setuidgid: run a program as an account (s6 2.11.3.2, spec §7.3). Natively it execs
// s6-envuidgid ACCOUNT s6-applyuidgid -Uz -- PROG..., which is what it returns here too, except
// where the chain would run both in this process without a failure in between: then it does
// their work itself, in their names and in their order (the lookups, UID/GID/GIDLIST set and
// unset again, the credentials), a start's two chain steps fewer.
import type { Command, Ctx } from '../../interp/command';
import { runsInline } from '../../interp/chain';
import { Env } from '../../interp/env';
import { lookUpUser, exportIds, type Ids } from './s6-envuidgid';
import { applyIds } from './s6-applyuidgid';

const cmd: Command = {
  names: ['s6-setuidgid'],
  usage: 's6-setuidgid username prog...',
  run(ctx: Ctx) {
    if (ctx.argv.length < 3) ctx.usage();
    const account = ctx.argv[1];
    const prog = ctx.argv.slice(2);
    if (account === '') return { exec: prog };
    const colon = account.indexOf(':');
    if (colon >= 0) {
      return { exec: ['s6-applyuidgid', '-u', account.slice(0, colon), '-g', account.slice(colon + 1), '-G', '', '--', ...prog] };
    }
    const envuidgid = ['s6-envuidgid', account, 's6-applyuidgid', '-Uz', '--', ...prog];
    if (!runsInline(envuidgid, ctx.st, ctx.lookupPath)) return { exec: envuidgid };
    const ids: Ids = { uid: 0, gid: 0, list: [] };
    lookUpUser('s6-envuidgid', account, true, false, true, ids);
    const applyuidgid = envuidgid.slice(2);
    // s6-applyuidgid's exec sees the environment with UID, GID and GIDLIST: made on a copy, and
    // if that exec would fail, s6-envuidgid runs in the chain (on the untouched one) and fails as natively
    const next = new Env(ctx.env.entries.slice());
    exportIds(next, ids);
    if (!runsInline(applyuidgid, { ...ctx.st, env: next }, ctx.lookupPath)) return { exec: envuidgid };
    ctx.env.entries = next.entries;
    applyIds('s6-applyuidgid', ids.uid, ids.gid, ids.list);
    ctx.env.unset('UID');
    ctx.env.unset('GID');
    ctx.env.unset('GIDLIST');
    return { exec: prog, execer: 's6-applyuidgid' };
  },
};

export default cmd;
