// importas: substitute a key with the value of an environment variable (spec §4).
import { directiveCommand } from '../interp/substitution';
import { importas } from '../interp/directives';

export default directiveCommand(
  importas,
  'importas [ -i | -D default ] [ -u ] [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key var prog...',
);
