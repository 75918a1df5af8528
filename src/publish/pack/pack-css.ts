/**
 * The pack's stylesheet: GOV.UK-like and printable. Arial (or its metric twin Liberation Sans,
 * which Debian has), near-black text, #1d70b8 accents, RAG always as a word in a coloured box
 * (white on red and green, black on amber: each pair passes WCAG 2.2 AA). The report is A4
 * portrait; the full scorecard appendix is a named landscape page, as it is in the scorecard
 * outputs. Table headers repeat on every page and rows never split.
 */
export const PACK_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 960px; padding: 24px 32px 48px; font-family: Arial, "Liberation Sans", "Helvetica Neue", Helvetica, "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c; background: #fff; }
a { color: #1d70b8; text-underline-offset: 0.15em; }
a:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
h1 { font-size: 36px; line-height: 1.1; margin: 0 0 24px; }
h2 { font-size: 27px; line-height: 1.15; margin: 40px 0 16px; padding-top: 12px; border-top: 3px solid #1d70b8; }
h3 { font-size: 20px; margin: 28px 0 10px; }
h4 { font-size: 17px; margin: 20px 0 8px; }
p, ul, ol, dl { margin: 0 0 14px; }
.classification { text-align: center; font-weight: 700; letter-spacing: 0.08em; margin: 0 0 24px; }
.cover { min-height: 900px; }
.cover .authority { font-size: 24px; font-weight: 700; margin: 48px 0 8px; padding-left: 12px; border-left: 10px solid #1d70b8; }
.cover .kicker { font-size: 19px; color: #505a5f; margin: 40px 0 8px; }
.cover h1 { font-size: 40px; margin-bottom: 40px; }
.cover-details { display: grid; grid-template-columns: max-content 1fr; gap: 8px 24px; border-top: 1px solid #b1b4b6; padding-top: 16px; }
.cover-details dt { font-weight: 700; }
.cover-details dd { margin: 0; }
.contents ol { padding-left: 0; list-style: none; }
.contents li { padding: 4px 0; border-bottom: 1px solid #b1b4b6; }
.contents ol ol { margin: 4px 0 0 24px; }
.contents ol ol li { border: 0; padding: 2px 0; }
.numbered { list-style: none; padding: 0; counter-reset: para; }
.numbered > li { position: relative; padding-left: 3.2em; margin-bottom: 12px; }
.numbered > li > .para { position: absolute; left: 0; font-weight: 700; }
.lede { font-size: 19px; }
.panel { border-left: 5px solid #1d70b8; background: #f3f2f1; padding: 12px 16px; margin-bottom: 16px; }
.panel > :last-child { margin-bottom: 0; }
.rag-summary { display: flex; flex-wrap: wrap; gap: 8px 24px; list-style: none; padding: 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 16px; font-variant-numeric: tabular-nums; font-size: 14px; }
caption { text-align: left; font-weight: 700; font-size: 16px; padding-bottom: 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px 6px 0; border-bottom: 1px solid #b1b4b6; }
thead th, thead th.num { vertical-align: bottom; border-bottom: 2px solid #0b0c0c; white-space: normal; }
.num { text-align: right; white-space: nowrap; }
th[scope="row"] { font-weight: 400; }
.ref { color: #505a5f; white-space: nowrap; }
.muted { color: #505a5f; }
.small { font-size: 12px; }
.rag { display: inline-block; min-width: 4.4em; padding: 1px 6px; border: 1px solid #0b0c0c; font-weight: 700; font-size: 13px; text-align: center; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rag-red { background: #d4351c; color: #fff; }
.rag-amber { background: #f47738; color: #0b0c0c; }
.rag-green { background: #00703c; color: #fff; }
.dir-improving { color: #00703c; }
.dir-worsening { color: #d4351c; }
.partial { font-style: italic; }
.commentary { border-left: 5px solid #b1b4b6; background: #f3f2f1; padding: 10px 14px; margin: 0 0 16px; }
.commentary dl { display: grid; grid-template-columns: 9em 1fr; gap: 6px 16px; margin: 0 0 6px; }
.commentary dt { font-weight: 700; }
.commentary dd { margin: 0; white-space: pre-line; }
.commentary .byline { font-size: 13px; color: #505a5f; margin: 0; }
.red-measure { border-top: 1px solid #b1b4b6; padding-top: 8px; }
.red-measure h4 { margin-top: 8px; }
.figure-line { margin-bottom: 8px; }
figure { margin: 0 0 8px; }
figcaption { font-weight: 700; margin-bottom: 6px; }
.chart { display: block; max-width: 100%; height: auto; }
.chart-table { font-size: 12px; }
.chart-table th, .chart-table td { padding: 3px 4px; }
.focus { break-inside: avoid; margin-bottom: 24px; }
.theme-table { table-layout: fixed; }
.by-team td, .by-team th { font-size: 13px; }
.by-team tbody th[scope="rowgroup"] { font-weight: 700; padding-top: 10px; }
.appendix-scorecard table { font-size: 12px; }
.appendix-scorecard th, .appendix-scorecard td { padding: 4px 4px 4px 0; }
.appendix-scorecard .sparkline { display: block; }
.bench { list-style: none; padding: 0; margin: 0; }
.footnotes { font-size: 13px; }
.page-footer { margin-top: 48px; border-top: 1px solid #b1b4b6; padding-top: 8px; font-size: 13px; color: #505a5f; }
.definitions td, .definitions th { font-size: 13px; }
/* Long ids and source references must wrap: one unbreakable word wider than the page makes
   Chromium shrink every page of the PDF to fit it. The definitions table has fixed columns so
   its long words break inside them; ids break anywhere. */
td, th { overflow-wrap: break-word; }
code { overflow-wrap: anywhere; }
.definitions table { table-layout: fixed; }
@page { size: A4 portrait; margin: 22mm 16mm 24mm; }
@page landscape { size: A4 landscape; margin: 20mm 12mm 22mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h1 { font-size: 26pt; }
  h2 { font-size: 17pt; margin-top: 0; break-after: avoid; }
  h3 { font-size: 13pt; margin-top: 14pt; break-after: avoid; }
  h4 { font-size: 11pt; break-after: avoid; }
  .cover { min-height: 0; }
  .cover .authority { font-size: 16pt; margin-top: 12mm; }
  .cover h1 { font-size: 26pt; margin-bottom: 8mm; }
  .cover .kicker { font-size: 13pt; margin-top: 8mm; }
  .cover-details { gap: 3pt 16pt; }
  .contents h2 { margin-top: 8mm; }
  .contents li { padding: 2pt 0; }
  .page-section { break-before: page; }
  .theme + .theme { break-before: auto; margin-top: 14mm; }
  .commentary { font-size: 9.5pt; padding: 6pt 10pt; }
  .commentary dl { gap: 3pt 12pt; }
  .landscape { page: landscape; }
  table { font-size: 9pt; }
  caption { font-size: 10pt; break-after: avoid; }
  th, td { padding: 3pt 5pt 3pt 0; }
  thead { display: table-header-group; }
  tr, .commentary, .panel, figure, .red-measure { break-inside: avoid; }
  .appendix-scorecard table { font-size: 7.5pt; }
  .appendix-scorecard th, .appendix-scorecard td { padding: 2pt 3pt 2pt 0; }
  .appendix-scorecard .small, .theme-table .small { font-size: 7pt; }
  .theme-table thead th { font-size: 8pt; overflow-wrap: normal; }
  .definitions td, .definitions th { font-size: 7.5pt; padding: 2pt 4pt 2pt 0; }
  .definitions thead th { overflow-wrap: normal; }
  .definitions code { font-size: 6.5pt; }
  .chart-table { font-size: 7.5pt; }
  .rag { font-size: 8pt; min-width: 3.8em; }
  .commentary dl { grid-template-columns: 7.5em 1fr; }
  .page-footer { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * For a browser printing the HTML itself: the running header and footer as page margin boxes
 * (Chromium 131 and later print them). The PDF renderer draws its own instead, so it leaves
 * these out.
 */
export function marginBoxesCss(header: string, footer: string): string {
  const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
  const boxes = `@top-center { content: ${quote(header)}; font: 700 8pt Arial, "Liberation Sans", sans-serif; }
  @bottom-left { content: ${quote(footer)}; font: 7pt Arial, "Liberation Sans", sans-serif; color: #505a5f; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; }`;
  return `@page { ${boxes} }\n@page landscape { ${boxes} }\n`;
}
