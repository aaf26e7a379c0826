// Families of generated cases for the differential runner, one per area.
// Scripts are kept deterministic (no pids, sorted env dumps, fd numbers and
// basenames only) so that any difference is a fidelity bug or a divergence.
import type { DiffCase } from './harness';

const ROOT = process.env.EXECLINE_TS_ROOT ?? process.cwd();
const PROBE = `${ROOT}/test/fixtures/commands/fdprobe.sh`;
/** Wrap a chain so its exit status is printed. */
const st = (s: string) => `foreground { ${s} } importas -u ? ? echo st=$?`;
const P = (script: string, o: Partial<DiffCase> = {}): DiffCase => ({ script, flags: ['-P'], c: true, ...o });
const F = (script: string, o: Partial<DiffCase> = {}): DiffCase => ({ script, ...o });
const ENVDUMP = 'pipeline { env } pipeline { grep -v ^PATH= } sort';

const lexer: DiffCase[] = [
  ...[
    'echo a\tb\rc', 'echo "a b" c', 'echo ""', 'echo "" ""', 'echo a"b c"d', 'echo "a\\nb"', 'echo "a\\tb\\rc\\vd\\fe\\bf\\ag"',
    'echo "\\0x41\\0x4a"', 'echo "\\0101\\0102"', 'echo "\\65x"', 'echo "\\0"', 'echo "\\x41"', 'echo "\\q"', 'echo \\q', 'echo a\\ b',
    'echo "a\\\nb"', 'echo a\\\nb', 'echo #x', 'echo a#b', 'echo a #b\necho c', '#!/bin/x\necho a', 'echo "#"', 'echo "a', 'echo a\\',
    'echo "\\"', 'echo \\"', 'echo "{" "}"', 'echo \\{ \\}', 'echo {', 'echo }', 'foreground { } echo x', 'foreground { "" } echo x',
    'foreground { echo { } } echo x', 'foreground { echo "}" } echo x', 'echo a{b', 'echo a}b', 'echo {a', 'echo a}', '{ echo a }',
    'foreground {echo a} echo b', 'foreground{ echo a } echo b', 'echo "\\0x"', 'echo "\\0x4"', 'echo "\\0x4g"', 'echo "\\08"', 'echo "\\0777"',
    'echo "\\377" ', 'echo \\0x41', 'echo \\n', 'echo "\\\\"', 'echo "a\r\nb"', 'echo \xff\xfe', 'echo "\xff"', '', '   \n\n', '#only',
    'echo a\0b', 'echo "\\0x00"x', 'echo "\\000"x', 'foreground { foreground { echo a } echo b } echo c', 'echo }}', 'echo {{',
    'if { } echo x', 'echo " \\\n "', 'echo\x0bx', 'echo\x0cx', 'echo "a""b"', 'echo ""a', 'echo \\\\', 'echo \\\\\\',
  ].flatMap((s) => [F(s), P(s)]),
];

const options: DiffCase[] = [
  F('echo $#', { flags: ['-S0'], args: [] }), F('echo $1 $2 $#', { flags: ['-S3'], args: ['a', 'b'] }),
  F('echo $1 $2 $#', { flags: ['-s1'], args: ['a', 'b', 'c'] }), F('echo $@', { flags: ['-s1'], args: ['a', 'b', 'c'] }),
  F('echo $1 $#', { flags: ['-W', '-S3'], args: ['a'] }), F('echo $1 $#', { flags: ['-w', '-S3'], args: ['a'] }),
  F('echo $1 $#', { flags: ['-q', '-S3'], args: ['a'] }), F('echo $1', { flags: ['-s3'], args: ['a'] }),
  F('echo $1', { flags: ['-W', '-s3'], args: ['a'] }), F('echo $1', { flags: ['-S'], args: ['a'] }),
  F('echo $1', { flags: ['-Sx'], args: ['a'] }), F('echo $1', { flags: ['-S', '2'], args: ['a'] }),
  F('echo $1', { flags: ['-x'], args: ['a'] }), F('echo $1', { flags: ['--'], args: ['a'] }),
  F('echo $1 $#', { flags: ['-p'], args: ['a'] }), F('echo $1 $#', { flags: ['-P'], args: ['a'] }),
  F('importas -D unset 1 1 echo $1', { flags: ['-P'], args: ['a'] }), F(ENVDUMP, { args: ['a', 'b'] }), F(ENVDUMP, { flags: ['-p'], args: ['a', 'b'] }),
  F(ENVDUMP, { flags: ['-S1'], args: ['a', 'b'] }), F(ENVDUMP, { flags: ['-s1'], args: ['a', 'b'] }),
  F(ENVDUMP, { flags: ['-P'], args: ['a', 'b'] }), F(ENVDUMP, { env: { '#': 'x', '1': 'y' } }), F(ENVDUMP, { flags: ['-P'], env: { '#': 'x', '1': 'y' } }),
  F('foreground { echo a } echo b', { flags: ['-W'] }), F('foreground { echo { a } } echo b', { flags: ['-W'] }),
  F('foreground { echo { a } } echo b', { flags: ['-w'] }), F('foreground { echo { a } } echo b', { env: { EXECLINE_STRICT: '1' } }),
  F('foreground { echo { a } } echo b', { env: { EXECLINE_STRICT: '2' } }), F('foreground { echo { a } } echo b', { env: { EXECLINE_STRICT: 'x' } }),
  F('foreground { echo { a } } echo b', { flags: ['-q'], env: { EXECLINE_STRICT: '2' } }),
  F('echo $1 $#', { env: { EXECLINE_STRICT: '2' }, flags: ['-S3'], args: ['a'] }),
  F('echo $1 $#', { env: { EXECLINE_STRICT: '1' }, flags: ['-S3'], args: ['a'] }),
  F('echo $0 $1', { flags: ['-S1', '-c'], args: ['a'] }), F('echo $#', { flags: ['-c'], args: ['a', 'b'] }),
  F('echo $#', { flags: ['-Pc'] }), F('echo $1', { flags: ['-S1c'], args: ['a'] }),
  F('echo $@', { flags: ['-S2', '-P'], args: ['a', 'b'] }), F('echo $@', { flags: ['-P', '-S2'], args: ['a', 'b'] }),
  F('echo $@', { flags: ['-s0'], args: ['a', 'b'] }), F('echo $#', { flags: ['-s0'], args: [] }),
  F('execlineb -c "echo $1 $#" x y', { flags: ['-P'] }), F('execlineb -Pc "echo $1 $#" x y', { flags: ['-P'] }),
  F('execlineb nonexistent', { flags: ['-P'] }), F('execlineb', { flags: ['-P'] }), F('execlineb -c', { flags: ['-P'] }),
  F('execlineb -S1 -c "echo $0" x', { flags: ['-P'] }), F('execlineb -c "echo ${0}" x', { flags: ['-P'] }),
  F(st('execlineb -c "exit 3"'), { flags: ['-P'] }), F(st('execlineb -c ""'), { flags: ['-P'] }),
  F(st('execlineb -c "echo {"'), { flags: ['-P'] }), F(st('execlineb -c nonexistentcmd'), { flags: ['-P'] }),
  F(st('execlineb -c "echo a" --'), { flags: ['-P'] }), F(st('execlineb -c "echo $1" -- a'), { flags: ['-P'] }),
  F(st('execlineb -S2 -c "echo $1" -- a'), { flags: ['-P'] }), F(st('execlineb -W -S2 -c "echo $1" -- a'), { flags: ['-P'] }),
  F(st('execlineb -w -S2 -c "echo $1" -- a'), { flags: ['-P'] }), F(st('execlineb -e -c "echo $1" -- a'), { flags: ['-P'] }),
  F(st('execlineb -q -W -c "echo { a }"'), { flags: ['-P'] }), F(st('execlineb -W -q -c "echo { a }"'), { flags: ['-P'] }),
  F(st('execlineb -w -q -c "foreground { echo { a } } echo"'), { flags: ['-P'] }),
  F(st('execlineb -p -c "echo $#" a b'), { flags: ['-P'] }), F(st('execlineb -s1 -c "echo $#"'), { flags: ['-P'] }),
  F(st('execlineb -S1 -c "echo $#"'), { flags: ['-P'] }), F(st('execlineb -W -S1 -c "echo $#"'), { flags: ['-P'] }),
  F(st('execlineb -W -s1 -c "echo $#"'), { flags: ['-P'] }), F(st('execlineb -s1 -c "echo $# $@ / $1"'), { flags: ['-P'] }),
  F(st('execlineb -S0 -c "echo $# $@"'), { flags: ['-P'] }), F(st('execlineb -S -c "echo $# $@"'), { flags: ['-P'] }),
  F(st('execlineb ./dir'), { flags: ['-P'], files: { 'dir/': '' } }), F(st('execlineb ./f'), { flags: ['-P'], files: { f: 'echo {' } }),
  F(st('execlineb ./f'), { flags: ['-P'], files: { f: 'echo }' } }), F(st('execlineb ./f a'), { flags: ['-P'], files: { f: 'echo $0 $1' } }),
  F(st('execlineb -c "echo a\\\\"'), { flags: ['-P'] }), F(st('execlineb -c "echo \\\\0x4"'), { flags: ['-P'] }),
];

const positionals: DiffCase[] = [
  ...['echo $0', 'echo ${0}', 'echo $1 ${1}', 'echo $10 ${10}', 'echo ${1}0', 'echo x$1y', 'echo x${1}y', 'echo $@', 'echo x$@y', 'echo "$@"',
    'echo ${@}', 'echo x${@}y', 'echo $#', 'echo ${#}', 'echo $#x', 'echo $1x', 'echo $11', 'echo $01', 'echo ${01}', 'echo $ $', 'echo $$1',
    'echo \\$1', 'echo $\\1', 'echo ${1', 'echo ${}', 'echo ${ 1}', 'echo $@$@', 'echo $1$2', 'echo ${1}${2}', 'echo $-1', 'echo $99',
    'echo $@@', 'echo $#@', 'echo "${1}"', 'echo $1.x', 'echo ${1}.x', 'echo $12345678901234567890', 'echo $!', 'echo $?',
  ].flatMap((s) => [
    F(s, { args: ['a', 'b c', '', 'd\ne', '\\x', '5', '6', '7', '8', 'ten', 'eleven'] }),
    F(s, { args: [] }), F(s, { flags: ['-s1'], args: ['a', 'b', 'c'] }), F(s, { flags: ['-S2'], args: ['a'] }),
  ]),
];

const subst: DiffCase[] = [
  ...[
    'define A v echo $A', 'define A v echo ${A}', 'define A v echo x${A}y', 'define A v echo $Ax', 'define A "" echo $A', 'define A "" echo x$A',
    'define A "a b" echo $A', 'define -s A "a b  c" echo $A', 'define -s A "a b  c" echo x${A}y', 'define -s A "" echo x${A}y',
    'define -sn A "a b c" echo $A', 'define -sN A "a b c\n" echo $A', 'define -s -d : A a:b::c echo $A', 'define -s -d "" A abc echo $A',
    'define -s -C -d : A a:b::c: echo $A', 'define -s -c -d : A a:b::c: echo $A', 'define -s -C A "a b " echo $A', 'define -s -c A "a b " echo $A',
    'define -s -n -d : A a:b: echo $A', 'define -sd: A a:b echo $A', 'define -s A "a b" define -s B "1 2" echo $A$B', 'define -s A "a b" echo $A$A',
    'define A $B define B x echo $A', 'define A b define b c echo $A', 'define A v echo \\$A', 'define A v echo \\\\$A', 'define A v echo $$A',
    'define A v echo ${{A}', 'define A v echo ${A}}', 'define A v echo {$A}', 'define A v echo "${A"', 'define A v echo $', 'define A v echo ${',
    'define A.b v echo $A.b', 'define A v echo $A.b', 'define A v echo $A{b}', 'define A v echo $A}b', 'define A v echo $A$A', 'define A v echo $A\\$A',
    'define A "x y" foreground { echo $A } echo $A', 'define A "{" echo $A', 'define A "}" foreground { echo $A } echo', 'define A "" foreground { echo $A } echo',
    'define A "$B" define B z echo $A', 'define -s A "" echo a $A b', 'define A "a\\\\b" echo $A', 'define A \\\\ echo $A', 'define A "a\nb" echo $A',
    'define A "\xff" echo $A', 'define -s -d "\xff" A "a\xffb" echo $A', 'define "" v echo $', 'define A= v echo x', 'define A=b v echo x$A=b',
    'define 1 v echo $1', 'define @ v echo $@', 'define # v echo $#', 'define A', 'define A v', 'define', 'define -x A v echo', 'define -d A v echo $A',
    'define -N A "a\n" echo $A', 'define -n A "a\n" echo $A', 'define -s -N A "a b\n" echo $A', 'define -s -N -d "" A "abc" echo $A',
    'define A v define A w echo $A', 'define A v echo ${A}${A}', 'define -s A "a b" echo ${A}x${A}', 'define A ${A} echo $A',
    'define A a define AB ab echo $AB ${A}B', 'define AB ab define A a echo $AB ${A}B', 'define A "{ x }" echo $A',
    'define -s A "x y" foreground { echo $A } echo', 'define -s A "x y" foreground { foreground { echo $A } } echo',
    'define A v foreground { echo \\$A } echo', 'define A v foreground { echo \\\\$A } echo', 'define A v foreground { echo \\\\\\$A } echo',
  ].map((s) => P(s)),
  ...['importas A A echo $A', 'importas -i A A echo $A', 'importas -D d A A echo $A', 'importas -D d -i A A echo $A', 'importas -i -D d A A echo $A',
    'importas -u A A echo $A', 'importas -s A A echo $A', 'importas -sd: A A echo $A', 'importas -sCd: A A echo $A', 'importas -sn A A echo $A',
    'importas -N A A echo $A', 'importas -n A A echo $A', 'importas A', 'importas A A', 'importas', 'importas -x A A echo', 'importas -uD d A A ' + ENVDUMP,
    'importas -u A A ' + ENVDUMP, 'importas B A echo $B', 'importas -D "" A A echo x$A', 'importas A B echo x$A', 'importas -D d A B echo x$A',
    'importas -s A B echo x$A y', 'importas -sD "a b" A B echo x$A y', 'importas -i A B echo x',
  ].flatMap((s) => [P(s), P(s, { env: { A: 'a  b:c:\n' } }), P(s, { env: { A: '' } })]),
];

const fdcmds: DiffCase[] = [
  ...[
    'redirfd -w 1 out echo a', 'redirfd -r 0 in cat', 'redirfd -a 1 f echo a', 'redirfd -u 1 f echo ab', 'redirfd -x 1 f echo a', 'redirfd -x 1 new echo a',
    'redirfd -w 1 dir/x echo a', 'redirfd -r 0 missing cat', 'redirfd -rw 1 f echo a', 'redirfd -wr 0 f cat', 'redirfd 1 f echo', 'redirfd -w 1 f',
    'redirfd -w', 'redirfd -w x f echo', 'redirfd -w -1 f echo', 'redirfd -w 1x f echo', 'redirfd -n -w 1 f echo a', 'redirfd -b -r 0 f cat',
    'redirfd -w 5 f ' + PROBE, 'redirfd -r 5 f ' + PROBE, 'redirfd -w 1 "" echo', 'redirfd -w 2 f ls /nonexistent', 'redirfd -q -w 1 f echo',
    'redirfd -w 1 dir echo', 'redirfd -r 0 dir cat', 'redirfd -x 1 dir echo', 'redirfd -a 1 dir echo', 'redirfd -u 1 dir echo',
    'redirfd -w 01 f echo a', 'redirfd -w " 1" f echo a', 'redirfd -w +1 f echo a', 'redirfd -w 99999999999 f echo a', 'redirfd -w 1000000 f echo a',
    'fdmove 1 2 echo a', 'fdmove -c 2 1 echo a', 'fdmove 5 1 ' + PROBE, 'fdmove -c 5 1 ' + PROBE, 'fdmove 1 1 echo a', 'fdmove -c 1 1 echo a',
    'fdmove 1 7 echo a', 'fdmove -c 1 7 echo a', 'fdmove 1', 'fdmove', 'fdmove 1 2', 'fdmove x 2 echo', 'fdmove 1 x echo', 'fdmove -x 1 2 echo',
    'fdmove 0 1 ' + PROBE, 'fdmove -c 0 1 ' + PROBE,
    'fdclose 1 echo a', 'fdclose 0 ' + PROBE, 'fdclose 7 echo a', 'fdclose x echo', 'fdclose', 'fdclose 1', 'fdclose -1 echo', 'fdclose 5 ' + PROBE,
    'fdswap 1 2 echo a', 'fdswap 0 1 ' + PROBE, 'fdswap 1 7 echo a', 'fdswap 7 1 echo a', 'fdswap 1 1 echo a', 'fdswap 1', 'fdswap', 'fdswap x 1 echo', 'fdswap 1 2',
    'fdreserve 1 importas -i FD0 FD0 echo ok', 'fdreserve 0 ' + ENVDUMP, 'fdreserve x echo', 'fdreserve', 'fdreserve 2', 'fdreserve 3 importas FD3 FD3 echo x$FD3',
    'fdreserve 2 multisubstitute { importas -i a FD0 importas -i b FD1 } eltest $a != $b', 'fdreserve 100000 echo', 'fdreserve -1 echo',
    'fdblock 0 echo a', 'fdblock -n 0 echo a', 'fdblock 7 echo a', 'fdblock x echo', 'fdblock', 'fdblock 1',
    'piperw 5 6 ' + PROBE, 'piperw 6 5 ' + PROBE, 'piperw 5 5 ' + PROBE, 'piperw 0 1 ' + PROBE, 'piperw 1 0 ' + PROBE, 'piperw 5', 'piperw', 'piperw x 6 echo',
    'piperw 5 6', 'piperw 5 6 fdmove 1 6 foreground { echo hi } fdclose 1 fdmove 0 5 cat',
  ].map((s) => P(st(s), { files: { f: 'content\n', 'dir/': '' } })),
];

const pipes: DiffCase[] = [
  ...[
    'pipeline { echo a } cat', 'pipeline -r { echo a } cat', 'pipeline -w { cat } echo a', 'pipeline -d { echo a } cat', 'pipeline { echo a }',
    'pipeline { } cat', 'pipeline cat', 'pipeline', 'pipeline { echo a', 'pipeline -x { echo } cat', 'pipeline { exit 3 } cat', 'pipeline { echo a } exit 4',
    'pipeline { nonexistent } cat', 'pipeline { echo a } nonexistent', 'pipeline { ' + PROBE + ' } cat', 'pipeline { echo } ' + PROBE,
    'pipeline -w { ' + PROBE + ' } echo', 'pipeline { pipeline { echo a } cat } cat', 'pipeline { echo a } pipeline { cat } cat',
    'pipeline { echo a } importas -i ! ! echo ok', 'pipeline -rw { echo a } cat', 'pipeline -wr { echo a } cat',
    'heredoc 0 "hello" cat', 'heredoc 0 "" cat', 'heredoc -d 0 "x" cat', 'heredoc 5 "x" ' + PROBE, 'heredoc 5 "x" cat /proc/self/fd/5', 'heredoc 0', 'heredoc', 'heredoc x y cat',
    'heredoc 0 "a\nb" cat', 'heredoc 1 x echo', 'heredoc -x 0 x cat', 'heredoc 0 "\xff" cat', 'heredoc 0 x',
    'withstdinas A echo $A', 'withstdinas -n A echo $A', 'withstdinas -N A echo $A', 'withstdinas -E A echo $A', 'withstdinas -e A echo $A', 'withstdinas -i A echo $A',
    'withstdinas -I A echo $A', 'withstdinas -D d A echo $A', 'withstdinas A', 'withstdinas', 'withstdinas -x A echo', 'withstdinas A ' + ENVDUMP, 'withstdinas -n A ' + ENVDUMP,
    'withstdinas -E A importas -i A A echo $A', 'withstdinas A importas -i A A echo $A', 'withstdinas -EN A echo x${A}y', 'withstdinas -ED d A echo $A',
    'backtick A { echo a } echo $A', 'backtick -n A { echo a } echo $A', 'backtick -N A { echo a } echo x${A}y', 'backtick -E A { echo a } echo $A',
    'backtick -e A { echo a } importas A A echo $A', 'backtick -i A { exit 3 } echo x$A', 'backtick -I A { exit 3 } echo x$A', 'backtick -x A { exit 3 } echo x$A',
    'backtick -D d A { exit 3 } importas A A echo x$A', 'backtick A { exit 3 } importas A A echo x$A', 'backtick A { nonexistent } echo x',
    'backtick -I A { nonexistent } importas A A echo x$A', 'backtick A { } echo x', 'backtick A', 'backtick', 'backtick A echo', 'backtick A { echo a }',
    'backtick -x A { echo a } echo $A', 'backtick A { printf "a\\0b" } echo x', 'backtick -i A { printf "a\\0b" } echo x', 'backtick -I A { printf "a\\0b" } importas A A echo x$A',
    'backtick -D d A { printf "a\\0b" } importas A A echo x$A', 'backtick A { printf "" } importas A A echo x$A', 'backtick A { printf "\\n\\n" } importas A A echo x${A}y',
    'backtick -n A { printf "\\n\\n" } importas A A echo x${A}y', 'backtick A { sh -c "kill -TERM $$" } echo x', 'backtick -I A { sh -c "kill -TERM $$" } echo x',
    'backtick "" { echo a } echo x', 'backtick A=b { echo a } echo x', 'backtick -E A { echo "a b" } echo $A', 'backtick A { echo "a b" } echo $A',
    'backtick A { ' + PROBE + ' } importas A A echo $A', 'backtick A { echo a } ' + ENVDUMP,
  ].map((s) => P(st(s), { stdin: 'in put\n\n' })),
  P(st('withstdinas A importas A A echo x${A}y'), { stdin: 'a\0b' }), P(st('withstdinas -i A importas A A echo x${A}y'), { stdin: 'a\0b' }),
  P(st('withstdinas -I A importas A A echo x${A}y'), { stdin: 'a\0b' }), P(st('withstdinas -D d A importas A A echo x${A}y'), { stdin: 'a\0b' }),
  P(st('withstdinas A importas A A echo x${A}y'), { stdin: '' }), P(st('withstdinas -n A importas A A echo x${A}y'), { stdin: '\n\n' }),
  P(st('withstdinas A importas A A echo x${A}y'), { stdin: '\xff\n' }),
];

const control: DiffCase[] = [
  ...[
    'case a { a { echo A } } echo def', 'case b { a { echo A } } echo def', 'case "" { "" { echo E } } echo def', 'case ab { a { echo A } } echo def',
    'case ab { a.* { echo A } } echo def', 'case -s ab { a* { echo A } } echo def', 'case -S ab { a* { echo A } } echo def', 'case -i AB { ab { echo A } } echo def',
    'case -N abc { "a(b)c" { importas 1 1 importas # # echo $# $1 } } echo def', 'case -n abc { "a(b)c" { ' + ENVDUMP + ' } } echo def',
    'case -e abc { "a(b)c" { echo y } } echo def', 'case -E abc { "a(b)c" { echo y } } echo def', 'case -e "a+" { "a+" { echo y } } echo def',
    'case abc { "a(b)(c)" { ' + ENVDUMP + ' } } echo def', 'case -N abc { "a(b)(c)" { ' + ENVDUMP + ' } } echo def', 'case a { } echo def', 'case a { a } echo def',
    'case a { a { echo A } b } echo def', 'case a', 'case', 'case a { a { echo A } }', 'case b { a { echo A } }', 'case -x a { } echo', 'case a { "[" { echo y } } echo def',
    'case -s a { "[" { echo y } } echo def', 'case -s "a" { "\\a" { echo y } } echo def', 'case a { "(a" { echo y } } echo def', 'case a { a { exit 3 } } echo def',
    'case a b { a { echo A } } echo def', 'case a { a { echo 1 } a { echo 2 } } echo def', 'case -i -s AB { a* { echo A } } echo def',
    'foreground { echo a } echo b', 'foreground { exit 3 } importas ? ? echo $?', 'foreground { nonexistent } importas ? ? echo $?', 'foreground { } importas ? ? echo $?',
    'foreground { sh -c "kill -TERM $$" } importas ? ? echo $?', 'foreground { echo a }', 'foreground', 'foreground echo a', 'foreground { echo a', 'foreground { exit 0 } ' + ENVDUMP,
    'foreground -x { echo a } echo b', 'foreground { foreground { exit 2 } importas ? ? exit $? } importas ? ? echo $?', 'foreground { ./noexec } importas ? ? echo $?',
    'foreground { ./dir } importas ? ? echo $?', 'foreground { "" } importas ? ? echo $?',
    'if { true } echo y', 'if { false } echo y', 'if { exit 3 } echo y', 'if -n { true } echo y', 'if -n { false } echo y', 'if -t { exit 3 } echo y', 'if -x 5 { exit 3 } echo y',
    'if -x 5 { exit 0 } echo y', 'if -X { sh -c "kill -TERM $$" } echo y', 'if { sh -c "kill -TERM $$" } echo y', 'if -n { sh -c "kill -TERM $$" } echo y',
    'if -nX { sh -c "kill -TERM $$" } echo y', 'if { nonexistent } echo y', 'if -n { nonexistent } echo y', 'if { } echo y', 'if -n { } echo y', 'if { true }',
    'if', 'if true', 'if -x { true } echo', 'if -x x { true } echo', 'if -t -x 4 { exit 3 } echo', 'if -x 4 -t { exit 3 } echo', 'if -n -t { true } echo',
    'if -q { true } echo', 'if -x 256 { exit 3 } echo', 'if -x 300 { exit 3 } echo', 'if -x -1 { exit 3 } echo', 'if -X -n { exit 0 } echo y', 'if { exit 255 } echo',
    'exit', 'exit 0', 'exit 3', 'exit 255', 'exit 256', 'exit 257', 'exit -1', 'exit x', 'exit 3x', 'exit ""', 'exit 1 2', 'exit 99999999999', 'exit 4294967296',
    'exit 4294967297', 'exit +3', 'exit " 3"', 'exit 0x10', 'exit 010', 'exit -- 3', 'exit -x',
    'export A v ' + ENVDUMP, 'export A "" ' + ENVDUMP, 'export A= v echo', 'export "" v echo', 'export A=b v echo', 'export A', 'export', 'export A v',
    'export A "a\nb" importas A A echo $A', 'export -x A v echo', 'export A v export A w importas A A echo $A', 'export 1 v importas 1 1 echo $1', 'export A\xff v echo ok',
  ].map((s) => P(st(s), { files: { noexec: 'x', 'dir/': '' } })),
];


const PF = 'printf "[%s]\\n"';
const blocks: DiffCase[] = [
  ...[
    `${PF} { a { b } "" { } }`, `${PF} { " a" }`, `${PF} { "" }`, `${PF} { { } }`, `${PF} { a } { b }`, `${PF} {}`, `${PF} { "{" "}" }`,
    `foreground { ${PF} { x } } echo`, `foreground { foreground { ${PF} { x } } } echo`, `if { ${PF} { x } } echo`,
    `define A "a b" ${PF} { $A " $A" }`, `define -s A "a b" ${PF} { $A x\${A}y }`, `define -s A "a b" ${PF} { { $A } }`,
    `define A " x" ${PF} { $A }`, `define A "" ${PF} { $A }`, `define -s A "" ${PF} { $A }`, `define -s A "" ${PF} { x $A y }`,
    `${PF} $@ { $@ }`, `${PF} { $@ } x$@`, `${PF} { x$@y }`, `${PF} { ${'$'}{@} }`, `${PF} $#`,
    `foreground { ${PF} $@ } echo`, `if { ${PF} { $1 } } echo`, `backtick A { ${PF} { $@ } } importas A A ${PF} $A`,
    `case a { a { ${PF} { x } } } echo`, `pipeline { ${PF} { x } } cat`, `foreground { echo { } } ${PF} { }`,
    `foreground { echo " x" } echo`, `foreground " echo" x "" echo y`, `foreground echo x "" echo y`, `foreground { echo x } "" echo y`,
    `if " true" "" echo y`, `if true "" echo y`, `if { true } "" echo y`, `pipeline " echo" x "" cat`, `backtick A " echo" x "" importas A A echo $A`,
    `case a " a" " { echo y }" "" echo n`, `case a { " a" { echo y } } echo n`, `case a { a " echo y" } echo n`,
  ].flatMap((s) => [F(s, { args: ['p q', '', 'r'] }), F(s, { args: ['p q', '', 'r'], env: { EXECLINE_STRICT: '1' } }),
    F(s, { args: ['p q', '', 'r'], env: { EXECLINE_STRICT: '2' } }), F(s, { flags: ['-W'], args: ['p q', '', 'r'] })]),
];

const frames: DiffCase[] = [
  ...[
    'execlineb -c "execlineb -c \\"' + ENVDUMP + '\\" p q" x y', 'execlineb -P -c "' + ENVDUMP + '" x y', 'execlineb -p -c "' + ENVDUMP + '" x y',
    'execlineb -S1 -c "' + ENVDUMP + '" x y', 'execlineb -s1 -c "' + ENVDUMP + '" x y', 'execlineb -s0 -c "' + ENVDUMP + '" x y',
    'execlineb -c "echo $0 $# $@"', 'execlineb -c "echo $0 $# $@" ""', 'export 1 one execlineb -P -c "importas 1 1 echo $1"',
    'export # 5 execlineb -c "echo $#" a', 'export #:1 z ' + ENVDUMP, 'execlineb -c "' + ENVDUMP + '"',
  ].flatMap((s) => [F(s, { args: ['a', 'b'] }), F(s, { flags: ['-P'], args: ['a'] }), F(s, { flags: ['-p'], args: [] }), F(s, { env: { '#': '9', '0:1': 'zz', '1': 'o' } })]),
];

const signals: DiffCase[] = [
  ...['TERM', 'KILL', 'INT', 'HUP', 'PIPE', 'USR1', 'SEGV', 'ABRT'].flatMap((sig) => [
    `sh -c "kill -${sig} $$"`, `foreground { sh -c "kill -${sig} $$" } importas ? ? echo $?`, `if { sh -c "kill -${sig} $$" } echo y`,
    `if -X { sh -c "kill -${sig} $$" } echo y`, `if -n { sh -c "kill -${sig} $$" } echo y`, `pipeline { echo } sh -c "kill -${sig} $$"`,
    `pipeline { sh -c "kill -${sig} $$" } cat`, `backtick A { sh -c "kill -${sig} $$" } echo y`, `backtick -I A { sh -c "kill -${sig} $$" } importas A A echo x$A`,
    `withstdinas A sh -c "kill -${sig} $$"`, `case a { a { sh -c "kill -${sig} $$" } }`,
  ].map((s) => P(st(s)))),
  ...[0, 1, 2, 100, 126, 127, 128, 129, 255].flatMap((n) => [
    `foreground { exit ${n} } importas ? ? echo $?`, `if { exit ${n} } echo y`, `if -n { exit ${n} } echo y`, `if -t { exit ${n} } echo y`,
    `if -x 7 { exit ${n} } echo y`, `pipeline { echo } exit ${n}`, `pipeline { exit ${n} } cat`, `backtick A { exit ${n} } echo y`,
    `withstdinas A exit ${n}`, `sh -c "exit ${n}"`, `execlineb -c "exit ${n}"`, `foreground { execlineb -c "exit ${n}" } importas ? ? echo $?`,
  ].map((s) => P(st(s)))),
];

const VALUES = ['', ' ', 'a', ' a', 'a ', '  a  b  ', 'a\n', 'a\n\n', '\n', 'a::b:', ':a', '::', 'a \t\nb', '3:abc,', '3:abc,0:,', '3:ab,', '3:abc', 'x3:abc,', '0:,', '3:abc,,', '03:abc,', '1:\xff,', '99999999999999999999:a,', 'a\xffb'];
const OPTSETS = [[], ['-s'], ['-sC'], ['-sc'], ['-sn'], ['-sN'], ['-n'], ['-N'], ['-s', '-d', ':'], ['-sC', '-d', ':'], ['-sn', '-d', ':'], ['-s', '-d', ''], ['-sn', '-d', ''], ['-sC', '-d', ''], ['-s', '-d', ' :'], ['-d', ':'], ['-snC'], ['-sCn', '-d', ':']];
const q = (v: string) => '"' + v.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
const splitting: DiffCase[] = [
  ...VALUES.flatMap((v) => OPTSETS.map((o) => P(st(`define ${o.map(q).join(' ')} V ${q(v)} printf "[%s]\\n" x $V y`)))),
  ...VALUES.flatMap((v) => [['-s'], ['-sn'], ['-s', '-d', ''], ['-sC', '-d', ':']].map((o) => P(st(`importas ${o.map(q).join(' ')} V V printf "[%s]\\n" x $V y`), { env: { V: v } }))),
  ...VALUES.slice(0, 12).flatMap((v) => [['-s'], ['-sn'], ['-s', '-d', ''], ['-sC', '-d', ':'], ['-N'], ['-n']].map((o) => P(st(`backtick ${o.filter((x) => x !== '-s').map(q).join(' ')} V { printf %s ${q(v)} } importas ${o.map(q).join(' ')} V V printf "[%s]\\n" x $V y`)))),
];

const escapes: DiffCase[] = [
  ...['$A', '${A}', '$B', '${B}', '$A$A', '${A}${B}', '$', '${', '${}', '$}', '${A', '$A}', '{$A}', '$$A', '$${A}', '${$A}', '${A}x', '$Ax', '$A.b', '$A-b', '$A\\B']
    .flatMap((ref) => [0, 1, 2, 3, 4, 5].map((n) => '\\'.repeat(n) + ref))
    .flatMap((w) => [P(st(`define A va printf "[%s]\\n" ${q(w)}`)), P(st(`define -s A "v w" printf "[%s]\\n" ${q('x' + w + 'y')}`))]),
];

const BIG = 'x'.repeat(70000) + '\n' + 'y'.repeat(70000);
const io: DiffCase[] = [
  ...[
    'foreground { head -n1 } cat', 'foreground { read -r x } cat', 'withstdinas A foreground { echo $A } cat', 'backtick A { head -c 2 } foreground { echo $A } cat',
    'pipeline { cat } wc -c', 'heredoc 0 ' + q(BIG) + ' wc -c', 'heredoc -d 0 ' + q(BIG) + ' wc -c', 'backtick A { cat } pipeline { echo $A } wc -c',
    'withstdinas A pipeline { echo $A } wc -c', 'withstdinas -n A pipeline { printf %s $A } wc -c', 'redirfd -r 0 script cat', 'foreground { cat } cat',
    'if { head -c 1 } cat', 'case a { a { head -c 1 } } ', 'heredoc 0 ' + q(BIG) + ' true', 'heredoc 0 ' + q(BIG) + ' head -c 5',
    'pipeline -w { wc -c } heredoc 0 ' + q(BIG) + ' cat', 'backtick -n A { heredoc 0 ' + q(BIG) + ' cat } pipeline { printf %s $A } wc -c',
    'define -s A ' + q('a '.repeat(5000)) + ' pipeline { echo $A } wc -c', 'withstdinas -s A echo', 'backtick A { seq 1 100000 } pipeline { echo $A } wc',
    'piperw 3 4 foreground { fdmove 1 4 heredoc 0 ' + q(BIG) + ' cat } fdclose 4 fdmove 0 3 wc -c',
  ].flatMap((c) => [P(st(c), { stdin: 'line1\nline2\n' }), P(st(c), { stdin: BIG })]),
];

const reserve: DiffCase[] = [1, 2, 3, 7, 8, 100, 101, 1000, 1001, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 2000].flatMap((n) => [
  P(st(`fdreserve ${n} importas a FD${n - 1} importas b FD0 echo $b $a`)),
  P(st(`redirfd -w 5 f fdreserve ${n} importas a FD${n - 1} importas b FD0 echo $b $a`)),
  P(st(`fdclose 0 fdreserve ${n} importas a FD${n - 1} importas b FD0 echo $b $a`)),
]);

const posvals: DiffCase[] = [
  ...['echo $1 $2 $3', 'echo $@', 'printf "[%s]\\n" x$@y', 'printf "[%s]\\n" $#$1', 'define A $1 echo $A', 'define -s A $@ printf "[%s]\\n" $A',
    'printf "[%s]\\n" \\$1 \\\\$1 ${1}${2}', 'foreground { printf "[%s]\\n" { $@ } } echo', 'printf "[%s]\\n" $10', 'importas -s X 1 printf "[%s]\\n" $X',
  ].flatMap((s) => [[], ['-s1'], ['-S3'], ['-p'], ['-P']].map((flags) => F(s, { flags, args: ['$2', '${3}', '\\$1', '{', '}', '', ' ', '$@', '$#', '\xff', 'a b'] }))),
];

const IFOPTS = [[], ['-n'], ['-X'], ['-t'], ['-x', '0'], ['-x', '5'], ['-x', '256'], ['-nX'], ['-nt'], ['-n', '-x', '5'], ['-t', '-x', '5'], ['-x', '5', '-t'], ['-X', '-x', '0'], ['-x5'], ['-x', ''], ['-x', '5x'], ['-x', '-1']];
const IFBLOCKS = ['true', 'false', 'exit 3', 'exit 5', 'exit 200', 'sh -c "kill -TERM $$"', 'nonexistent', '', 'exit 0'];
const ifs: DiffCase[] = IFOPTS.flatMap((o) => IFBLOCKS.flatMap((b) => [P(st(`if ${o.map(q).join(' ')} { ${b} } echo y`)), P(st(`if ${o.map(q).join(' ')} { ${b} }`))]));

const BTOPTS = [[], ['-i'], ['-I'], ['-x'], ['-D', 'dflt'], ['-D', ''], ['-n'], ['-N'], ['-E'], ['-e'], ['-in'], ['-IN'], ['-xn'], ['-D', 'd', '-N'], ['-i', '-D', 'd'], ['-D', 'd', '-I'], ['-x', '-I'], ['-I', '-x'], ['-EI'], ['-Ex'], ['-ED', 'd']];
const BTBODIES = ['printf ab', 'printf "a\\n"', 'printf "a\\n\\n"', 'printf ""', 'printf "\\n"', 'printf "a\\0b"', 'printf "a\\0b"; exit 3', 'exit 3', 'printf x; exit 3', 'printf "a b\\r\\n"', 'kill -TERM $$', 'printf "\\0"'];
const ENVDUMP2 = 'pipeline { env } pipeline { grep -v -e ^PATH= -e ^!= } sort';
const captures: DiffCase[] = BTOPTS.flatMap((o) => BTBODIES.flatMap((b) => [
  P(st(`backtick ${o.map(q).join(' ')} V { sh -c ${q(b)} } ${ENVDUMP}`)),
  ...(o.includes('-x') ? [] : [P(st(`withstdinas ${o.map(q).join(' ')} V ${ENVDUMP2}`), { stdin: '' }), P(st(`pipeline { sh -c ${q(b)} } withstdinas ${o.map(q).join(' ')} V ${ENVDUMP2}`))]),
]));

const UNSORTED = 'pipeline { env } grep -v -e ^PATH= -e ^!=';
const envorder: DiffCase[] = [
  'export A 1 export B 2 export A 3 ' + UNSORTED, 'export A 1 export B 2 export C 3 importas -u A A ' + UNSORTED, 'export A 1 export B 2 export C 3 unexport A ' + UNSORTED,
  'export A 1 export B 2 backtick A { echo x } ' + UNSORTED, 'export A 1 export B 2 withstdinas A ' + UNSORTED, 'export A 1 fdreserve 3 ' + UNSORTED,
  'export A 1 pipeline { true } ' + UNSORTED, 'export A 1 execlineb -c "' + UNSORTED + '" x y', 'export A 1 execlineb -p -c "' + UNSORTED + '" x y',
  'export A 1 execlineb -c "execlineb -c \\"' + UNSORTED + '\\" p" x y', 'export # 7 export 1 a export A 1 execlineb -c "' + UNSORTED + '" x',
  'export A 1 export B 2 export C 3 backtick -x A { false } ' + UNSORTED, 'export A 1 export B 2 export C 3 backtick -D d B { false } ' + UNSORTED,
  'export A 1 export B 2 case -N ab { "(a)(b)" { ' + UNSORTED + ' } }', 'export 1 x export A 1 export B 2 case -N ab { "(a)(b)" { ' + UNSORTED + ' } }',
  'export A 1 export B 2 if { true } ' + UNSORTED, 'export A 1 export B 2 export C 3 importas -u B B importas -u A A ' + UNSORTED,
].flatMap((s) => [P(st(s)), P(st(s), { env: { Z: 'z', Y: 'y', A: '0', '#': '2', '1': 'p', '2': 'q' } })]);

const NUMS = ['0', '00', '1', '01', '3', ' 3', '3 ', '+3', '-0', '3x', 'x', '', '4294967295', '4294967296', '4294967299', '2147483648', '99999999999999999999', '1e3', '0x3'];
const numbers: DiffCase[] = NUMS.flatMap((n) => [
  `fdclose ${q(n)} echo ok`, `fdmove ${q(n)} 1 echo ok`, `fdmove 1 ${q(n)} echo ok`, `fdmove -c 2 ${q(n)} echo ok`, `fdswap ${q(n)} 2 echo ok`, `fdreserve ${q(n)} echo ok`,
  `fdblock ${q(n)} echo ok`, `piperw ${q(n)} 7 echo ok`, `redirfd -w ${q(n)} f echo ok`, `heredoc ${q(n)} x echo ok`, `exit ${q(n)}`, `if -x ${q(n)} { false } echo y`,
].map((s) => P(st(s))));

export const families: Record<string, DiffCase[]> = { lexer, options, positionals, subst, fdcmds, pipes, control, blocks, frames, signals, splitting, escapes, io, reserve, posvals, ifs, captures, envorder, numbers };
