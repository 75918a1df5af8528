import type { MeasureValue } from '../measures/engine.js';

/** A figure as a person reads it: 91.3%, 1,204, 16.2. */
export function formatValue(m: Pick<MeasureValue, 'kind' | 'value'>): string {
  if (m.value === null) return '–';
  switch (m.kind) {
    case 'percent':
      return `${m.value.toFixed(1)}%`;
    case 'mean':
    case 'rate':
      return m.value.toFixed(1);
    default:
      return m.value.toLocaleString('en-GB');
  }
}

export function formatCount(n: number | null): string {
  return n === null ? '' : n.toLocaleString('en-GB');
}
