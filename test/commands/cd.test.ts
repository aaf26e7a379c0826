// cd (spec §4, §10.5): stdout, stderr and status recorded from native execline
// 2.9.3.0, checked on ours and (when installed) on native.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tableSuite } from './_table';
import { NATIVE, SHIMS, hasNative, runIn, tmpdir } from '../helpers';

tableSuite("cd", [
  {"script":"cd /nonexistent pwd","stdout":"","stderr":"execline-cd: fatal: unable to chdir to /nonexistent: No such file or directory\n","status":111},
  {"script":"cd /tmp","stdout":"","stderr":"execline-cd: usage: cd path prog...\n","status":100},
  {"script":"cd","stdout":"","stderr":"execline-cd: usage: cd path prog...\n","status":100},
  {"script":"cd /tmp pwd","stdout":"/tmp\n","stderr":"","status":0},
  {"script":"execline-cd /tmp pwd","stdout":"/tmp\n","stderr":"","status":0},
  {"script":"cd g getcwd -E D sh -c \"basename $1\" x $D","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"g\n","stderr":"","status":0},
  {"script":"cd \"\" pwd","stdout":"","stderr":"execline-cd: fatal: unable to chdir to : No such file or directory\n","status":111},
  {"script":"cd -- pwd","stdout":"","stderr":"execline-cd: fatal: unable to chdir to --: No such file or directory\n","status":111},
  {"script":"cd f pwd","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"","stderr":"execline-cd: fatal: unable to chdir to f: Not a directory\n","status":111},
  {"script":"foreground { cd g sh -c \"basename $(pwd)\" } sh -c \"test -d g && echo back-in-top\"","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"g\nback-in-top\n","stderr":"","status":0},
  {"script":"export PWD /nowhere cd g printenv PWD","files":{"real/x/":"","g/":"","gg/":"","x/gg/":"","f":"file"},"stdout":"/nowhere\n","stderr":"","status":0},
]);

// A directory name that is not UTF-8 text: its bytes reach chdir(2), and getcwd gives them back.

const bytes = suite('cd with bytes');
for (const [who, bin] of [['ours', SHIMS], ['native', NATIVE]] as const) {
  if (who === 'native' && !hasNative) continue;
  bytes(`${who}: cd into a\\xe9b, then getcwd`, () => {
    const dir = tmpdir('elts-cd-');
    fs.mkdirSync(Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x61, 0xe9, 0x62])]));
    fs.writeFileSync(path.join(dir, 'script'), 'cd a\xe9b getcwd X importas -u X X printf %s ${X}', 'latin1');
    const r = runIn(bin, ['execlineb', '-P', 'script'], { cwd: dir });
    assert.is(r.stderr, '');
    assert.is(r.stdout, `${dir}/a\xe9b`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
bytes.run();
