/**
 * Frame times for the benchmarks and e2e: the gap between animation frames while measuring, and how
 * long each Konva layer draw took. Off until asked for, so it costs nothing in a workshop.
 */
export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of frames longer than one 60 Hz frame (16.7 ms). */
  over16: number;
  /** Layer draws measured, with their p95 duration in ms. */
  draws: number;
  drawP95: number;
}

export class FrameMeter {
  private gaps: number[] = [];
  private drawTimes: number[] = [];
  private last = 0;
  private handle = 0;
  private running = false;

  start(): void {
    this.gaps = [];
    this.drawTimes = [];
    this.last = performance.now();
    if (this.running) return;
    this.running = true;
    const tick = (time: number) => {
      if (!this.running) return;
      this.gaps.push(time - this.last);
      this.last = time;
      this.handle = requestAnimationFrame(tick);
    };
    this.handle = requestAnimationFrame(tick);
  }

  stop(): void {
    this.running = false;
    cancelAnimationFrame(this.handle);
  }

  noteDraw(ms: number): void {
    if (this.running) this.drawTimes.push(ms);
  }

  stats(): FrameStats {
    const gaps = [...this.gaps].sort((a, b) => a - b);
    const draws = [...this.drawTimes].sort((a, b) => a - b);
    return {
      frames: gaps.length,
      p50: percentile(gaps, 0.5),
      p95: percentile(gaps, 0.95),
      max: gaps.at(-1) ?? 0,
      over16: gaps.length === 0 ? 0 : gaps.filter((gap) => gap > 16.7).length / gaps.length,
      draws: draws.length,
      drawP95: percentile(draws, 0.95),
    };
  }
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}
