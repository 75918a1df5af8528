import { Command } from 'commander';
import { textTable } from '../../publish/text-table.js';
import { CASELOAD_BANDS, type CaseloadSummary, caseloadReport, workforceReport } from '../../scorecard/caseloads.js';
import { pointFor } from '../../scorecard/scorecard.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

const n = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-GB'));
const bands = (s: CaseloadSummary) => s.distribution.map((d) => String(d));

export function caseloadsCommand(io: Io): Command {
  return new Command('caseloads')
    .description('caseloads by team and worker (Annex A allocations), Cases30 and posts by type (workforce census), establishment by team')
    .option('--as-at <date>', 'as-at date D (YYYY-MM-DD); default: the latest extract')
    .option('--team <team>', 'only this team')
    .option('--workers', 'list every worker with their caseload')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts: { asAt?: string; team?: string; workers?: boolean; format: string }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const { point } = await pointFor(store.db, opts.asAt);
        const caseloads = await caseloadReport(store.db, point, opts.team ? { team: opts.team } : {});
        const workforce = await workforceReport(store.db, point);
        if (opts.format === 'json') {
          io.out(json({ asAt: point.asAt, bands: CASELOAD_BANDS.map((b) => b.label), caseloads, workforce }));
          return;
        }
        const o = caseloads.overall;
        const out = [
          `Caseloads as at ${point.asAt} (allocations in Annex A lists 6–9)`,
          `${n(o.workers)} workers hold ${n(o.children)} children: mean ${n(o.mean)}, range ${n(o.min)}–${n(o.max)}`,
          '',
          textTable(
            [{ header: 'Team' }, { header: 'Workers', align: 'right' }, { header: 'Children', align: 'right' }, { header: 'Mean', align: 'right' }, { header: 'Min', align: 'right' }, { header: 'Max', align: 'right' }, ...CASELOAD_BANDS.map((b) => ({ header: b.label, align: 'right' as const }))],
            [...caseloads.teams.map((t) => [t.team ?? '(no team)', n(t.workers), n(t.children), n(t.mean), n(t.min), n(t.max), ...bands(t)]), ['All teams', n(o.workers), n(o.children), n(o.mean), n(o.min), n(o.max), ...bands(o)]],
          ),
        ];
        if (opts.workers) {
          out.push('', textTable([{ header: 'Worker' }, { header: 'Team' }, { header: 'Children', align: 'right' }], caseloads.workers.map((w) => [w.worker, w.team ?? '', n(w.children)])));
        }
        if (workforce.census) {
          out.push('', `Workforce census as at ${workforce.census.referenceDate} (extract ${workforce.census.extractId}): vacancies ${n(workforce.census.vacanciesFte)} FTE, agency ${n(workforce.census.agencyFte)} FTE`);
          out.push(textTable(
            [{ header: 'Post' }, { header: 'Headcount', align: 'right' }, { header: 'FTE', align: 'right' }, { header: 'Agency', align: 'right' }, { header: 'Agency FTE', align: 'right' }, { header: 'Cases30 mean', align: 'right' }, { header: 'range', align: 'right' }],
            workforce.byPost.map((p) => [p.role, n(p.headcount), n(p.fte), n(p.agencyHeadcount), n(p.agencyFte), n(p.casesMean), p.casesMin === null ? '' : `${p.casesMin}–${p.casesMax}`]),
          ));
          if (workforce.cases30) out.push(`Cases30 of case holders by band (${CASELOAD_BANDS.map((b) => b.label).join(', ')}): ${workforce.cases30.distribution.join(', ')}`);
        } else out.push('', 'No workforce census loaded on or before this date (csc-scorecard load workforce FILE.xml).');
        if (workforce.establishment) {
          out.push('', `Establishment as at ${workforce.establishment.asAt} (extract ${workforce.establishment.extractId})`);
          out.push(textTable(
            [{ header: 'Team' }, { header: 'Funded FTE', align: 'right' }, { header: 'Permanent', align: 'right' }, { header: 'Agency', align: 'right' }, { header: 'Vacant', align: 'right' }],
            workforce.establishment.teams.map((t) => [t.team ?? '(no team)', n(t.funded), n(t.permanent), n(t.agency), n(t.vacant)]),
          ));
        } else out.push('', 'No establishment file loaded on or before this date (csc-scorecard load local establishment FILE.csv).');
        io.out(out.join('\n'));
      });
    });
}
