import { RAG_WORDS, longDate } from '../scorecard-labels.js';
import type { PackModel } from './pack-model.js';
import { WITHHELD_TEXT, movementText } from './pack-text.js';

type Facts = Omit<PackModel, 'keyConsiderations'>;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * The cover report's key considerations written from the figures, as numbered paragraphs an
 * officer would otherwise type: the ratings, what changed, the red measures, the movements, and
 * how complete the data is. Only the model's (already suppressed) figures are used.
 */
export function keyConsiderations(f: Facts): string[] {
  const title = (id: string) => f.measures.get(id)?.title ?? id;
  const rated = f.ragCounts.red + f.ragCounts.amber + f.ragCounts.green;
  const out: string[] = [];
  out.push(
    `As at ${longDate(f.asAt)}, ${plural(rated, 'measure has', 'measures have')} a target and a rating: ${f.ragCounts.red} red, ${f.ragCounts.amber} amber and ${f.ragCounts.green} green.` +
      (f.ragCounts.withheld
        ? f.ragCounts.withheld === 1
          ? ' The rating of 1 measure is not shown because its figure is withheld to protect small numbers.'
          : ` The ratings of ${f.ragCounts.withheld} measures are not shown because their figures are withheld to protect small numbers.`
        : ''),
  );
  if (f.previousAsAt) {
    out.push(
      f.ragChanges.length
        ? `Since ${longDate(f.previousAsAt)}, ${plural(f.ragChanges.length, 'measure has', 'measures have')} changed rating: ${list(f.ragChanges.map((c) => `${title(c.id)} (${RAG_WORDS[c.from]} to ${RAG_WORDS[c.to]})`))}.`
        : `No measure has changed rating since ${longDate(f.previousAsAt)}.`,
    );
  }
  out.push(
    f.red.length
      ? `The measures rated red are ${list(f.red.map(title))}. The executive summary gives each with the service’s commentary: the area of focus, the response and the latest update.`
      : 'No measure is rated red this month.',
  );
  if (f.movements.length) {
    out.push(
      `The largest movements since last month were in ${list(f.movements.map((m) => `${title(m.id)} (${movementText(m)}, ${m.improving ? 'improving' : 'worsening'})`))}.`,
    );
  }
  const t = f.quality.totals;
  const n = (c: (typeof t)['error']) => (c.withheld ? WITHHELD_TEXT[c.withheld] : (c.n ?? 0).toLocaleString('en-GB'));
  out.push(
    `The figures are computed by csc-scorecard from the extracts listed in the appendix, so they are the figures of the performance dashboard. The latest extract has ${n(t.error)} data-quality errors and ${n(t.warning)} warnings; the appendix summarises them.`,
  );
  return out;
}
