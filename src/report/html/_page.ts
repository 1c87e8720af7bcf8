import { escapeHtml, jsonForScript } from './_escape.js';
import { STYLE } from './_style.js';

/**
 * One self-contained HTML document: the head every report shares (a Content-Security-Policy that forbids
 * any source but the page itself, the viewport, the inline style), the body's parts in order, and the
 * data behind it as JSON in `<script type="application/json" id="report-data">`.
 */
export function htmlPage(title: string, body: readonly string[], data: unknown): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="shared-services-model">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script type="application/json" id="report-data">\n${jsonForScript(data)}\n</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
