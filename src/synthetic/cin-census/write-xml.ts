import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { sexElement } from '../../model/cin-census.js';
import type { CinChild, CinHeader, Text } from '../../sources/cin-census/records.js';

/**
 * A CIN Census file in the DfE's element order (CIN XSD: ReferralNFA after Section47, before
 * ChildProtectionPlans). Values are written as the records hold them, so a test can write a
 * malformed date exactly; a null value leaves its element out.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function el(name: string, v: Text, pad: string): string {
  return v === null ? '' : `${pad}<${name}>${esc(v)}</${name}>\n`;
}

export function headerXml(h: CinHeader): string {
  const p = '      ';
  return `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header>
    <CollectionDetails>
${el('Collection', h.collection, p)}${el('Year', h.year, p)}${el('ReferenceDate', h.referenceDate, p)}    </CollectionDetails>
    <Source>
${el('SourceLevel', h.sourceLevel, p)}${el('LEA', h.lea, p)}${el('SoftwareCode', h.softwareCode, p)}${el('Release', h.release, p)}${el('SerialNo', h.serialNo, p)}${el('DateTime', h.dateTime, p)}    </Source>
  </Header>
  <Children>
`;
}

export const FOOTER_XML = '  </Children>\n</Message>\n';

export function childXml(c: CinChild, year: number): string {
  const sex = sexElement(year) === 'Sex' ? c.sex : c.gender;
  const p4 = '        ';
  let x = '    <Child>\n      <ChildIdentifiers>\n';
  x += el('LAchildID', c.id, p4) + el('UPN', c.upn, p4) + el('FormerUPN', c.formerUpn, p4) + el('UPNunknown', c.upnUnknown, p4);
  x += el('PersonBirthDate', c.birth, p4) + el('ExpectedPersonBirthDate', c.expectedBirth, p4) + el(sexElement(year), sex, p4) + el('PersonDeathDate', c.death, p4);
  x += '      </ChildIdentifiers>\n      <ChildCharacteristics>\n' + el('Ethnicity', c.ethnicity, p4);
  if (c.disabilities.length) x += `        <Disabilities>\n${c.disabilities.map((d) => el('Disability', d, '          ')).join('')}        </Disabilities>\n`;
  x += '      </ChildCharacteristics>\n';
  for (const e of c.episodes) {
    const p = p4;
    const q = '          ';
    x += '      <CINdetails>\n';
    x += el('CINreferralDate', e.referral, p) + el('ReferralSource', e.source, p) + el('PrimaryNeedCode', e.need, p) + el('CINclosureDate', e.closure, p);
    x += el('ReasonForClosure', e.closeReason, p) + el('DateOfInitialCPC', e.icpc, p);
    for (const a of e.assessments) {
      x += `${p}<Assessments>\n${el('AssessmentActualStartDate', a.start, q)}${el('AssessmentInternalReviewDate', a.review, q)}${el('AssessmentAuthorisationDate', a.auth, q)}`;
      if (a.factors.length) x += `${q}<FactorsIdentifiedAtAssessment>\n${a.factors.map((f) => el('AssessmentFactors', f, `${q}  `)).join('')}${q}</FactorsIdentifiedAtAssessment>\n`;
      x += `${p}</Assessments>\n`;
    }
    for (const pl of e.plans) x += `${p}<CINPlanDates>\n${el('CINPlanStartDate', pl.start, q)}${el('CINPlanEndDate', pl.end, q)}${p}</CINPlanDates>\n`;
    for (const s of e.s47s) {
      x += `${p}<Section47>\n${el('S47ActualStartDate', s.start, q)}${el('InitialCPCtarget', s.target, q)}${el('DateOfInitialCPC', s.icpc, q)}${el('ICPCnotRequired', s.notRequired, q)}${p}</Section47>\n`;
    }
    x += el('ReferralNFA', e.nfa, p);
    for (const cp of e.cpps) {
      x += `${p}<ChildProtectionPlans>\n${el('CPPstartDate', cp.start, q)}${el('CPPendDate', cp.end, q)}${el('InitialCategoryOfAbuse', cp.initial, q)}`;
      x += el('LatestCategoryOfAbuse', cp.latest, q) + el('NumberOfPreviousCPP', cp.previous, q);
      if (cp.reviews.length) x += `${q}<Reviews>\n${cp.reviews.map((r) => el('CPPreviewDate', r, `${q}  `)).join('')}${q}</Reviews>\n`;
      x += `${p}</ChildProtectionPlans>\n`;
    }
    x += '      </CINdetails>\n';
  }
  return `${x}    </Child>\n`;
}

/** The whole file as a string (tests and small fixtures). */
export function cinCensusXml(header: CinHeader, children: Iterable<CinChild>, year: number): string {
  let x = headerXml(header);
  for (const c of children) x += childXml(c, year);
  return x + FOOTER_XML;
}

/** Writes the file child by child (a 50 000-child census is never one string). */
export async function writeCinCensusXml(path: string, header: CinHeader, children: Iterable<CinChild>, year: number): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(headerXml(header));
  let buffer = '';
  for (const c of children) {
    buffer += childXml(c, year);
    if (buffer.length > 256 * 1024) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer + FOOTER_XML);
  out.end();
  await once(out, 'finish');
}
