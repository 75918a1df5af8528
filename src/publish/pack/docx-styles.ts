import type { IParagraphStyleOptions, IPropertiesOptions } from 'docx';
import type { DocxTemplateStyles } from './docx-template.js';

/**
 * The pack's own Word styles, GOV.UK-like: Arial, near-black, bold headings in a clear size
 * scale. Built-in style ids (Title, Heading1…, Caption), so Word's navigation pane, its table
 * of contents and a council's template all recognise them. Each heading carries its outline
 * level, which is what makes it navigable.
 */
const INK = '0B0C0C';
const MUTED = '505A5F';
const FONT = 'Arial';

export const PACK_STYLES: readonly IParagraphStyleOptions[] = [
  { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 56, bold: true, color: INK }, paragraph: { spacing: { before: 240, after: 360 } } },
  {
    id: 'Heading1',
    name: 'heading 1',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 9,
    run: { font: FONT, size: 36, bold: true, color: INK },
    paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 360, after: 160 }, border: { top: { style: 'single', size: 12, color: '1D70B8', space: 6 } } },
  },
  {
    id: 'Heading2',
    name: 'heading 2',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 9,
    run: { font: FONT, size: 28, bold: true, color: INK },
    paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 280, after: 120 } },
  },
  {
    id: 'Heading3',
    name: 'heading 3',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 9,
    run: { font: FONT, size: 24, bold: true, color: INK },
    paragraph: { outlineLevel: 2, keepNext: true, spacing: { before: 200, after: 80 } },
  },
  { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 20, bold: true, color: INK }, paragraph: { keepNext: true, spacing: { before: 120, after: 80 } } },
  { id: 'PackNote', name: 'Pack note', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 18, color: MUTED }, paragraph: { spacing: { after: 80 } } },
];

/** The Document options for styles: the pack's own, or the template's with the pack's filling its gaps. */
export function docxStyleOptions(template?: DocxTemplateStyles): Pick<IPropertiesOptions, 'styles' | 'externalStyles' | 'theme'> {
  if (!template) {
    return {
      styles: {
        default: { document: { run: { font: FONT, size: 22, color: INK }, paragraph: { spacing: { after: 120, line: 276 } } } },
        paragraphStyles: [...PACK_STYLES],
      },
    };
  }
  return {
    externalStyles: template.xml,
    ...(template.theme ? { theme: template.theme } : {}),
    styles: { paragraphStyles: PACK_STYLES.filter((s) => !template.ids.has(s.id)) },
  };
}
