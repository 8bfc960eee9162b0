import { css } from 'lit';

export const reportInboxStyles = css`
  label {
    display: block;
    margin-top: 0.75rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
  }
  /* Checkboxes and radios drawn as the browser draws them, beside their label text. */
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    min-height: 2.75rem;
  }
  label.check input {
    position: static;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    opacity: 1;
    flex: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.75rem;
    margin-bottom: 1rem;
  }
  .bar .actions {
    margin-top: 0;
    gap: 0.5rem;
  }
  /* No fade: the current screen's button is marked at once (and measured at once by axe). */
  .bar button {
    transition: none;
  }
  .bar button[aria-current='page'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .who,
  .notice:empty,
  .error:empty,
  .warning:empty {
    margin: 0;
  }
  .reports,
  .handlers,
  .notes {
    list-style: none;
    margin: 0.75rem 0 0;
    padding: 0;
  }
  .reports > li,
  .handlers > li,
  .notes > li {
    border-top: 1px solid var(--_border);
    padding: 0.75rem 0;
  }
  button.link {
    border: 0;
    padding: 0;
    min-height: 2.75rem;
    background: none;
    color: var(--_accent-ink);
    text-decoration: underline;
    text-align: start;
    font-weight: 600;
  }
  dl {
    margin: 0.25rem 0 0;
  }
  .reports dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .fields > div {
    margin-top: 0.5rem;
  }
  .fields dt {
    font-weight: 600;
  }
  .written dd,
  .note-text {
    white-space: pre-wrap;
  }
  .written > div {
    display: block;
  }
  .subheading {
    font-size: 1.1em;
    margin: 1.25rem 0 0.25rem;
  }
  legend.subheading {
    font-weight: 600;
  }
  .muted {
    font-style: italic;
    margin: 0;
  }
  .legacy,
  .warning:not(:empty),
  .confirm {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.5rem 0.75rem;
    margin: 0.75rem 0;
  }
  .note-text {
    margin: 0;
  }
  /* Overdue in words and a border: neither colour alone nor colour at all is needed to see it. */
  .overdue {
    display: inline-block;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.375rem;
    margin-inline-start: 0.5rem;
  }
  .from {
    font-weight: 600;
    margin: 0;
  }
  .messages .addition {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  .hint {
    margin: 0 0 0.25rem;
  }
  .audit > li {
    padding: 0.25rem 0;
  }
  textarea[readonly] {
    font-family: monospace;
  }
  @media (forced-colors: active) {
    .bar button[aria-current='page'] {
      border-width: 4px;
    }
  }
`;
