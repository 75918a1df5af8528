import { Command } from 'commander';
import { formatValue } from '../../publish/format.js';
import { textTable } from '../../publish/text-table.js';
import { benchmarksByMeasure } from '../../scorecard/benchmarks.js';
import { loadBenchmarksFile } from '../../scorecard/reference-files.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, withStore } from '../global-options.js';
import type { Io } from '../io.js';

export function benchmarksCommand(io: Io): Command {
  const b = new Command('benchmarks').description('England, statistical-neighbour and regional comparators');
  b.command('load')
    .description('load statistical-neighbour and regional figures from a CSV (measure, benchmark, value, year, source, label)')
    .argument('<file>')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const n = await loadBenchmarksFile(store.db, file, catalogueOf(config));
        io.out(`Loaded ${n} benchmark figure(s) from ${file}`);
      });
    });
  b.command('list')
    .description('the latest benchmark of each kind for every measure that has one')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (o: { format: string }, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const catalogue = catalogueOf(config);
        const of = await benchmarksByMeasure(store.db);
        const rows = catalogue.map((m) => ({ id: m.id, kind: m.kind, ...of(m.id) })).filter((r) => r.england || r.statisticalNeighbours || r.region);
        if (o.format === 'json') {
          io.out(json({ benchmarks: rows.map(({ kind: _k, ...r }) => r) }));
          return;
        }
        const show = (kind: string, v: { value: number; year: string } | null) => (v ? `${formatValue({ kind: kind as 'percent', value: v.value })} (${v.year})` : '');
        io.out(textTable([{ header: 'Measure' }, { header: 'England' }, { header: 'Statistical neighbours' }, { header: 'Region' }], rows.map((r) => [r.id, show(r.kind, r.england), show(r.kind, r.statisticalNeighbours), show(r.kind, r.region)])));
      });
    });
  return b;
}
