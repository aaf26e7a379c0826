import { tableSuite } from './_table';

tableSuite('s6-sync', [
  { argv: ['s6-sync'], stdout: '' },
  { argv: ['s6-sync', 'extra', '-x'], stdout: '' },
]);
