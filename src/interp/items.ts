// Incremental item reader for forstdin: delimiter-separated items or
// netstrings, read from a real fd through one fixed 8 KiB buffer (the size of
// skalibs' buffer_0), so memory stays bounded by the largest single item.
import * as os from 'node:os';
import { readSome } from '../runtime/io';
import { E } from '../runtime/errno';

export const BUFSIZE = 8192;
/** skalibs SIZE_FMT on 64-bit: the longest netstring header it looks at. */
const SIZE_FMT = 21;

/** A read failure, carrying the errno (what the native fatal message reports). */
export class ItemError {
  constructor(public readonly errno: number) {}
}

export interface Item {
  /** the bytes of the item, delimiter included when it had one */
  text: string;
  /** false: the input ended before a delimiter */
  terminated: boolean;
}

export class ItemReader {
  private buf = Buffer.allocUnsafe(BUFSIZE);
  private start = 0;
  private end = 0;
  private eof = false;
  private readonly isDelim = new Uint8Array(256);
  private readonly single: number;

  /** fd undefined: a closed descriptor (reads fail with EBADF). delims: a byte string. */
  constructor(private readonly fd: number | undefined, delims: string) {
    for (let i = 0; i < delims.length; i++) this.isDelim[delims.charCodeAt(i) & 255] = 1;
    this.single = delims.length === 1 ? delims.charCodeAt(0) & 255 : -1;
  }

  /** Refill the buffer (moving what is left to the front). Returns false at EOF. */
  private fill(): boolean {
    if (this.eof) return false;
    if (this.fd === undefined) throw new ItemError(E.EBADF);
    if (this.start > 0) {
      this.buf.copy(this.buf, 0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    let n: number;
    try {
      // skalibs' circular buffer keeps one byte free: at most 8191 bytes are held
      n = readSome(this.fd, this.buf, this.end, BUFSIZE - 1 - this.end);
    } catch (e) {
      const errno = (e as { errno?: number }).errno;
      throw new ItemError(typeof errno === 'number' ? Math.abs(errno) : E.EIO);
    }
    if (n === 0) { this.eof = true; return false; }
    this.end += n;
    return true;
  }

  private findDelim(): number {
    if (this.single >= 0) {
      const i = this.buf.indexOf(this.single, this.start);
      return i >= 0 && i < this.end ? i : -1;
    }
    for (let i = this.start; i < this.end; i++) if (this.isDelim[this.buf[i]]) return i;
    return -1;
  }

  /** The next delimited item, or null at a clean end of input (skagetlnsep). */
  nextDelimited(): Item | null {
    const parts: string[] = [];
    for (;;) {
      const at = this.start < this.end ? this.findDelim() : -1;
      if (at >= 0) {
        parts.push(this.buf.toString('latin1', this.start, at + 1));
        this.start = at + 1;
        return { text: parts.join(''), terminated: true };
      }
      if (this.start < this.end) {
        parts.push(this.buf.toString('latin1', this.start, this.end));
        this.start = this.end = 0;
      }
      if (!this.fill()) {
        return parts.length ? { text: parts.join(''), terminated: false } : null;
      }
    }
  }

  /**
   * The next netstring's payload, or null at a clean end of input between
   * netstrings (netstring_get + netstring_okeof). Throws ItemError: EPROTO
   * when malformed, EPIPE when the input ends inside one.
   */
  nextNetstring(): string | null {
    // header: digits then ':' within the first SIZE_FMT bytes
    let colon = -1;
    for (;;) {
      const avail = Math.min(this.end - this.start, SIZE_FMT);
      const at = this.buf.subarray(this.start, this.start + avail).indexOf(58);
      if (at >= 0) { colon = at; break; }
      if (avail >= SIZE_FMT) throw new ItemError(E.EPROTO);
      const had = this.end - this.start;
      if (!this.fill()) {
        if (had === 0) return null;
        throw new ItemError(E.EPIPE);
      }
    }
    const digits = this.buf.toString('latin1', this.start, this.start + colon);
    if (colon === 0 || !/^[0-9]+$/.test(digits)) throw new ItemError(E.EPROTO);
    // What skalibs does with absurd lengths: size_t wrap-arounds, then malloc failure.
    const big = BigInt(digits);
    const SIZE_MAX = 18446744073709551615n;
    if (big > SIZE_MAX) throw new ItemError(E.EPROTO); // the scan stops before overflowing
    if (big === SIZE_MAX) throw new ItemError(E.EPROTO); // len + 1 wraps to 0
    if (big === SIZE_MAX - 1n) throw new ItemError(E.ERANGE);
    if (big >= BigInt(os.totalmem())) throw new ItemError(E.ENOMEM);
    const len = Number(big);
    this.start += colon + 1;
    // payload and the trailing ','
    const parts: string[] = [];
    let want = len + 1;
    for (;;) {
      const take = Math.min(want, this.end - this.start);
      if (take > 0) {
        parts.push(this.buf.toString('latin1', this.start, this.start + take));
        this.start += take;
        want -= take;
      }
      if (want === 0) break;
      this.start = this.end = 0;
      if (!this.fill()) throw new ItemError(E.EPIPE);
    }
    const all = parts.join('');
    if (all[all.length - 1] !== ',') throw new ItemError(E.EPROTO);
    return all.slice(0, -1);
  }
}
