import { tableSuite } from './_table';

const BYTES = Buffer.from([0x61, 0, 0x62, 0xff, 0x0a, 0x09, 0x74, 0x0d, 0x0a, 0x7a]);
const big = Array.from({ length: 50000 }, (_, i) => `${i}\n`).join('');
tableSuite('s6-cat', [
  { argv: ['s6-cat'], stdin: BYTES, stdout: BYTES.toString('latin1') },
  { argv: ['s6-cat'], stdin: '', stdout: '' },
  { argv: ['s6-cat', 'ignored'], stdin: 'x', stdout: 'x' },
  { argv: ['s6-cat'], stdin: big, stdout: big },
  { name: 'a closed pipe: killed by SIGPIPE, silently', argv: ['bash', '-c', 's6-seq 1000000 | s6-cat | head -1; echo "${PIPESTATUS[1]}"'], stdout: '1\n141\n' },
  { argv: ['sh', '-c', 'echo x | s6-cat > /dev/full'], stderr: 's6-cat: fatal: unable to fd_cat: No space left on device\n', status: 111 },
]);
