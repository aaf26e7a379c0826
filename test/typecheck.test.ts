// The whole tree typechecks (tsc --noEmit): commands narrow on ctx.usage()/fatal().
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './helpers';

const t = suite('typecheck');

t('tsc --noEmit reports no error', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', ROOT], { encoding: 'utf8', cwd: ROOT });
  assert.is(r.status, 0, (r.stdout + r.stderr).split('\n').slice(0, 20).join('\n'));
});

t.run();
