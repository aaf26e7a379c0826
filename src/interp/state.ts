// What a running program owns: environment, cwd, umask and descriptors.
// An emulated child (a block run by if/foreground/...) works on a clone.
import { Env } from './env';
import { FdTable } from '../runtime/fds';

export interface State {
  env: Env;
  cwd: string;
  umask: number;
  fds: FdTable;
}

export function cloneState(st: State): State {
  return { env: st.env.clone(), cwd: st.cwd, umask: st.umask, fds: st.fds.clone() };
}
