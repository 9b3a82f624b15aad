import { describe, expect, it } from 'vitest';
import { grantStatusText, groupGrants, type GrantDates } from '../../src/lib/directory/grants.ts';

const grant = (name: string, status: string, dates: Partial<GrantDates> = {}) => ({
  data: { name, status, ...dates },
});

describe('grant lists', () => {
  it('puts open grants first, closing soonest first, then rolling, then planned; closed apart', () => {
    const grants = [
      grant('Closed old', 'closed', { closes: new Date('2020-06-01') }),
      grant('Planned', 'planned', { opens: new Date('2027-05-01') }),
      grant('Rolling', 'rolling'),
      grant('Open late', 'open', { closes: new Date('2027-03-01') }),
      grant('Open soon', 'open', { closes: new Date('2027-01-10') }),
      grant('Closed recent', 'closed', { closes: new Date('2021-03-31') }),
    ];
    const { current, closed } = groupGrants(grants);
    expect(current.map((g) => g.data.name)).toEqual(['Open soon', 'Open late', 'Rolling', 'Planned']);
    expect(closed.map((g) => g.data.name)).toEqual(['Closed recent', 'Closed old']);
  });

  it('says the status in words with the date that matters', () => {
    expect(grantStatusText({ name: 'a', status: 'open', closes: new Date('2027-01-10') })).toBe(
      'Open: closes 10 January 2027',
    );
    expect(grantStatusText({ name: 'a', status: 'rolling' })).toBe('Open all year');
    expect(grantStatusText({ name: 'a', status: 'planned' })).toBe('Planned');
    expect(grantStatusText({ name: 'a', status: 'closed', closes: new Date('2021-03-31') })).toBe(
      'Closed on 31 March 2021',
    );
    expect(grantStatusText({ name: 'a', status: 'closed' })).toBe('Closed');
  });
});
