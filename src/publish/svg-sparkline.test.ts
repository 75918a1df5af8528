import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';
import { svgSparkline } from './svg-sparkline.js';

const pts = (values: (number | null)[]) => values.map((value, i) => ({ label: `M${i + 1}`, value }));

describe('svgSparkline', () => {
  it('is an image named by a title that reads every value and target out', () => {
    const svg = svgSparkline(pts([80, null, 90.5]), { title: 'Visits <on time>', format: (v) => `${v.toFixed(1)}%`, minimum: 85, upper: 95 });
    expect(svg).toMatch(/^<svg class="sparkline" role="img" [^>]*><title>Visits &lt;on time&gt;\. M1: 80\.0%; M2: no figure; M3: 90\.5%\. Targets: minimum 85\.0%, upper target 95\.0%\.<\/title>/);
    expect(svg).not.toMatch(/https?:|xmlns|<script|href/);
    expect(svg.match(/<line /g)).toHaveLength(2);
  });

  it('leaves a gap for a missing value instead of drawing it as zero, and marks the last point', () => {
    const svg = svgSparkline(pts([1, 2, null, 3, 4]), { title: 't' });
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(2);
    expect(svg).toMatch(/<circle cx="93" [^>]*r="2.5"/);
  });

  it('draws a lone point as a dot and a flat line in the middle', () => {
    expect(svgSparkline(pts([null, 5, null, null]), { title: 't' })).toMatch(/<circle [^>]*r="1.2"/);
    expect(svgSparkline(pts([7, 7, 7]), { title: 't' })).toContain('M3 12L48 12L93 12');
  });

  it('has only a title when there is nothing to draw', () => {
    expect(svgSparkline(pts([null, null]), { title: 'Empty' })).toBe(
      '<svg class="sparkline" role="img" width="96" height="24" viewBox="0 0 96 24" focusable="false"><title>Empty. No figures.</title></svg>',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes what could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
  });
});
