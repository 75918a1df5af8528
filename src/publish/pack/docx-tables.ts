import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Rag } from '../../scorecard/targets.js';
import { RAG_WORDS } from '../scorecard-labels.js';

/**
 * Word tables as a screen reader and an officer editing the paper need them: a real header row
 * (repeated on every page), rows that never split across pages, a caption paragraph before the
 * table, figures right-aligned, RAG as its word in a coloured cell (never colour alone).
 */
export interface DocxCell {
  readonly text: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'right' | 'center';
  readonly rag?: Rag | null;
  readonly italic?: boolean;
  /** Spans this many columns (a group heading row). */
  readonly span?: number;
}

const RAG_FILL: Record<Rag, { fill: string; color: string }> = {
  red: { fill: 'D4351C', color: 'FFFFFF' },
  amber: { fill: 'F47738', color: '0B0C0C' },
  green: { fill: '00703C', color: 'FFFFFF' },
};

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const HEAVY = { style: BorderStyle.SINGLE, size: 12, color: '0B0C0C' } as const;

export function cell(text: string, options: Omit<DocxCell, 'text'> = {}): DocxCell {
  return { text, ...options };
}

export function ragCell(rag: Rag | null, fallback = ''): DocxCell {
  return rag ? { text: RAG_WORDS[rag], rag, bold: true, align: 'center' } : { text: fallback, align: 'center' };
}

function tableCell(c: DocxCell, size: number, header: boolean): TableCell {
  const rag = c.rag ? RAG_FILL[c.rag] : null;
  const alignment = c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  // Text with line breaks (a benchmark per line) becomes one paragraph per line.
  const lines = c.text.split('\n');
  return new TableCell({
    ...(c.span ? { columnSpan: c.span } : {}),
    ...(rag ? { shading: { type: ShadingType.CLEAR, fill: rag.fill, color: 'auto' } } : {}),
    borders: { top: NONE, left: NONE, right: NONE, bottom: header ? HEAVY : LINE },
    margins: { top: 40, bottom: 40, left: 40, right: 60 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment,
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ text: line, bold: header || c.bold, italics: c.italic, size, ...(rag ? { color: rag.color } : {}) })],
        }),
    ),
  });
}

export interface DocxTableOptions {
  readonly headers: readonly DocxCell[];
  readonly rows: readonly (readonly DocxCell[])[];
  /** Half-points (16 = 8pt). */
  readonly size?: number;
  /** Column widths in per cent of the table. */
  readonly widths?: readonly number[];
  /** The page's text width in twips (A4 portrait with 2 cm margins by default). */
  readonly textWidth?: number;
}

export const PORTRAIT_TEXT_TWIPS = 9638;
export const LANDSCAPE_TEXT_TWIPS = 14570;

export function docxTable(o: DocxTableOptions): Table {
  const size = o.size ?? 17;
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: o.headers.map((h) => tableCell(h, size, true)) });
  const rows = o.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => tableCell(c, size, false)) }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(o.widths ? { columnWidths: o.widths.map((w) => Math.round((w / 100) * (o.textWidth ?? PORTRAIT_TEXT_TWIPS))) } : {}),
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [header, ...rows],
  });
}

/** The caption Word and screen readers associate with the table that follows. */
export function captionParagraph(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(text)] });
}
