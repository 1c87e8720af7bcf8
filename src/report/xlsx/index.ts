export { renderXlsx } from './render-xlsx.js';
export type { RenderXlsxOptions } from './render-xlsx.js';
