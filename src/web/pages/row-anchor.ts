/** The id of a row on a child's page, so a data-quality finding can link straight to it. */
export function rowAnchor(extractId: number, sheet: string | null, rowNumber: number | null): string {
  const s = (sheet ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `row-${extractId}-${s || 'file'}-${rowNumber ?? 0}`;
}
