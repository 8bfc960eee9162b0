/** The dashboard's filters read from an address: what is wrong there is named in the console and ignored. */
import { expect } from '@open-wc/testing';
import { filtersFromQuery, queryWithFilters } from '../../../src/elements/dashboard/dashboard-filters.js';

describe('dashboard filters in the URL', () => {
  it('keeps good values, and drops bad ones with a message naming the parameter', () => {
    const warnings: string[] = [];
    const filters = filtersFromQuery('?unit=north&from=yesterday&to=2026-11-30&bucket=day', (message) =>
      warnings.push(message),
    );
    expect(filters).to.deep.equal({ unit: 'north', to: '2026-11-30', bucket: 'week' });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('URL parameter "from": "yesterday" is not a day');
    expect(warnings[1]).to.include('URL parameter "bucket": "day" is not one of week, month');
  });

  it('writes the filters into the query and keeps the page’s other parameters', () => {
    expect(queryWithFilters('?lang=sv&unit=old', { unit: 'north', bucket: 'month' })).to.equal(
      '?lang=sv&unit=north&bucket=month',
    );
    expect(queryWithFilters('?unit=north', { bucket: 'week' })).to.equal('');
  });
});
