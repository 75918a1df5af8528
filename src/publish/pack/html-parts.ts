import type { Commentary } from '../../scorecard/commentary.js';
import type { Rag } from '../../scorecard/targets.js';
import { escapeHtml as e } from '../escape-html.js';
import { RAG_WORDS, directionWords, longDate } from '../scorecard-labels.js';
import type { PackMeasure } from './pack-model.js';
import { WITHHELD_TEXT, countText, valueText } from './pack-text.js';
import type { ShownCell } from './shown-figure.js';

/** Pieces of HTML the pack's sections share. Every text from data or people is escaped here. */
export function ragBadge(rag: Rag | null): string {
  return rag ? `<span class="rag rag-${rag}">${RAG_WORDS[rag]}</span>` : '';
}

/** The RAG cell: the badge; "[c]" when a rated figure is withheld; nothing when unrated. */
export function ragCell(m: PackMeasure): string {
  if (m.rag) return ragBadge(m.rag);
  const rated = m.polarity !== 'context' && (m.targets.minimum !== null || m.targets.upper !== null);
  return rated && m.figure.value.withheld ? e(WITHHELD_TEXT.derived) : '';
}

/** A count cell carries `data-count`, so tests can find every count a pack prints. */
export function countTd(c: ShownCell, extra = ''): string {
  return `<td class="num${extra ? ` ${extra}` : ''}" data-count>${e(countText(c))}</td>`;
}

export function valueTd(m: Pick<PackMeasure, 'kind'>, c: ShownCell, extra = ''): string {
  const count = m.kind === 'count' ? ' data-count' : '';
  return `<td class="num${extra ? ` ${extra}` : ''}"${count}>${e(valueText(m.kind, c))}</td>`;
}

export function directionHtml(m: PackMeasure): string {
  const d = directionWords(m);
  if (!d) return '';
  return `<span class="dir-${e(d.word)}"><span aria-hidden="true">${d.arrow}</span> ${e(d.word)}</span>`;
}

export function commentaryHtml(c: Commentary | null): string {
  if (!c) return '<p class="muted">No commentary was entered for this month.</p>';
  return `<div class="commentary">
<dl>
<dt>Area of focus</dt><dd>${e(c.areaOfFocus) || '–'}</dd>
<dt>→ Response</dt><dd>${e(c.response) || '–'}</dd>
<dt>→ Update</dt><dd>${e(c.update) || '–'}</dd>
</dl>
<p class="byline">${e(c.author)}, ${e(longDate(c.writtenOn))}</p>
</div>`;
}
