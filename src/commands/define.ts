// define: substitute one key with a literal value (spec §3, define).
import { directiveCommand } from '../interp/substitution';
import { define } from '../interp/directives';

export default directiveCommand(define, 'define [ -N | -n ] [ -s ] [ -C | -c ] [ -d delim ] key value prog...');
