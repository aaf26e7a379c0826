// loopwhilex against native execline 2.9.3.0 (spec §4 loopwhilex, §10.4).
import { suite } from 'uvu';
import { same, Case } from './_compare';
import { tmpdir } from '../helpers';

const t = suite('loopwhilex');

// a counter in ./c: each run prints "iter N" and exits with code[N] (default 0, last: 1)
const counter = (codes: string) =>
  `sh -c "n=$(cat c 2>/dev/null || echo 0); n=$((n+1)); echo $n > c; echo iter $n; set -- ${codes}; shift $((n-1)); exit \${1:-1}"`;

const cases: Case[] = [
  { script: `loopwhilex ${counter('0 0 0 1')}`, expect: { stdout: 'iter 1\niter 2\niter 3\niter 4\n', status: 1 } },
  { script: `loopwhilex -x 7 ${counter('0 3 5 7 0')}`, expect: { stdout: 'iter 1\niter 2\niter 3\niter 4\n', status: 7 } },
  { script: `loopwhilex -n ${counter('4 4 0 4')}`, expect: { stdout: 'iter 1\niter 2\niter 3\n', status: 0 } },
  { script: `loopwhilex -o 0,5 ${counter('0 5 5 200')}`, expect: { status: 128 } },
  { script: `loopwhilex -n -x 0 ${counter('0 0 2')}`, expect: { status: 2 } },
  { script: `loopwhilex -n -o 3 ${counter('1 2 3')}`, expect: { status: 3 } },
  { script: `loopwhilex -x 3 -o 0 ${counter('0 0 3')}`, expect: { status: 3 } },
  { script: `loopwhilex ${counter('0 0 143')}`, expect: { status: 128 } },
  { script: 'loopwhilex sh -c "kill -TERM $$"', expect: { status: 143 } },
  { script: 'loopwhilex nonexistent-cmd', expect: { status: 111 } },
  { script: 'loopwhilex " nonexistent-cmd"', expect: { status: 111 } },
  { script: 'loopwhilex', expect: { status: 100 } },
  { script: 'loopwhilex -o x true', expect: { status: 100 } },
  { script: 'loopwhilex -z true', expect: { status: 100 } },
  // builtin bodies run in-process; nothing leaks from one run into the next
  { script: 'loopwhilex -x 9 foreground { exit 9 } importas ? ? exit $?', expect: { status: 9 } },
];

for (const c of cases) t(c.script, () => same(c, () => tmpdir()));

t.run();
