import { tableSuite } from './_table';

tableSuite('s6-false', [
  { argv: ['s6-false'], status: 1 },
  { argv: ['s6-false', 'ignored', '-x', '--help'], status: 1 },
]);
