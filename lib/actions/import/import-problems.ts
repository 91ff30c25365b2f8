import type { CellError } from "@/lib/import/import-row";

/** How many of a refused import's problems its answer lists; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 1_000;

/**
 * The problems an import finds, gathered as its rows stream in: every one counted, the first `maxListed` (by line)
 * kept, so a file of a million bad rows is refused with a list a person can read and no memory to match.
 */
export class ImportProblems {
  count = 0;
  private listed: CellError[] = [];

  constructor(private readonly maxListed = MAX_LISTED_PROBLEMS) {}

  add(errors: readonly CellError[]): void {
    if (errors.length === 0) return;
    this.count += errors.length;
    this.listed.push(...errors);
    if (this.listed.length > 2 * this.maxListed) this.trim();
  }

  /** The problems to list, in line order. */
  list(): CellError[] {
    this.trim();
    return this.listed.slice();
  }

  /** "3 problems in the file", "1,234 problems in the file (the first 1,000 listed)". */
  describe(): string {
    const many = this.count > this.maxListed ? ` (the first ${this.maxListed.toLocaleString("en-GB")} listed)` : "";
    return `${this.count.toLocaleString("en-GB")} problem${this.count === 1 ? "" : "s"} in the file${many}`;
  }

  private trim(): void {
    this.listed.sort((a, b) => a.line - b.line);
    this.listed.length = Math.min(this.listed.length, this.maxListed);
  }
}
