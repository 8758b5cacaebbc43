/** A small seeded PRNG (mulberry32): a failing fuzz run replays exactly from its seed. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T | undefined {
    return values.length === 0 ? undefined : values[this.int(values.length)];
  }

  word(): string {
    const words = ['mot', 'de', 'passe', 'CAF', 'rdv', 'aide', 'été', 'café', '😀', 'ça', 'va', ' ', '\n'];
    return words[this.int(words.length)] as string;
  }
}
