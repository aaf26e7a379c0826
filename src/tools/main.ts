#!/usr/bin/env node
// Entry of dist/tools.cjs, the `execline` front door: a thin commander
// dispatcher; each subcommand lives in its own file and is loaded on use.
import { Command } from 'commander';

const program = new Command();
program.name('execline').description('execline-ts tools').showHelpAfterError();

program
  .command('install')
  .description('lay the bundles, the command shims and the s6-overlay rootfs into a root directory')
  .requiredOption('--prefix <dir>', 'root directory to install into (e.g. / in a Dockerfile)')
  .option('--force', 'also replace native s6 programs that have the same names as ours', false)
  .option('--no-rootfs', 'do not install the s6-overlay tree (/init, /etc/s6, ...)')
  .option('--node <path>', 'the Node.js the installed commands run with (default: the one running this)')
  .option('--node-option <option>', "the one option Node gets on the commands' #! line ('' for none; default: a fixed --random-seed, see docs/ARCHITECTURE.md)")
  .action(async (opts) => {
    const { install } = await import('./install');
    process.exitCode = install({
      prefix: opts.prefix, force: !!opts.force, rootfs: opts.rootfs !== false, node: opts.node, nodeOption: opts.nodeOption,
    });
  });

program.parseAsync(process.argv).catch((e: Error) => {
  process.stderr.write(`execline: fatal: ${e.message}\n`);
  process.exitCode = 111;
});
