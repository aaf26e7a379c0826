// forstdin against native execline 2.9.3.0 (spec §4 forstdin, §10.4).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { same, Case } from './_compare';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ours, runIn, NATIVE, SHIMS, hasNative, tmpdir } from '../helpers';

const t = suite('forstdin');

// prints each item as [item] (sh, so no importas is involved)
const SHOW = `sh -c "printf '[%s]\\\\n' \\"$X\\""`;

const cases: Case[] = [
  { script: `forstdin X ${SHOW}`, input: 'a\nb c\n\nd', expect: { stdout: '[a]\n[b c]\n[]\n', status: 0 } },
  { script: `forstdin -N X ${SHOW}`, input: 'a\nb c\n\nd', expect: { stdout: '[a\n]\n[b c\n]\n[\n]\n[d]\n', status: 0 } },
  { script: `forstdin -C X ${SHOW}`, input: 'a\nb c\n\nd\n', expect: { stdout: '[a]\n[b c]\n[d]\n' } },
  { script: `forstdin -d ":;" X ${SHOW}`, input: 'a:b;c:', expect: { stdout: '[a]\n[b]\n[c]\n' } },
  { script: `forstdin -0 X ${SHOW}`, input: 'a\0b\0', expect: { stdout: '[a]\n[b]\n' } },
  { script: `forstdin -d "" X ${SHOW}`, input: '1:a,2:bb,0:,', expect: { stdout: '[a]\n[bb]\n[]\n' } },
  { script: `forstdin -d "" X ${SHOW}`, input: '1:a,2:bb', expect: { stdout: '[a]\n', status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: 'x:ab,', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '2:ab;', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '1:a,,', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '01:a,00:,', expect: { stdout: '[a]\n[]\n' } },
  { script: `forstdin -d "" X ${SHOW}`, input: '0123456789012345678901234:', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: ':a,', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '99999999999999999999:', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '123456789012:x', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '1234567890:x', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '18446744073709551614:', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '18446744073709551615:', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '4294967296:', expect: { status: 111 } },
  { script: `forstdin -d "" X ${SHOW}`, input: '00000000000000000001:a,', expect: { stdout: '[a]\n' } },
  { script: `forstdin -d "" X ${SHOW}`, input: '', expect: { status: 1 } },
  { script: `forstdin -0 -d "" X ${SHOW}`, input: '1:a,', expect: { stdout: '[a]\n' } },
  { script: `forstdin -d "" -0 X ${SHOW}`, input: 'a\0', expect: { stdout: '[a]\n' } },
  { script: `forstdin X ${SHOW}`, input: '', expect: { stdout: '', status: 1 } },
  { script: `forstdin X ${SHOW}`, input: 'x', expect: { status: 1 } },
  { script: `forstdin -C X ${SHOW}`, input: '\n\n', expect: { status: 1 } },
  { script: `forstdin X ${SHOW}`, input: '\n\n', expect: { stdout: '[]\n[]\n', status: 0 } },
  { script: `forstdin -C -N X ${SHOW}`, input: 'a\nb', expect: { stdout: '[a\n]\n' } },
  { script: `forstdin -C -N X ${SHOW}`, input: 'a\nbc', expect: { stdout: '[a\n]\n[bc]\n' } },
  { script: 'forstdin -x 2 X importas X X exit $X', input: '1\n2\n3\n', expect: { status: 2 } },
  { script: 'forstdin -o 1 X importas X X exit $X', input: '1\n2\n3\n', expect: { status: 2 } },
  { script: 'forstdin -p X importas X X exit $X', input: '1\n2\n3\n', expect: { status: 0 } },
  { script: 'forstdin -p -x 2 X importas X X exit $X', input: '1\n2\n3\n', expect: { status: 0 } },
  { script: 'forstdin -E X printf "<%s>\\n" ${X}', input: 'a b\nc\n', expect: { stdout: '<a b>\n<c>\n' } },
  { script: 'forstdin X nonexistent-cmd', input: 'a\n', expect: { status: 111 } },
  { script: 'forstdin -E X nonexistent-cmd', input: 'a\n', expect: { status: 0 } },
  { script: 'forstdin X=Y echo', input: 'a\n', expect: { status: 100 } },
  { script: 'forstdin "" echo', input: 'a\n', expect: { status: 100 } },
  { script: 'forstdin X', input: 'a\n', expect: { status: 100 } },
  { script: 'forstdin -o x X echo', input: 'a\n', expect: { status: 100 } },
  { script: 'fdclose 0 forstdin X echo', expect: { status: 111 } },
  { script: 'fdclose 0 forstdin -d "" X echo', expect: { status: 111 } },
  // the command gets the same stdin; forstdin has already buffered what was there
  { script: 'forstdin X cat', input: 'a\nb\n', expect: { stdout: '', status: 0 } },
  // builtin bodies: state changes stay inside one iteration
  { script: 'forstdin X importas X X importas -D unset Y Y foreground { printf "%s:%s\\n" $X $Y } export Y $X true', input: '1\n2\n', expect: { stdout: '1:unset\n2:unset\n' } },
  { script: 'forstdin -o 0 X sh -c "kill -TERM $$"', input: 'a\nb\n', expect: { status: 143 } },
  { script: `forstdin -d "ab" X ${SHOW}`, input: 'xaybz', expect: { stdout: '[x]\n[y]\n' } },
];

for (const c of cases) t(`${c.script} <<< ${JSON.stringify(c.input ?? '')}`, () => same(c));

t('long items cross the 8 KiB read buffer', () => {
  const long = 'x'.repeat(20000);
  const input = `a\n${long}\nb\n`;
  same({ script: 'forstdin X sh -c "printf \'%s\\\\n\' \\"${#X}\\""', input });
  const ns = `20000:${long},1:z,`;
  same({ script: 'forstdin -d "" X sh -c "printf \'%s\\\\n\' \\"${#X}\\""', input: ns });
});

t('a command reading stdin starts where forstdin\'s buffered reads left the file', () => {
  const dir = () => {
    const d = tmpdir();
    fs.writeFileSync(path.join(d, 'in'), Array.from({ length: 5000 }, (_, i) => `${i + 1}\n`).join(''));
    return d;
  };
  same({ script: 'redirfd -r 0 in forstdin -x 7 X sh -c "head -c 12; exit 7"', expect: { stdout: '0\n1861\n1862\n', status: 7 } }, dir);
  same({ script: 'redirfd -r 0 in forstdin -x 3 X sh -c "[ $X = 1862 ] || exit 0; head -c 12; exit 3"', expect: { stdout: '\n3499\n3500\n3', status: 3 } }, dir);
});

t('many lines with a builtin body do not leak descriptors', () => {
  const n = 3000;
  const input = Array.from({ length: n }, (_, i) => `${i}\n`).join('');
  const r = ours(['execlineb', '-Pc', 'forstdin X redirfd -r 5 /dev/null sh -c "if [ $X = 2999 ]; then ls /proc/$PPID/fd | wc -l; fi"'], { input });
  assert.is(r.status, 0, r.stderr);
  const fdsAtEnd = Number(r.stdout.trim());
  assert.ok(fdsAtEnd > 0 && fdsAtEnd < 64, `fds open in the interpreter at the end: ${r.stdout}`);
});

t('100,000 iterations of a builtin body: no fd leak, bounded memory', () => {
  const d = tmpdir();
  const input = path.join(d, 'in');
  fs.writeFileSync(input, Array.from({ length: 100000 }, (_, i) => `${i + 1}\n`).join(''));
  const timeOut = path.join(d, 'rss');
  const script = 'foreground { redirfd -r 0 in forstdin X redirfd -r 5 /dev/null importas X X exit 0 } '
    + 'foreground { sh -c "ls /proc/$PPID/fd | wc -l" } exit 0';
  const r = runIn(SHIMS, ['/usr/bin/time', '-o', timeOut, '-f', '%M', path.join(SHIMS, 'execlineb'), '-Pc', script], { cwd: d, timeout: 120000 });
  assert.is(r.status, 0, r.stderr);
  const fdsAtEnd = Number(r.stdout.trim());
  assert.ok(fdsAtEnd > 0 && fdsAtEnd < 64, `fds open in the interpreter after the loop: ${r.stdout}`);
  const rssKb = Number(fs.readFileSync(timeOut, 'latin1').trim().split('\n').pop());
  assert.ok(rssKb > 0 && rssKb < 100 * 1024, `peak RSS ${rssKb} KB`);
});

t('seeded differential: random inputs and splitting options vs native', () => {
  let seed = 20261128;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const alpha = ['a', 'b', '\n', '\n', ':', ',', '1', '2', '0', ' ', '\0'];
  const optsets = [[], ['-N'], ['-C'], ['-C', '-N'], ['-d', ':'], ['-d', ' ,'], ['-0'], ['-d', ''], ['-N', '-d', ':'], ['-C', '-0'], ['-n', '-d', '']];
  for (let i = 0; i < 40; i++) {
    let input = '';
    if (rnd(3) === 0) {
      const k = rnd(3);
      for (let j = 0; j < k; j++) { const l = rnd(3); input += `${l}:${'xy'.slice(0, l)}` + (rnd(6) ? ',' : ''); }
    } else {
      const len = rnd(10);
      for (let j = 0; j < len; j++) input += alpha[rnd(alpha.length)];
    }
    const argv = ['forstdin', ...optsets[rnd(optsets.length)], 'X', 'sh', '-c', 'printf "[%s]" "$X"'];
    const got = runIn(SHIMS, argv, { input: Buffer.from(input, 'latin1') });
    if (!hasNative) { assert.ok(got.status === 0 || got.status === 1 || got.status === 111, JSON.stringify(argv)); continue; }
    const want = runIn(NATIVE, argv, { input: Buffer.from(input, 'latin1') });
    assert.equal([got.stdout, got.stderr, got.status], [want.stdout, want.stderr, want.status], `${JSON.stringify(argv)} <<< ${JSON.stringify(input)}`);
  }
});

t.run();
