import { escapeHtml as e } from '../escape-html.js';
import { longDate } from '../scorecard-labels.js';
import { aboutAppendix, definitionsAppendix, qualityAppendix, scorecardAppendix } from './html-appendix.js';
import { figureNumbers } from './focus-chart.js';
import { coverReport, executiveSummary, themeSection } from './html-sections.js';
import { PACK_CSS, marginBoxesCss } from './pack-css.js';
import type { PackModel } from './pack-model.js';
import { runningText } from './running-text.js';

export interface PackHtmlOptions {
  /**
   * Print the running header and footer as CSS page margin boxes (for a browser printing the
   * HTML). The PDF renderer turns this off and draws them with Chromium's own templates.
   */
  readonly marginBoxes?: boolean;
  /** The council's own CSS (`--template FILE.css`), after the pack's, so it wins. */
  readonly extraCss?: string;
}

/**
 * A council's CSS inside the document's `<style>`: CSS has no use for "<" outside a string, and
 * in a string the escape \3c means the same, so every "<" is escaped and the CSS can never close
 * the element or open another.
 */
function safeCss(css: string): string {
  return css.replace(/</g, '\\3c ');
}

function cover(m: PackModel): string {
  const meta = m.meta;
  const details: [string, string][] = [
    ['Committee', meta.committee],
    ['Meeting date', meta.meetingDate ? longDate(meta.meetingDate) : 'To be confirmed'],
    ['Report of', meta.author],
    ['Classification', meta.classification],
    ['Audience', m.rules.label],
    ['Figures as at', longDate(m.asAt)],
  ];
  const themes = m.themes.map((t, i) => `<li><a href="#theme-${e(t.theme)}">${i + 3}. ${e(t.title)}</a></li>`).join('\n');
  return `<header class="cover">
<p class="classification">${e(meta.classification)}</p>
<p class="authority">${e(meta.authority)}</p>
<p class="kicker">Report to the ${e(meta.committee)}</p>
<h1>${e(meta.title)}</h1>
<dl class="cover-details">
${details.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('\n')}
</dl>
<nav class="contents" aria-labelledby="h-contents">
<h2 id="h-contents">Contents</h2>
<ol>
<li><a href="#cover-report">1. Cover report</a></li>
<li><a href="#summary">2. Executive summary</a></li>
${themes}
<li><a href="#appendix-scorecard">Appendix A: Scorecard</a></li>
<li><a href="#appendix-quality">Appendix B: Data quality</a></li>
<li><a href="#appendix-definitions">Appendix C: Definitions</a></li>
<li><a href="#appendix-about">Appendix D: About the figures</a></li>
</ol>
</nav>
</header>`;
}

/**
 * The committee pack as one self-contained HTML5 document (inline CSS and SVG, no scripts, no
 * fetches): the html format itself, and what Chromium prints to the tagged PDF. It renders the
 * pack model only, so it can show nothing the audience rules did not let into the model.
 */
export function packHtml(m: PackModel, options: PackHtmlOptions = {}): string {
  const run = runningText(m);
  const figures = figureNumbers(m);
  const boxes = options.marginBoxes === false ? '' : marginBoxesCss(`${run.classification} · ${run.meeting}`, `${run.data} · ${run.suppression}`);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="csc-scorecard">
<meta name="author" content="${e(m.meta.author)}">
<title>${e(`${m.meta.title} · ${m.meta.authority}`)}</title>
<style>${PACK_CSS}${boxes}${options.extraCss ? safeCss(options.extraCss) : ''}</style>
</head>
<body>
${cover(m)}
<main>
${coverReport(m)}
${executiveSummary(m)}
${m.themes.map((t, i) => themeSection(t, m, i + 3, figures)).join('\n')}
${scorecardAppendix(m)}
${qualityAppendix(m)}
${definitionsAppendix(m)}
${aboutAppendix(m)}
</main>
<footer class="page-footer">
<p><strong>${e(run.classification)}</strong> · ${e(run.meeting)}</p>
<p>${e(run.data)}</p>
<p>${e(run.suppression)}</p>
</footer>
</body>
</html>
`;
}
