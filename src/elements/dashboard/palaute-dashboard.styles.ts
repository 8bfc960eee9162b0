import { css } from 'lit';

export const dashboardStyles = css`
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0.5em 0 0.25em;
  }
  h1 {
    font-size: 1.5em;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  .sign-in {
    display: grid;
    gap: 0.375rem;
    max-width: 28rem;
  }
  .hint,
  .legend {
    font-size: 0.9em;
    margin: 0;
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface, Canvas);
    border: var(--_border-width) solid var(--_border-strong, var(--_border));
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
    min-height: 2.5rem;
  }
  .sign-in button,
  .sign-out,
  .show {
    justify-self: start;
    align-self: end;
    min-height: 2.5rem;
  }
  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  .filters legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .error:empty {
    display: none;
  }
  .section {
    display: block;
    margin-top: 1.5rem;
    break-inside: avoid-page;
  }
  figure {
    margin: 1rem 0;
    break-inside: avoid;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 40rem;
    height: auto;
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .zero {
    stroke-dasharray: 3 3;
  }
  .chart .axis,
  .chart .n,
  .chart .suppressed-mark {
    fill: currentColor;
    font-size: 11px;
  }
  .chart .band {
    fill: var(--palaute-color-accent, #1a5fb4);
    fill-opacity: 0.2;
    stroke: none;
  }
  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .chart .point {
    fill: var(--_accent);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  td.number {
    text-align: end;
    white-space: nowrap;
  }
  .muted,
  .suppressed {
    font-style: italic;
  }
  .bar rect {
    fill: var(--_accent);
  }
  .bar .track {
    fill: none;
    stroke: var(--_border);
  }
  /* Faces from most negative to most positive, then "I don't want to answer" or another part. */
  .bar .part-0 {
    fill: #a51d2d;
  }
  .bar .part-1 {
    fill: #e66100;
  }
  .bar .part-2 {
    fill: #9a9996;
  }
  .bar .part-3 {
    fill: #26a269;
  }
  .bar .part-4 {
    fill: #1a5fb4;
  }
  .bar .part-5 {
    fill: #613583;
  }
  .bar .part-6 {
    fill: #63452c;
  }
  @media (forced-colors: active) {
    .chart .line,
    .chart .grid {
      stroke: CanvasText;
    }
    .chart .point,
    .chart .band,
    .bar rect {
      fill: CanvasText;
    }
    .bar rect {
      stroke: Canvas;
    }
  }
  @media print {
    .filters,
    .sign-out,
    .status,
    .scroll[tabindex] {
      overflow: visible;
    }
    .filters,
    .sign-out,
    .status,
    palaute-dashboard-notes.section {
      /* The notes editor is a form: the notes themselves are on the public board. */
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .chart {
      max-width: 100%;
    }
    table {
      font-size: 9pt;
    }
  }
`;
