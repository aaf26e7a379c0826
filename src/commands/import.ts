// import: the legacy command (execline ≤ 2.4, spec §5): `import VAR` is
// `importas VAR VAR`. Kept to run old scripts; no obsolescence warning.
import { directiveCommand } from '../interp/substitution';
import { importDirective } from '../interp/directives';

export default directiveCommand(
  importDirective,
  'import [ -i | -D default ] [ -u ] [ -n ] [ -s ] [ -C | -c ] [ -d delim ] var prog...',
);
