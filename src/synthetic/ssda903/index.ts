export { generateSsda903, type Ssda903GenerateOptions, type Ssda903Generated } from './generate.js';
export { injectErrors, INJECTABLE_CODES, type InjectedError } from './inject.js';
export type { ReturnRows, Row, SimChild } from './model.js';
export { writeSsda903Csv, writeSsda903Xml } from './write.js';
