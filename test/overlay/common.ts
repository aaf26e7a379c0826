// Expected lines and small helpers shared by the overlay end-to-end tests.
export const FAST = { S6_KILL_GRACETIME: '0' };

export const BOOT_LINES = [
  '[s6-init] making user provided files available at /var/run/s6/etc...exited 0.',
  '[s6-init] ensuring user provided files have correct perms...exited 0.',
  '[fix-attrs.d] applying ownership & permissions fixes...',
  '[fix-attrs.d] done.',
  '[cont-init.d] executing container initialization scripts...',
  '[cont-init.d] done.',
  '[services.d] starting services',
  '[services.d] done.',
];
export const SHUTDOWN_LINES = [
  '[cont-finish.d] executing container finish scripts...',
  '[cont-finish.d] done.',
  '[s6-finish] waiting for services.',
  '[s6-finish] sending all processes the TERM signal.',
  '[s6-finish] sending all processes the KILL signal and exiting.',
];

export const sh = (body: string): string => `#!/bin/sh\n${body}\n`;
export const between = (lines: string[], from: string, to: string): string[] => lines.slice(lines.indexOf(from) + 1, lines.indexOf(to));
export const dump = (c: { stdout: string[]; stderr: string[] }): string => `stdout:\n${c.stdout.join('\n')}\nstderr:\n${c.stderr.join('\n')}`;
