// A program that must keep running on Node's event loop (trap: signal
// listeners) throws Detach from its run(); the entry point then awaits it and
// exits with its result. Only valid in a process of its own (Command.ownProcess).
export class Detach {
  constructor(public readonly run: () => Promise<number>) {}
}
