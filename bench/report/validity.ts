/** Notes on how far a run can be trusted, computed from the runs themselves. */
import type { BenchResults } from './types';

export function validityNotes(results: BenchResults): string[] {
  const notes: string[] = [];
  const sync = results.sync;
  if (sync) {
    const all = Object.values(sync.runs).flatMap((byServer) => Object.values(byServer).flat());
    const saturated = all.filter((run) => run && run.generatorCpu > 90).length;
    const shared = all.filter((run) => run && run.foreignCpu > 30).length;
    // Results written before the gate have no closes recorded.
    const closed = all.filter((run) => run && Object.keys(run.serverCloses ?? {}).length > 0).length;
    if (closed > 0)
      notes.push(
        `${closed} of ${all.length} sync runs had clients closed by the server (4422: an update the gate refused): those runs lost edits by refusal, not by relay.`,
      );
    if (saturated > 0)
      notes.push(
        `${saturated} of ${all.length} sync runs had a load generator above 90 % CPU: those runs measure the generator, not the server.`,
      );
    if (shared > 0)
      notes.push(
        `${shared} of ${all.length} sync runs shared the machine with other work (other processes above 30 % of a core during the timed window): their absolute times are inflated; ratios within a repetition are less affected.`,
      );
  }
  return notes.length > 0 ? [`## Validity of this run\n${notes.map((note) => `- ${note}`).join('\n')}`] : [];
}
