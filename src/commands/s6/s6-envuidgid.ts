// s6-envuidgid: put an account's UID, GID and GIDLIST in the environment (s6 2.11.3.2, spec §7.1).
import type { Command, Ctx } from '../../interp/command';
import type { Env } from '../../interp/env';
import { fatal, fatalSys } from '../../interp/errors';
import { scanUint, scanUintList } from '../../interp/scanlist';
import { userByName, groupByName, supplementaryGroups } from '../../runtime/accounts';

const NGROUPS_MAX = 65536;
const USER = 1, GROUP = 2, LIST = 4, ACCOUNT = 7;

export interface Ids { uid: number; gid: number; list: number[] }

/**
 * The user part of the lookup into `ids`: the uid, and for a whole account (no -u/-g/-B) the
 * primary gid and the supplementary groups. Also what s6-setuidgid does on its own (as s6-envuidgid).
 */
export function lookUpUser(prog: string, user: string, wholeAccount: boolean, numFallback: boolean, insist: boolean, ids: Ids): void {
  const pw = userByName(user);
  const [n, w] = scanUint(user);
  if (pw) {
    ids.uid = pw.uid;
    if (wholeAccount) {
      const list = supplementaryGroups(user, NGROUPS_MAX);
      if (typeof list === 'number') fatalSys(prog, `unable to get supplementary groups for ${user}`, -list);
      ids.list = list;
      ids.gid = pw.gid;
    }
  } else if (numFallback && w) ids.uid = n;
  else if (insist) fatal(prog, `unknown user: ${user}`, 1);
}

/** UID, GID and GIDLIST as asked (`what`: USER, GROUP, LIST bits). */
export function exportIds(env: Env, ids: Ids, what = ACCOUNT): void {
  if (what & USER) env.set('UID', String(ids.uid));
  if (what & GROUP) env.set('GID', String(ids.gid));
  if (what & LIST) env.set('GIDLIST', ids.list.join(','));
}

/** -D uid:gid:gidlist, each part optional (an empty part is 0 / an empty list). */
function scanDefaults(s: string): Ids | undefined {
  const ids: Ids = { uid: 0, gid: 0, list: [] };
  let i = 0;
  let [v, w] = scanUint(s, i);
  if (!w && s[i] !== ':') return undefined;
  ids.uid = v;
  i += w;
  if (i >= s.length) return ids;
  if (s[i++] !== ':') return undefined;
  if (i >= s.length) return ids;
  [v, w] = scanUint(s, i);
  if (!w && s[i] !== ':') return undefined;
  ids.gid = v;
  i += w;
  if (i >= s.length) return ids;
  if (s[i++] !== ':') return undefined;
  if (i >= s.length) return ids;
  const l = scanUintList(s, NGROUPS_MAX, i);
  if (!l.len) return undefined;
  ids.list = l.list;
  return ids;
}

const cmd: Command = {
  names: ['s6-envuidgid'],
  usage: 's6-envuidgid [ -i | -D defaultuid:defaultgid:defaultgidlist ] [ -u | -g | -B ] [ -n ] account prog...',
  options: 'ugBniD:',
  run(ctx: Ctx) {
    let what = ACCOUNT;
    let numFallback = false;
    let insist = true;
    // unset parts come out as 0, as the native uninitialised values do
    let ids: Ids = { uid: 0, gid: 0, list: [] };
    for (const o of ctx.opts) {
      if (o.c === 'u') what = USER;
      else if (o.c === 'g') what = GROUP;
      else if (o.c === 'B') what = USER | GROUP;
      else if (o.c === 'n') { what &= USER | GROUP; numFallback = true; }
      else if (o.c === 'i') insist = true;
      else if (o.c === 'D') {
        const d = scanDefaults(o.arg!);
        if (!d) ctx.usage();
        ids = d;
        insist = false;
      }
    }
    if (ctx.args.length < 2) ctx.usage();
    const account = ctx.args[0];
    let user: string | undefined;
    let group: string | undefined;
    if (what === ACCOUNT || what === USER) user = account;
    else if (what === GROUP) group = account;
    else {
      user = account;
      const colon = account.indexOf(':');
      if (colon >= 0) {
        user = colon === 0 ? undefined : account.slice(0, colon);
        group = account.slice(colon + 1) || undefined;
      }
    }

    if (group !== undefined) {
      const gid = groupByName(group);
      const [n, w] = scanUint(group);
      if (gid !== undefined) ids.gid = gid;
      else if (numFallback && w) ids.gid = n;
      else if (insist) ctx.fatal(`unknown group: ${group}`, 1);
    }
    // (what === ACCOUNT: user is the account itself)
    if (user !== undefined) lookUpUser(ctx.prog, user, what === ACCOUNT, numFallback, insist, ids);
    exportIds(ctx.env, ids, what);
    return { exec: ctx.args.slice(1) };
  },
};

export default cmd;
