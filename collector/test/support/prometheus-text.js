/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), for the metrics tests:
 * every line is a HELP, a TYPE, a sample or empty; every sample belongs to a family whose TYPE came
 * first; label values are quoted and escaped; values are numbers; a histogram's buckets rise to
 * +Inf, which equals its _count. Throws naming the line otherwise. Returns the samples.
 */
const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\["\\\\n])*"`;
const SAMPLE = new RegExp(
  `^(${NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*)?,?\\})? ([+-]?(?:\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?|inf|nan))( -?\\d+)?$`,
  // Prometheus reads values with Go's ParseFloat, which takes Inf and NaN in any case.
  'i',
);
/** A sample value or a bucket's `le` as a number: `+Inf` is Infinity, `NaN` (any case) NaN. */
const toNumber = (text) =>
  /^[+-]?inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES = { histogram: ['_bucket', '_sum', '_count'], summary: ['', '_sum', '_count'] };

export function parsePrometheusText(text) {
  if (!text.endsWith('\n')) throw new Error('the exposition should end with a line feed');
  const types = new Map();
  const samples = [];
  text
    .slice(0, -1)
    .split('\n')
    .forEach((line, index) => {
      const where = `line ${index + 1}: ${line}`;
      // The format ignores empty lines; prom-client puts one between families.
      if (line === '') return;
      if (line.startsWith('# HELP ')) {
        if (!new RegExp(`^# HELP ${NAME} `).test(line)) throw new Error(`bad HELP, ${where}`);
        return;
      }
      if (line.startsWith('# TYPE ')) {
        const [, , name, type] = line.split(' ');
        if (!new RegExp(`^${NAME}$`).test(name) || !TYPES.has(type)) throw new Error(`bad TYPE, ${where}`);
        if (types.has(name)) throw new Error(`second TYPE for ${name}, ${where}`);
        types.set(name, type);
        return;
      }
      const match = SAMPLE.exec(line);
      if (!match) throw new Error(`not a sample, ${where}`);
      const [, name, labelText = '', value] = match;
      const family = [...types.keys()].find(
        (family) =>
          family === name || (SUFFIXES[types.get(family)] ?? []).some((suffix) => family + suffix === name),
      );
      if (!family) throw new Error(`sample without a TYPE before it, ${where}`);
      const labels = Object.fromEntries(
        [...labelText.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, v]) => [
          key,
          v,
        ]),
      );
      samples.push({ name, family, type: types.get(family), labels, value: toNumber(value) });
    });
  checkHistograms(samples);
  return samples;
}

function checkHistograms(samples) {
  const series = new Map();
  for (const sample of samples.filter((s) => s.type === 'histogram')) {
    const { le, ...rest } = sample.labels;
    const key = `${sample.family}${JSON.stringify(rest)}`;
    const entry = series.get(key) ?? { buckets: [], count: undefined };
    if (sample.name.endsWith('_bucket')) entry.buckets.push([toNumber(le), sample.value]);
    if (sample.name.endsWith('_count')) entry.count = sample.value;
    series.set(key, entry);
  }
  for (const [key, { buckets, count }] of series) {
    for (let i = 1; i < buckets.length; i++) {
      if (buckets[i][0] <= buckets[i - 1][0] || buckets[i][1] < buckets[i - 1][1]) {
        throw new Error(`${key}: buckets should rise`);
      }
    }
    const last = buckets.at(-1);
    if (!last || last[0] !== Infinity || last[1] !== count)
      throw new Error(`${key}: +Inf should equal _count`);
  }
}

/** The value of the sample named `name` whose labels include `labels`; 0 when there is none. */
export function valueOf(samples, name, labels = {}) {
  const sample = samples.find(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  return sample?.value ?? 0;
}
