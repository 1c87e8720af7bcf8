/**
 * The report's style sheet, inline: the screen layout, for a desktop and a phone alike, and print rules
 * for A4 (each section on a new page, rows never split across pages, headers repeated). On a screen the
 * page never scrolls sideways: a table wider than the screen scrolls in its own box, with a shadow at the
 * right edge while there is more to see, its caption and row headers held in view; a chart is shown as
 * drawn for the screen's width (narrow below 52em, wide above it and on paper), so its text is never
 * shrunk. No text is smaller than 9 px. On paper a table of ten columns or more is set smaller, to fit
 * A4. Only generic font families, so nothing is fetched.
 */
export const STYLE = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; --band: #f3f5f7; --accent: #1b4f72; --warn: #8a1c1c; --warn-bg: #fdf1f0; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.4; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 0.4rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 0 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p, li { margin: 0.25rem 0; }
.report-header { margin-bottom: 1rem; }
.report-header .source { color: var(--muted); margin: 0.2rem 0; }
.report-header .meta { color: var(--muted); font-size: 0.85rem; }
.report-section { margin: 0 0 2.5rem; }
.lead { color: var(--muted); }
.table-scroll { overflow-x: auto; margin: 0.3rem 0 0.9rem; background: linear-gradient(to left, #fff 40%, rgba(255, 255, 255, 0)) right / 2.5rem 100% no-repeat local, radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.25), rgba(0, 0, 0, 0)) right / 0.8rem 100% no-repeat scroll; }
.table-scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table.figures { border-collapse: collapse; width: 100%; margin: 0; font-size: 0.88rem; font-variant-numeric: tabular-nums; }
table.figures caption { text-align: left; font-weight: bold; padding: 0.2rem 0; caption-side: top; }
table.figures caption > span { display: inline-block; position: sticky; left: 0; max-width: calc(100vw - 2rem); }
table.figures th, table.figures td { border-bottom: 1px solid var(--rule); padding: 0.18rem 0.4rem; vertical-align: top; }
table.figures thead th { background: var(--band); border-bottom: 1.5px solid var(--ink); text-align: left; }
table.figures .num { text-align: right; white-space: nowrap; }
table.figures thead th.num { text-align: right; white-space: normal; }
table.figures thead th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
table.figures tr.total th, table.figures tr.total td { font-weight: bold; border-top: 1.5px solid var(--ink); }
table.figures tbody th { font-weight: normal; text-align: left; min-width: 11em; }
:where(table.figures) tbody th { position: sticky; left: 0; z-index: 1; background: #fff; }
:where(table.figures:not(.reconciliation)) thead th:first-child, :where(table.figures.reconciliation) thead th:nth-child(2) { position: sticky; left: 0; z-index: 2; }
table.figures.reconciliation { table-layout: fixed; font-size: 0.8rem; min-width: 62em; }
table.figures.reconciliation tbody th { min-width: 0; }
.col-index { width: 2.4em; } .col-unit { width: 3.2em; } .col-printed { width: 6em; } .col-model { width: 7em; } .col-difference { width: 9em; }
.col-verdict { width: 8.5em; } .col-parts { width: 6.5em; } .col-adds { width: 5em; }
table.figures.reconciliation th, table.figures.reconciliation td { padding: 0.1rem 0.25rem; }
table.figures.reconciliation td, table.figures.reconciliation tbody th { overflow-wrap: anywhere; }
.contents ol { columns: 2; margin: 0.4rem 0; }
.contents a { color: var(--accent); }
figure.chart { margin: 0.5rem 0 1rem; }
figure.chart svg { max-width: 100%; height: auto; }
.chart-narrow { display: none; }
figure.chart figcaption { color: var(--muted); font-size: 0.85rem; }
.callout { border: 2px solid var(--warn); background: var(--warn-bg); padding: 0.6rem 0.9rem; margin: 0.8rem 0; }
.callout h3 { margin-top: 0; color: var(--warn); }
.callout ul { margin: 0.2rem 0 0; padding-left: 1.2rem; }
.notes { font-size: 0.88rem; color: var(--muted); padding-left: 1.2rem; }
.empty { color: var(--muted); font-style: italic; }
.verdict { display: inline-block; padding: 0 0.35rem; border-radius: 0.2rem; font-size: 0.8rem; white-space: nowrap; }
.verdict-exact .verdict { background: #e3f4e8; color: #1e5631; }
.verdict-rounding .verdict, .verdict-rounding-of-parts .verdict, .verdict-round-figure .verdict, .verdict-within-bound .verdict { background: #eef3fb; color: #1b4f72; }
.verdict-discrepancy .verdict { background: #fbe3e1; color: #8a1c1c; font-weight: bold; }
.verdict-not-modelled .verdict { background: #f1f1f1; color: #555; }
tr.verdict-discrepancy td, tr.verdict-discrepancy th { background: #fdf1f0; }
td.adds-no { color: #8a1c1c; font-weight: bold; }
.counts { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.3rem 0 0.8rem; padding: 0; list-style: none; }
.counts li { margin: 0; }
tr.hint td { border-bottom: 1px solid var(--rule); color: var(--warn); font-size: 0.78rem; padding-top: 0; }
tr.hint .note { font-weight: bold; }
details.group { margin: 0.4rem 0; }
details.group > summary { cursor: pointer; font-weight: bold; padding: 0.15rem 0; }
.group-summary, .not-shown { color: var(--muted); }
@media screen and (max-width: 52em) {
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
@media screen and (max-width: 40em) {
  body { padding: 1rem 0.75rem; }
  h1 { font-size: 1.35rem; }
  .contents ol { columns: 1; }
  table.figures tbody th { min-width: 9em; }
}
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html { font-size: 9pt; }
  .table-scroll { overflow: visible; background: none; }
  table.figures caption > span { display: inline; position: static; max-width: none; }
  :where(table.figures) tbody th, :where(table.figures) thead th { position: static; }
  table.figures.wide { font-size: 0.75rem; }
  table.figures.wide th, table.figures.wide td { padding: 0.1rem 0.2rem; }
  table.figures.wide tbody th { min-width: 0; }
  body { max-width: none; padding: 0; }
  .report-section { margin: 0; }
  .report-section + .report-section { break-before: page; }
  main.analysis .report-section + .report-section { break-before: auto; margin-top: 1.5rem; }
  thead { display: table-header-group; }
  tr, figure.chart, .callout { break-inside: avoid; }
  h2, h3, caption { break-after: avoid; }
  details.group > summary { list-style: none; }
  .callout, tr.verdict-discrepancy td, tr.verdict-discrepancy th, table.figures thead th, .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
