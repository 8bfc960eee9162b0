import { css } from 'lit';

export const resultsStyles = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
    /* Words wrap at spaces here; the region scrolls sideways on a narrow screen instead. */
    overflow-wrap: normal;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.1em;
    margin-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  td.number {
    text-align: end;
    white-space: nowrap;
  }
  .gap-detail {
    display: block;
    font-size: 0.85em;
  }
  .muted {
    font-style: italic;
  }
  .trend polyline {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .trend .zero {
    stroke: var(--_border);
    stroke-dasharray: 2 2;
  }
  .status {
    margin-top: 0.5rem;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .trend polyline {
      stroke: CanvasText;
    }
  }
`;
