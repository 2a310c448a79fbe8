// Key -> articles, in flat typed arrays: tens of millions of keys without a JS object per key
// (a Map of boxed 52-bit numbers costs several times the memory and stalls on GC at 100k articles).

/** Int32s per slot: the high tag and holder count, the low 32 bits, the first holder, the rest's chain. */
const STRIDE = 4;
/** Holder counts live in the top bits of a slot's first word, above the 22-bit high tag. */
const COUNT_SHIFT = 22;
const TAG_MASK = (1 << COUNT_SHIFT) - 1;
const MAX_CAP = (1 << (32 - COUNT_SHIFT)) - 1;

/**
 * Open-addressing hash table from a 52-bit key to at most `cap` member ids (the first to arrive).
 * Keys shared by more articles than that are stock phrases or mass syndication: later articles are
 * still compared with the first `cap` holders but are not stored, which bounds the work per key.
 * A slot keeps its key, count and first holder together (most keys have one holder), so a lookup
 * touches one cache line: every article looks up and adds about a hundred keys.
 */
export class PostingTable {
  /** STRIDE Int32s per slot; a first word of 0 is an empty slot. */
  private slots: Int32Array;
  /** Holders past the first: [member, next] pairs. */
  private postings: Int32Array;
  private used = 0;
  private entries = 0;

  constructor(
    private readonly cap: number,
    expectedKeys = 0,
  ) {
    if (cap > MAX_CAP) throw new Error(`PostingTable: cap ${cap} above ${MAX_CAP}`);
    let slots = 1 << 16;
    while (slots * 7 < expectedKeys * 10) slots *= 2;
    this.slots = new Int32Array(slots * STRIDE);
    this.postings = new Int32Array(1 << 16);
  }

  get size(): number {
    return this.entries;
  }

  /** Offset of the slot holding key, or of the empty slot where it would go. */
  private slot(tag: number, lo: number): number {
    const s = this.slots;
    const mask = s.length / STRIDE - 1;
    let i = lo & mask;
    for (;;) {
      const o = i * STRIDE;
      const w = s[o];
      if (w === 0 || ((w & TAG_MASK) === tag && s[o + 1] === lo)) return o;
      i = (i + 1) & mask;
    }
  }

  private collectAt(o: number, into: number[]): number {
    const s = this.slots;
    const count = s[o] >>> COUNT_SHIFT;
    if (count === 0) return 0;
    into.push(s[o + 2]);
    for (let p = s[o + 3]; p >= 0; p = this.postings[p + 1]) into.push(this.postings[p]);
    return count;
  }

  /** Appends every member stored under key to `into`; returns how many. */
  collect(key: number, into: number[]): number {
    return this.collectAt(this.slot(Math.floor(key / 0x100000000) + 1, key | 0), into);
  }

  /** Members stored under key (at most the cap they were added with). */
  countOf(key: number): number {
    return this.slots[this.slot(Math.floor(key / 0x100000000) + 1, key | 0)] >>> COUNT_SHIFT;
  }

  /**
   * Adds member under key, unless the key already has `cap` (default: the table's) members;
   * returns how many it had before.
   */
  add(key: number, member: number, cap = this.cap): number {
    return this.addAt(this.place(key), member, cap);
  }

  /**
   * `collect` then `add` in one lookup: appends the members stored under key to `into`, adds
   * member (under `cap`), returns how many there were before.
   */
  take(key: number, member: number, cap: number, into: number[]): number {
    const o = this.place(key);
    this.collectAt(o, into);
    return this.addAt(o, member, cap);
  }

  /** Offset of key's slot, claimed if new (the table grows first when it is too full). */
  private place(key: number): number {
    const tag = Math.floor(key / 0x100000000) + 1;
    const lo = key | 0;
    let o = this.slot(tag, lo);
    if (this.slots[o] === 0) {
      if ((this.entries + 1) * 10 > (this.slots.length / STRIDE) * 7) {
        this.grow();
        o = this.slot(tag, lo);
      }
      this.slots[o] = tag;
      this.slots[o + 1] = lo;
      this.slots[o + 3] = -1;
      this.entries++;
    }
    return o;
  }

  private addAt(o: number, member: number, cap: number): number {
    const s = this.slots;
    const before = s[o] >>> COUNT_SHIFT;
    if (before >= Math.min(cap, MAX_CAP)) return before;
    s[o] = (s[o] & TAG_MASK) | ((before + 1) << COUNT_SHIFT);
    if (before === 0) {
      s[o + 2] = member;
      return 0;
    }
    if (this.used + 2 > this.postings.length) {
      const bigger = new Int32Array(this.postings.length * 2);
      bigger.set(this.postings);
      this.postings = bigger;
    }
    const p = this.used;
    this.used += 2;
    this.postings[p] = member;
    this.postings[p + 1] = s[o + 3];
    s[o + 3] = p;
    return before;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let o = 0; o < old.length; o += STRIDE) {
      if (old[o] === 0) continue;
      const t = this.slot(old[o] & TAG_MASK, old[o + 1]);
      this.slots.set(old.subarray(o, o + STRIDE), t);
    }
  }
}
