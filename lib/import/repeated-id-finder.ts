import type { CellError } from "./import-row";

const INITIAL_CAPACITY = 4_096;

/** 53 bits of two FNV-1a hashes of `text`: the odds that two of a million ids share one are about 1 in 20,000. */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 11) * 2 ** 32 + (b >>> 0);
}

/**
 * Finds the rows of a streamed file that repeat an external id of an earlier row, without keeping the ids: 12 bytes a
 * row (a hash and a line), where a set of a million ids would hold them all. It only ever warns before an import: the
 * import itself checks ids exactly, against the database.
 */
export class RepeatedIdFinder {
  private hashes = new Float64Array(INITIAL_CAPACITY);
  private lines = new Int32Array(INITIAL_CAPACITY);
  private size = 0;

  add(id: string, line: number): void {
    if (this.size === this.hashes.length) {
      const hashes = new Float64Array(this.size * 2);
      hashes.set(this.hashes);
      const lines = new Int32Array(this.size * 2);
      lines.set(this.lines);
      this.hashes = hashes;
      this.lines = lines;
    }
    this.hashes[this.size] = hash53(id);
    this.lines[this.size] = line;
    this.size++;
  }

  /** A problem on each row whose id an earlier row has, naming that row's line; in line order. */
  errors(column: string): CellError[] {
    const order = Array.from({ length: this.size }, (_, index) => index);
    order.sort((a, b) => this.hashes[a]! - this.hashes[b]! || this.lines[a]! - this.lines[b]!);
    const errors: CellError[] = [];
    let first = 0;
    for (let at = 1; at < order.length; at++) {
      if (this.hashes[order[at]!] !== this.hashes[order[first]!]) {
        first = at;
        continue;
      }
      errors.push({ line: this.lines[order[at]!]!, column, message: `This row's id is already used on line ${this.lines[order[first]!]!}; each event needs its own.` });
    }
    return errors.sort((a, b) => a.line - b.line);
  }
}
