/**
 * Numbers the members of packed lists in the order they are met (0, 1, …), so that a tally can count into arrays. An
 * id (digits only) is found again by its value, without cutting it out of the text; anything else (a country code)
 * by its text.
 */
export class MemberNumbers {
  /** The members, by number. */
  readonly members: string[] = [];
  /** Number + 1 by id, for ids below DENSE_IDS (a Map by id is slower: BENCHMARKS.md, “Figures: timeline lanes”). */
  private byId = new Int32Array(0);
  private readonly byLargeId = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  /** The number of a whole key: a member, or a lane of its own such as NO_LANE_KEY. */
  numberOfKey(key: string): number {
    let id = 0;
    for (let i = 0; i < key.length && id >= 0; i++) {
      const digit = key.charCodeAt(i) - ZERO;
      id = digit >= 0 && digit <= 9 ? id * 10 + digit : -1;
    }
    return this.numberOfSpan(key, 0, key.length, id);
  }

  /** The number of the member spelled by `text` from `from` to `to` (exclusive), whose digits' value is `id` (-1: not all digits). */
  numberOfSpan(text: string, from: number, to: number, id: number): number {
    // Only a canonical number is read as one: "07" is not "7".
    const canonical = id >= 0 && to - from <= MAX_ID_DIGITS && (to - from === 1 || text.charCodeAt(from) !== ZERO);
    if (canonical && id < DENSE_IDS) {
      const known = id < this.byId.length ? this.byId[id]! : 0;
      return known > 0 ? known - 1 : this.add(text.slice(from, to), (n) => (this.growTo(id)[id] = n + 1));
    }
    if (canonical) return this.byLargeId.get(id) ?? this.add(text.slice(from, to), (n) => this.byLargeId.set(id, n));
    const member = text.slice(from, to);
    return this.byText.get(member) ?? this.add(member, (n) => this.byText.set(member, n));
  }

  private growTo(id: number): Int32Array {
    if (id >= this.byId.length) {
      const grown = new Int32Array(Math.min(DENSE_IDS, Math.max(1024, 2 ** Math.ceil(Math.log2(id + 1)))));
      grown.set(this.byId);
      this.byId = grown;
    }
    return this.byId;
  }

  private add(member: string, remember: (n: number) => void): number {
    const n = this.members.push(member) - 1;
    remember(n);
    return n;
  }
}

/**
 * Visits the lists of concatPackedLinksSql's text without building them: `member` with the number of each member
 * (see MemberNumbers), `empty` for each list without one. Lists are separated by ";", members by ","; brackets and
 * quotes around them (SQLite's JSON) are skipped. Members are ids and country codes, which hold none of these. A
 * hand scan in one pass: JSON.parse and a loop, or cutting each member out of the text to find it in a Map by that
 * string, took far longer over a busy member's links (BENCHMARKS.md, “Lanes under a filter” and “Figures: timeline
 * lanes”).
 */
export function visitPackedMembers(text: string, numbers: MemberNumbers, member: (n: number) => void, empty: () => void): void {
  let members = 0;
  // The member being read: from its first character to after its last (wrapping ones left out) and its digits' value.
  let from = -1;
  let to = -1;
  let id = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : LIST_END;
    if (c === MEMBER_END || c === LIST_END) {
      if (from >= 0) {
        member(numbers.numberOfSpan(text, from, to, id));
        members++;
      }
      from = -1;
      id = 0;
      if (c === LIST_END) {
        if (!members) empty();
        members = 0;
      }
    } else if (!isWrapping(c)) {
      if (from < 0) from = i;
      // A wrapping character inside the member (never in ids and codes) keeps it out of the numbers.
      else if (to < i) id = -1;
      to = i + 1;
      const digit = c - ZERO;
      id = id >= 0 && digit >= 0 && digit <= 9 ? id * 10 + digit : -1;
    }
  }
}

const LIST_END = 59; // ;
const MEMBER_END = 44; // ,
const ZERO = 48;
/** Longer runs of digits are kept as text: their value would not be exact. */
const MAX_ID_DIGITS = 15;
const DENSE_IDS = 1 << 22;
const isWrapping = (c: number) => c === 91 || c === 93 || c === 34; // [ ] "
