/** The bench's figures as the console table and lines that bench/RESULTS.md is written from. */
import { QUEUED } from './drain.mjs';

export function printResults(results) {
  const { load, slowNetwork, tapToDurableMs: taps, floorTapToDurableMs: floorTaps } = results;
  const { palaute, floor } = load;
  const enqueued = results.enqueueToDurableMs;
  const f = (x, d = 1) => x.toFixed(d);
  console.log(
    `\nOne NPS question, median of ${results.runs} interleaved loads (${results.chromium}, loopback)`,
  );
  console.log('| measure | floor | Palaute | ratio | goal |\n| --- | --- | --- | --- | --- |');
  console.log(
    `| navigation → scale visible and clickable | ${f(floor.visibleMs)} ms | ${f(palaute.visibleMs)} ms | ${f(results.ratios.visible, 2)}× | ≤ 1.15× |`,
  );
  console.log(
    `| JS heap after GC | ${f(floor.heapBytes / 1e6, 2)} MB | ${f(palaute.heapBytes / 1e6, 2)} MB | ${f(results.ratios.heap, 2)}× | ≤ 1.1× |`,
  );
  console.log(
    `| bytes fetched (gzip, with the HTML) | ${f(floor.bytes / 1024)} KB | ${f(palaute.bytes / 1024)} KB | ${f(results.ratios.bytes, 2)}× | |`,
  );
  const sv = slowNetwork.visibleMs;
  console.log(
    `\nOver a slow network (100 ms latency, 1.6 Mbit/s down), median of ${slowNetwork.runs}: scale visible, floor ${f(sv.floor)} ms, Palaute ${f(sv.palaute)} ms (${f(sv.palaute / sv.floor, 2)}×), Palaute on a Swedish page ${f(sv['palaute-sv'])} ms${
      sv['palaute-preload'] === undefined
        ? ''
        : `, Palaute with its modules preloaded (dist/preload.json) ${f(sv['palaute-preload'])} ms (${f(sv['palaute-preload'] / sv.floor, 2)}×)`
    }`,
  );
  console.log(
    `\nTap → envelope durable in IndexedDB (${taps.n} answers): p50 ${f(taps.p50, 2)} ms, p95 ${f(taps.p95, 2)} ms (goal p50 ≤ 5 ms)`,
  );
  console.log(
    `  the floor, same taps: p50 ${f(floorTaps.p50, 2)} ms, p95 ${f(floorTaps.p95, 2)} ms; Palaute's enqueue() → durable with no tap: p50 ${f(enqueued.p50, 2)} ms, p95 ${f(enqueued.p95, 2)} ms`,
  );
  for (const d of results.drain) {
    console.log(
      `${QUEUED} answers queued offline, CPU ${d.cpuSlowdown}×: drained in ${f(d.drainMs / 1000, 2)} s with ${d.requests} requests; ${d.delivered} delivered, ${d.duplicated} duplicated (goal ≤ 5 s at 1×)`,
    );
  }
}
