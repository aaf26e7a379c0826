// multidefine: split a value and give each word to one key (spec §4).
import { directiveCommand } from '../interp/substitution';
import { multidefine } from '../interp/directives';

export default directiveCommand(
  multidefine,
  'multidefine [ -0 ] [ -r ] [ -N | -n ] [ -C | -c ] [ -d delim ] value { vars... } prog...',
);
