// elglob: substitute a key with the matches of a glob(3) pattern (spec §4).
// Without -s the order is glob's unsorted one (directory order), as natively.
import { directiveCommand } from '../interp/substitution';
import { elglob } from '../interp/directives';

export default directiveCommand(elglob, 'elglob [ -v ] [ -w ] [ -s ] [ -m ] [ -e ] [ -0 ] key pattern prog...');
