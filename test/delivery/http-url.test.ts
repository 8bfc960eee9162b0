import { expect } from '@open-wc/testing';
import { checkHttpUrl } from '../../src/delivery/http-url.js';

describe('checkHttpUrl', () => {
  it('accepts absolute http(s) URLs and site paths, resolved against the page', () => {
    expect(checkHttpUrl('https://feedback.example.fi/api')).to.deep.equal({
      ok: true,
      url: 'https://feedback.example.fi/api',
    });
    expect(checkHttpUrl(' /api/feedback ')).to.deep.equal({
      ok: true,
      url: new URL('/api/feedback', location.href).href,
    });
    expect(checkHttpUrl('./collect').ok).to.equal(true);
    expect(checkHttpUrl('../collect').ok).to.equal(true);
  });

  it('refuses what is not an http(s) endpoint, saying why', () => {
    const reasons = ['', 'javascript:alert(1)', 'ftp://x.example/', 'feedback endpoint', 'http://[::1'].map(
      (value) => {
        const check = checkHttpUrl(value);
        expect(check.ok, value).to.equal(false);
        return check.ok ? '' : check.reason;
      },
    );
    expect(reasons[0]).to.equal('no URL is set');
    expect(reasons[1]).to.contain('only http and https');
    expect(reasons[3]).to.contain('neither an http(s) URL nor a path');
    expect(reasons[4]).to.contain('is not a URL');
  });
});
