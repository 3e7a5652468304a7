import { benchmarkLegend } from './benchmark-legend';

describe(benchmarkLegend.name, () => {
  it('names the assumed (dashed) benchmark only when a row has one', () => {
    expect(
      benchmarkLegend([{ assumed: false }, { assumed: true }]).map(
        (i) => i.key,
      ),
    ).toEqual(['rate', 'benchmark', 'assumed']);
    expect(benchmarkLegend([{ assumed: false }]).map((i) => i.key)).toEqual([
      'rate',
      'benchmark',
    ]);
  });

  it('draws the benchmark as a line and the assumed one dashed', () => {
    const [, benchmark, assumed] = benchmarkLegend([{ assumed: true }]);
    expect(benchmark).toMatchObject({ label: 'Benchmark', shape: 'line' });
    expect(assumed).toMatchObject({
      label: 'Assumed benchmark',
      shape: 'dashed',
    });
  });
});
