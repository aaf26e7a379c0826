import { tableSuite, usage, PCase } from './_table';

const U = usage('s6-chmod', 's6-chmod mode file');
const modes: [string, string][] = [
  ['0755', '755'], ['644', '644'], ['2700', '2700'], ['4755', '4755'], ['1777', '1777'], ['0', '0'],
  ['7777', '7777'], ['00000600', '600'], ['17777', '7777'], ['10640', '640'],
];
tableSuite('s6-chmod', [
  ...modes.map(([m, want]): PCase => ({ setup: 'touch f', argv: ['s6-chmod', m, 'f'], check: "stat -c '%a' f", state: want + '\n' })),
  { name: 'extra operands are ignored', setup: 'touch f g', argv: ['s6-chmod', '600', 'f', 'g'], check: "stat -c '%a' f g", state: '600\n644\n' },
  ...['u+x', '0888', '8', '', '755x', '-755', ' 755'].map((m): PCase => ({ setup: 'touch f', argv: ['s6-chmod', m, 'f'], stderr: U, status: 100, check: "stat -c '%a' f", state: '644\n' })),
  { argv: ['s6-chmod', '644'], stderr: U, status: 100 },
  { argv: ['s6-chmod', '644', 'nope'], stderr: 's6-chmod: fatal: unable to change mode of nope: No such file or directory\n', status: 111 },
]);
