/** Fixed-bin histogram of scores in [0, 1]: constant memory, cheap quantiles. */
export class Histogram {
  readonly bins = new Float64Array(100);
  count = 0;

  setBin(i: number, n: number): void {
    this.count += n - this.bins[i];
    this.bins[i] = n;
  }

  add(x: number): void {
    this.bins[Math.min(99, Math.max(0, Math.floor(x * 100)))] += 1;
    this.count += 1;
  }

  quantile(q: number): number {
    let seen = 0;
    for (let i = 0; i < 100; i++) {
      seen += this.bins[i];
      if (seen >= q * this.count) return (i + 1) / 100;
    }
    return 1;
  }
}
