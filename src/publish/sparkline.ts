const BARS = '▁▂▃▄▅▆▇█';

/** A one-line chart of a trend for the terminal (blank where a point has no value). */
export function textSparkline(values: readonly (number | null)[]): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  return values
    .map((v) => {
      if (v === null) return ' ';
      if (hi === lo) return BARS[3];
      return BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))];
    })
    .join('');
}
