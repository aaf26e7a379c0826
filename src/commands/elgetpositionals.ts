// elgetpositionals: substitute #, 0, 1.., @ from the environment (spec §4).
import { directiveCommand } from '../interp/substitution';
import { elgetpositionals } from '../interp/directives';

export default directiveCommand(elgetpositionals, 'elgetpositionals [ -P num ] prog...');
