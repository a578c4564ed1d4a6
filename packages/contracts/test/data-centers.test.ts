import { describe, expect, it } from 'vitest';
import { dataCenterOfDomain, domainHostOf, hostMatchesDataCenter } from '../src/data-centers.ts';

describe('data-centre host patterns', () => {
  it('read the host from whatever the user typed', () => {
    expect(domainHostOf('https://Acme.GainsightCloud.com/v1/ui')).toBe('acme.gainsightcloud.com');
    expect(domainHostOf(' acme.gainsightcloud.com ')).toBe('acme.gainsightcloud.com');
    expect(domainHostOf('ftp://acme.gainsightcloud.com')).toBeNull();
  });

  it('tell US1, US2 and EU hosts apart', () => {
    expect(hostMatchesDataCenter('acme.gainsightcloud.com', 'US1')).toBe(true);
    expect(hostMatchesDataCenter('globex.us2.gainsightcloud.com', 'US2')).toBe(true);
    expect(hostMatchesDataCenter('initech.eu.gainsightcloud.com', 'EU')).toBe(true);
    expect(hostMatchesDataCenter('initech.eu.gainsightcloud.com', 'US1')).toBe(false);
    expect(hostMatchesDataCenter('globex.us2.gainsightcloud.com', 'EU')).toBe(false);
    expect(hostMatchesDataCenter('acme.gainsightcloud.com.evil.example', 'US1')).toBe(false);
  });

  it('name the data centre of a typed domain, and none for a host of no data centre', () => {
    expect(dataCenterOfDomain('initech.eu.gainsightcloud.com')).toBe('EU');
    expect(dataCenterOfDomain('https://Globex-Sandbox.US2.gainsightcloud.com/')).toBe('US2');
    expect(dataCenterOfDomain('acme.gainsightcloud.com')).toBe('US1');
    // Still being typed, or not Gainsight's: the user's choice of data centre stands.
    expect(dataCenterOfDomain('initech.eu')).toBeUndefined();
    expect(dataCenterOfDomain('initech.eu.gainsightcloud.com.example')).toBeUndefined();
    expect(dataCenterOfDomain('')).toBeUndefined();
  });
});
