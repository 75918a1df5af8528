import { Resvg } from '@resvg/resvg-js';
import { standaloneSvg } from './line-chart.js';

/**
 * A chart as PNG for Word, rendered by resvg (no browser). Fonts come from the system (Arial's
 * metric twin Liberation Sans, or DejaVu Sans, is what Debian has); twice the drawn size, so the
 * image stays sharp when printed.
 */
export function chartPng(svg: string, scale = 2): Buffer {
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 640);
  const r = new Resvg(standaloneSvg(svg), {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return r.render().asPng();
}
