// s6-applyuidgid: drop to the given uid, gid and supplementary groups, then
// exec (s6 2.11.3.2, spec §7.2). It changes the credentials of the process it
// runs in, so inside an emulated child the chain gives it a real process
// (`ownProcess`) and the parent interpreter keeps its own.
import type { Command, Ctx } from '../../interp/command';
import { strictUint } from '../../interp/numbers';
import { scanUintList } from '../../interp/scanlist';
import { effectiveGid, changeCredentials } from '../../runtime/accounts';
import { fatalSys } from '../../interp/errors';

const NGROUPS_MAX = 65536;

/** setgroups with gid first, then the list without it (skalibs setgroups_and_gid). */
function groupsWithGid(gid: number, list: number[]): number[] {
  if (list.length === 0) return [gid];
  if (list[0] === gid) return list;
  const i = list.indexOf(gid);
  if (i > 0) return [gid, ...list.slice(0, i), ...list.slice(i + 1)];
  return [gid, ...list];
}

/**
 * The credentials, as s6-applyuidgid sets them: `groups` (if given) with the gid first, then the
 * gid and the uid, each 0 meaning "leave as is". Also what s6-setuidgid does on its own.
 */
export function applyIds(prog: string, uid: number, gid: number, groups: number[] | undefined): void {
  const failed = changeCredentials(groups && groupsWithGid(gid || effectiveGid(), groups), gid, uid);
  if (failed) fatalSys(prog, failed[0] === 'setgroups' ? 'unable to set supplementary group list' : `unable to ${failed[0]}`, failed[1]);
}

const cmd: Command = {
  names: ['s6-applyuidgid'],
  usage: 's6-applyuidgid [ -z ] [ -u uid ] [ -g gid ] [ -G gidlist ] [ -U ] prog...',
  options: 'zUu:g:G:',
  ownProcess: true,
  run(ctx: Ctx) {
    let uid = 0, gid = 0;
    let groups: number[] | undefined;
    let unexport = false;
    for (const o of ctx.opts) {
      if (o.c === 'z') unexport = true;
      else if (o.c === 'u') uid = strictUint(o.arg!) ?? ctx.usage();
      else if (o.c === 'g') gid = strictUint(o.arg!) ?? ctx.usage();
      else if (o.c === 'G') {
        const l = scanUintList(o.arg!, NGROUPS_MAX);
        if (!l.len && o.arg !== '') ctx.usage();
        groups = l.list;
      } else if (o.c === 'U') {
        const u = ctx.env.get('UID');
        if (u === undefined) ctx.fatal('UID not set', 100);
        uid = strictUint(u) ?? ctx.fatal('invalid $UID', 100);
        const g = ctx.env.get('GID');
        if (g === undefined) ctx.fatal('GID not set', 100);
        gid = strictUint(g) ?? ctx.fatal('invalid $GID', 100);
        const l = ctx.env.get('GIDLIST');
        if (l === undefined) ctx.fatal('GIDLIST not set', 100);
        const s = scanUintList(l, NGROUPS_MAX + 1);
        if (!s.len && l !== '') ctx.fatal('invalid $GIDLIST', 100);
        groups = s.list;
      }
    }
    if (ctx.args.length === 0) ctx.usage();
    // 0 means "leave as is", never "become root"
    applyIds(ctx.prog, uid, gid, groups);
    if (unexport) {
      ctx.env.unset('UID');
      ctx.env.unset('GID');
      ctx.env.unset('GIDLIST');
    }
    return { exec: ctx.args };
  },
};

export default cmd;
