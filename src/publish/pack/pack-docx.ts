import { AlignmentType, Document, Footer, Header, type ISectionOptions, Packer, PageNumber, PageOrientation, Paragraph, TableOfContents, TextRun } from 'docx';
import { longDate } from '../scorecard-labels.js';
import { aboutAppendixBlocks, definitionsAppendixBlocks, qualityAppendixBlocks, scorecardAppendixBlocks } from './docx-appendix.js';
import { type Block, coverReportBlocks, heading, summaryBlocks, themeBlocks } from './docx-sections.js';
import { docxStyleOptions } from './docx-styles.js';
import type { DocxTemplateStyles } from './docx-template.js';
import { figureNumbers } from './focus-chart.js';
import type { PackModel } from './pack-model.js';
import { type RunningText, runningText } from './running-text.js';

/**
 * The committee pack as a Word document officers can edit: real headings (navigable, and a
 * table of contents built from them), tables with header rows, charts as PNG images with
 * alternative text and their figures as tables, the marking and the data's date on every page.
 * With a council template its styles and theme are used. Like the HTML, it renders the pack
 * model only.
 */
export interface PackDocxOptions {
  readonly styles?: DocxTemplateStyles;
}

const CM = 567;

function small(text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({ alignment: options.align, spacing: { before: 0, after: 0 }, children: [new TextRun({ text, size: 15, bold: options.bold })] });
}

function header(r: RunningText): Header {
  return new Header({ children: [small(r.classification, { bold: true, align: AlignmentType.CENTER }), small(r.meeting, { align: AlignmentType.CENTER })] });
}

function footer(r: RunningText): Footer {
  return new Footer({
    children: [
      small(r.data),
      small(r.suppression),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 60, after: 0 },
        children: [new TextRun({ text: `${r.classification} · `, bold: true, size: 15 }), new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 15 })],
      }),
    ],
  });
}

function coverBlocks(m: PackModel): Block[] {
  const meta = m.meta;
  const line = (label: string, value: string) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.classification, bold: true })] }),
    new Paragraph({ spacing: { before: 1200, after: 120 }, children: [new TextRun({ text: meta.authority, bold: true, size: 32 })] }),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: `Report to the ${meta.committee}`, size: 26, color: '505A5F' })] }),
    new Paragraph({ style: 'Title', children: [new TextRun(meta.title)] }),
    line('Committee', meta.committee),
    line('Meeting date', meta.meetingDate ? longDate(meta.meetingDate) : 'To be confirmed'),
    line('Report of', meta.author),
    line('Classification', meta.classification),
    line('Audience', m.rules.label),
    line('Figures as at', longDate(m.asAt)),
    heading('Contents', 2),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
  ];
}

function section(r: RunningText, children: Block[], landscape = false): ISectionOptions {
  return {
    properties: {
      page: {
        size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: 2.2 * CM, bottom: 2.4 * CM, left: (landscape ? 1.5 : 2) * CM, right: (landscape ? 1.5 : 2) * CM, header: 0.8 * CM, footer: 0.8 * CM },
      },
    },
    headers: { default: header(r) },
    footers: { default: footer(r) },
    children,
  };
}

export async function packDocx(m: PackModel, options: PackDocxOptions = {}): Promise<Buffer> {
  const r = runningText(m);
  const figures = figureNumbers(m);
  const body: Block[] = [...coverBlocks(m), ...coverReportBlocks(m), ...summaryBlocks(m), ...m.themes.flatMap((t, i) => themeBlocks(t, m, i + 3, figures, i === 0))];
  const doc = new Document({
    title: m.meta.title,
    subject: `${m.meta.authority}: children's social care performance as at ${longDate(m.asAt)}`,
    creator: m.meta.author,
    description: `${m.meta.classification}. ${r.data}. ${r.suppression}`,
    ...docxStyleOptions(options.styles),
    // Each appendix starts a section of its own: the wide ones on landscape pages.
    sections: [
      section(r, body),
      section(r, scorecardAppendixBlocks(m), true),
      section(r, qualityAppendixBlocks(m)),
      section(r, definitionsAppendixBlocks(m), true),
      section(r, aboutAppendixBlocks(m)),
    ],
  });
  return Packer.toBuffer(doc);
}
