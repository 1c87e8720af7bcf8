export { renderHtml } from './render-html.js';
export type { HtmlOptions } from './render-html.js';
