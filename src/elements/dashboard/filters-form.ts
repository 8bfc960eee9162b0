/** The filters as real form controls: office, service, first and last day, and the period. */
import { html } from 'lit';
import { RESULT_BUCKETS } from '../../schema/results.js';
import type { DashboardFilters } from './dashboard-filters.js';
import type { DashboardMessages } from './messages.js';

export interface FilterChoices {
  readonly units: readonly string[];
  readonly services: readonly string[];
}

/** `change` is called with the form whenever a control changes or the form is submitted. */
export function filtersForm(
  m: DashboardMessages,
  filters: DashboardFilters,
  choices: FilterChoices,
  change: (form: HTMLFormElement) => void,
) {
  // A value in the URL that the data does not (yet) hold stays selectable, so it is not lost.
  const options = (names: readonly string[], chosen: string | undefined) =>
    [...new Set([...names, ...(chosen ? [chosen] : [])])].map(
      (name) => html`<option value=${name} ?selected=${name === chosen}>${name}</option>`,
    );
  const onChange = (event: Event) => change((event.target as HTMLElement).closest('form')!);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    change(event.target as HTMLFormElement);
  };
  return html`<form class="filters" part="filters" @change=${onChange} @submit=${onSubmit}>
    <fieldset>
      <legend>${m.filtersTitle}</legend>
      <div class="field">
        <label for="unit">${m.unitLabel}</label>
        <select id="unit" name="unit" .value=${filters.unit ?? ''}>
          <option value="" ?selected=${!filters.unit}>${m.allUnits}</option>
          ${options(choices.units, filters.unit)}
        </select>
      </div>
      <div class="field">
        <label for="service">${m.serviceLabel}</label>
        <select id="service" name="service" .value=${filters.service ?? ''}>
          <option value="" ?selected=${!filters.service}>${m.allServices}</option>
          ${options(choices.services, filters.service)}
        </select>
      </div>
      <div class="field">
        <label for="from">${m.fromLabel}</label>
        <input id="from" name="from" type="date" .value=${filters.from ?? ''} />
      </div>
      <div class="field">
        <label for="to">${m.toLabel}</label>
        <input id="to" name="to" type="date" .value=${filters.to ?? ''} />
      </div>
      <div class="field">
        <label for="bucket">${m.bucketLabel}</label>
        <select id="bucket" name="bucket" .value=${filters.bucket}>
          ${RESULT_BUCKETS.map(
            (bucket) =>
              html`<option value=${bucket} ?selected=${bucket === filters.bucket}>${m[bucket]}</option>`,
          )}
        </select>
      </div>
      <button class="show">${m.show}</button>
    </fieldset>
  </form>`;
}

/** The filters as the form holds them now. */
export function filtersOfForm(form: HTMLFormElement): DashboardFilters {
  const data = new FormData(form);
  const text = (name: string) => (data.get(name) as string | null) || undefined;
  return {
    unit: text('unit'),
    service: text('service'),
    from: text('from'),
    to: text('to'),
    bucket: text('bucket') === 'month' ? 'month' : 'week',
  };
}
