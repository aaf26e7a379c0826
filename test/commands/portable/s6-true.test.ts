import { tableSuite } from './_table';

tableSuite('s6-true', [
  { argv: ['s6-true'], stdout: '' },
  { argv: ['s6-true', 'ignored', '-x', '--help'], stdout: '' },
  { argv: ['sh', '-c', 'exec s6-true <&- >&-'], stdout: '' },
]);
