// The environment as an ordered list of raw "NAME=VALUE" byte strings, with the
// modification rules of skalibs' env_merge (spec §1.8): setting removes the first
// entry of that name and appends; unsetting removes the first entry. As natively,
// only entries with an '=' match, and a removed entry's slot is taken by the last
// entry (so `export A 9` on A=1 B=2 C=3 gives C=3 B=2 A=9).

function nameOf(entry: string): string {
  const i = entry.indexOf('=');
  return i < 0 ? entry : entry.slice(0, i);
}

export class Env {
  constructor(public entries: string[]) {}

  clone(): Env {
    return new Env(this.entries.slice());
  }

  private find(name: string): number {
    const prefix = name + '=';
    for (let i = 0; i < this.entries.length; i++) {
      if (this.entries[i].startsWith(prefix)) return i;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const i = this.find(name);
    return i < 0 ? undefined : this.entries[i].slice(name.length + 1);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Remove entry i the way env_mergen does: the last entry moves into its slot. */
  private removeAt(i: number): void {
    const last = this.entries.pop()!;
    if (i < this.entries.length) this.entries[i] = last;
  }

  set(name: string, value: string): void {
    const i = this.find(name);
    if (i >= 0) this.removeAt(i);
    this.entries.push(`${name}=${value}`);
  }

  unset(name: string): void {
    const i = this.find(name);
    if (i >= 0) this.removeAt(i);
  }

  clear(): void {
    this.entries = [];
  }

  names(): string[] {
    return this.entries.map(nameOf);
  }
}

export { nameOf };
