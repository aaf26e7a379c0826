// host-ip [ -4 | -6 | -a ]: the container's primary address, i.e. the address
// of the interface holding the default route (-a: every non-loopback address).
import type { Command, Ctx } from '../../interp/command';
import * as fs from 'node:fs';
import * as os from 'node:os';

function defaultIface(v6: boolean): string | undefined {
  try {
    const lines = fs.readFileSync(v6 ? '/proc/net/ipv6_route' : '/proc/net/route', 'latin1').split('\n');
    for (const l of lines) {
      const f = l.trim().split(/\s+/);
      if (v6) {
        if (f.length >= 10 && /^0+$/.test(f[0]) && f[1] === '00' && f[9] !== 'lo') return f[9];
      } else if (f.length >= 8 && f[1] === '00000000' && f[7] === '00000000') return f[0];
    }
  } catch { /* no procfs entry: no route */ }
  return undefined;
}

function addrs(iface: string | undefined, family: 'IPv4' | 'IPv6' | null): string[] {
  const all = os.networkInterfaces();
  const out: string[] = [];
  for (const [name, list] of Object.entries(all)) {
    if (iface !== undefined && name !== iface) continue;
    for (const a of list ?? []) {
      if (a.internal || (family && a.family !== family)) continue;
      if (a.family === 'IPv6' && a.address.startsWith('fe80')) { if (iface === undefined) continue; }
      out.push(a.address);
    }
  }
  return out;
}

const cmd: Command = {
  names: ['host-ip'],
  usage: 'host-ip [ -4 | -6 | -a ]',
  options: '46a',
  run(ctx: Ctx) {
    let mode = '';
    for (const o of ctx.opts) mode = o.c;
    if (ctx.args.length > 0) ctx.usage();
    let found: string[] = [];
    if (mode === 'a') found = addrs(undefined, null);
    else {
      const fams: ('IPv4' | 'IPv6')[] = mode === '4' ? ['IPv4'] : mode === '6' ? ['IPv6'] : ['IPv4', 'IPv6'];
      for (const fam of fams) {
        const iface = defaultIface(fam === 'IPv6');
        const list = iface ? addrs(iface, fam).filter((a) => !a.startsWith('fe80')) : [];
        if (list.length) { found = [list[0]]; break; }
      }
    }
    if (found.length === 0) ctx.fatal(mode === 'a' ? 'no non-loopback address found' : 'no address found on the default route interface', 1);
    ctx.write(1, found.join('\n') + '\n');
    return { exit: 0 };
  },
};
export default cmd;
