// s6-envdir against native s6 2.11.3.2 (over skalibs 2.13.1.1).
import { nativeSuite, S6Case } from './_native';

const FILES: Record<string, string> = {
  'e/A': 'hello', 'e/B': 'world\n', 'e/C': 'first  \t\r\nsecond\n', 'e/D': '', 'e/E': '\n',
  'e/.F': 'hidden', 'e/G=H': 'eq', 'e/I': '  lead\n', 'e/N': 'x\0y\n', 'e/S': '   \n', 'e/T': '\t x \t',
  'e/M': 'a\nb', 'e/Z': 'two  ',
};
const BIG = { 'big/V': 'v'.repeat(5000) + '\n', 'big/W': 'w'.repeat(4094) + ' \n' };
const c = (argv: string[], extra: Partial<S6Case> = {}): S6Case => ({ argv, files: FILES, env: { D: 'old', F: 'keep' }, ...extra });
const SHOW = ['env'];

nativeSuite('s6-envdir', [
  c(['s6-envdir', 'e', ...SHOW]),
  c(['s6-envdir', '-n', 'e', ...SHOW]),
  c(['s6-envdir', '-f', 'e', ...SHOW]),
  c(['s6-envdir', '-fn', 'e', ...SHOW]),
  c(['s6-envdir', '-L', 'e', ...SHOW]),
  c(['s6-envdir', '-Ln', 'e', ...SHOW]),
  c(['s6-envdir', '-Lf', 'e', ...SHOW]),
  c(['s6-envdir', '-Lfn', 'e', ...SHOW]),
  c(['s6-envdir', '-c', ':', 'e', ...SHOW]),
  c(['s6-envdir', '-c', 'xyz', '-f', 'e', ...SHOW]),
  c(['s6-envdir', 'big', ...SHOW], { files: BIG }),
  c(['s6-envdir', '-L', 'big', ...SHOW], { files: BIG }),
  c(['s6-envdir', '-f', 'big', ...SHOW], { files: BIG }),
  // a PATH file changes the environment, not the lookup of the program
  c(['s6-envdir', 'p', 'env'], { files: { 'p/PATH': '/nonexistent\n' } }),
  c(['s6-envdir', 'empty', ...SHOW], { files: { 'empty/': '' } }),
  // errors
  c(['s6-envdir', '-c', '', 'e', 'true']),
  c(['s6-envdir', '-I', '-c', '', 'nosuchdir', 'true']),
  c(['s6-envdir', 'nosuchdir', 'true']),
  c(['s6-envdir', '-I', 'nosuchdir', ...SHOW]),
  c(['s6-envdir', '-I', '-i', 'nosuchdir', 'true']),
  c(['s6-envdir', '-i', '-I', 'nosuchdir', 'true']),
  c(['s6-envdir', '-I', 'e/A', 'true']),
  c(['s6-envdir', 'sub', 'true'], { files: { 'sub/x/': '', 'sub/A': 'v' } }),
  c(['s6-envdir', '-I', 'sub', 'true'], { files: { 'sub/x/': '', 'sub/A': 'v' } }),
  c(['s6-envdir', 'dangling', 'true'], { files: { 'dangling/A': 'a' }, links: { 'dangling/B': 'nowhere' } }),
  c(['s6-envdir', 'viaLink', ...SHOW], { files: { 'real/A': 'a\n' }, links: { viaLink: 'real', 'real/B': 'A' } }),
  c(['s6-envdir']),
  c(['s6-envdir', 'e']),
  c(['s6-envdir', '-x', 'e', 'true']),
  c(['s6-envdir', '-c']),
  c(['s6-envdir', 'e', 'nonexistent-prog-xyz']),
  c(['s6-envdir', 'e', '/etc']),
]);
