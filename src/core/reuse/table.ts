// Band key -> articles, in flat typed arrays: tens of millions of keys without a JS object per key
// (a Map of boxed 52-bit numbers costs several times the memory and stalls on GC at 100k articles).

/**
 * Open-addressing hash table from a 52-bit key to at most `cap` member ids (the first to arrive).
 * Keys shared by more articles than that are stock phrases or mass syndication: later articles are
 * still compared with the first `cap` holders but are not stored, which bounds the work per key.
 */
export class PostingTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private head: Int32Array;
  private count: Uint16Array;
  private next: Int32Array;
  private member: Int32Array;
  private postings = 0;
  private entries = 0;

  constructor(
    private readonly cap: number,
    expectedKeys = 0,
  ) {
    let slots = 1 << 16;
    while (slots * 7 < expectedKeys * 10) slots *= 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.head = new Int32Array(slots).fill(-1);
    this.count = new Uint16Array(slots);
    this.next = new Int32Array(slots);
    this.member = new Int32Array(slots);
  }

  get size(): number {
    return this.entries;
  }

  /** Slot holding key, or the empty slot where it would go. */
  private slot(hiTag: number, lo: number): number {
    const mask = this.hi.length - 1;
    let s = lo & mask;
    while (this.hi[s] !== 0 && (this.hi[s] !== hiTag || this.lo[s] !== lo)) s = (s + 1) & mask;
    return s;
  }

  /** Appends every member stored under key to `into`. */
  collect(key: number, into: number[]): void {
    const s = this.slot(Math.floor(key / 0x100000000) + 1, key >>> 0);
    for (let p = this.head[s]; p >= 0; p = this.next[p]) into.push(this.member[p]);
  }

  add(key: number, member: number): void {
    const hiTag = Math.floor(key / 0x100000000) + 1;
    const lo = key >>> 0;
    let s = this.slot(hiTag, lo);
    if (this.hi[s] === 0) {
      if ((this.entries + 1) * 10 > this.hi.length * 7) {
        this.grow();
        s = this.slot(hiTag, lo);
      }
      this.hi[s] = hiTag;
      this.lo[s] = lo;
      this.entries++;
    }
    if (this.count[s] >= this.cap) return;
    if (this.postings === this.member.length) {
      const bigger = this.member.length * 2;
      this.member = copyInto(new Int32Array(bigger), this.member);
      this.next = copyInto(new Int32Array(bigger), this.next);
    }
    const p = this.postings++;
    this.member[p] = member;
    this.next[p] = this.head[s];
    this.head[s] = p;
    this.count[s]++;
  }

  private grow(): void {
    const { hi, lo, head, count } = this;
    const slots = hi.length * 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.head = new Int32Array(slots).fill(-1);
    this.count = new Uint16Array(slots);
    for (let s = 0; s < hi.length; s++) {
      if (hi[s] === 0) continue;
      const t = this.slot(hi[s], lo[s]);
      this.hi[t] = hi[s];
      this.lo[t] = lo[s];
      this.head[t] = head[s];
      this.count[t] = count[s];
    }
  }
}

function copyInto(target: Int32Array, source: Int32Array): Int32Array {
  target.set(source);
  return target;
}
