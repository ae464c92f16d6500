import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index';
import { assertInvariants } from './helpers';

// Offices and names of the kinds seen on articles nobody tuned for, on invented sentences.
function leadersOf(text: string): string[] {
  const result = analyze(text);
  assertInvariants(text, result);
  return result.leaders.map((m) => m.text);
}

describe('places, organisations and products are never people', () => {
  it('a place in a "City, State," apposition is not the person its title belongs to', () => {
    expect(leadersOf('The Fargo, North Dakota, mayor, Ann Lee, said no. Dakota is cold.')).toEqual([
      'Ann Lee',
    ]);
    expect(leadersOf('The mayor of Springfield, New Caledonia, spoke. Caledonia waited.')).toEqual([]);
  });
  it('a title inside the place phrase still names the person after it', () => {
    expect(leadersOf('North Dakota Governor Ann Lee said no.')).toEqual(['Ann Lee']);
  });
});

describe('offices stated in news style', () => {
  it('President-elect and Vice President', () => {
    expect(leadersOf('President-elect Jane Roe met aides. Roe left.')).toEqual(['Jane Roe', 'Roe']);
    expect(leadersOf('Vice President Jane Roe spoke.')).toEqual(['Jane Roe']);
  });
  it('a capitalised title, a comma and the name set off by commas', () => {
    expect(leadersOf('It was the then Foreign Secretary, John Doe, who signed. Doe said yes.')).toEqual([
      'John Doe',
      'Doe',
    ]);
  });
  it('not when the comma closes a clause before the name', () => {
    expect(leadersOf('After meeting the Prime Minister, John Doe said no.')).toEqual([]);
  });
  it('a counterpart takes the kind of the office he is compared to', () => {
    expect(
      leadersOf('Prime Minister Ann Smith met his Freedonian counterpart, John Doe, in the capital.'),
    ).toEqual(['Ann Smith', 'John Doe']);
    expect(
      leadersOf('The economist Ann Smith met her Freedonian counterpart, John Doe, in the capital.'),
    ).toEqual([]);
  });
  it('the leader of a country with an adjective before the title', () => {
    expect(leadersOf('The socialist leader of Freedonia, John Doe, spoke.')).toEqual(['John Doe']);
  });
});

describe('whole names after compound titles', () => {
  it('"Chair" after an institution', () => {
    expect(leadersOf('Fed Chair Jane Roe raised rates. Roe said more.')).toEqual(['Jane Roe', 'Roe']);
  });
  it('"X-turned-Y": the office now is the one after "turned"', () => {
    const result = analyze('Senator-turned-envoy John Doe arrived. Governor-turned-minister Ann Lee left.');
    expect(result.people.map((m) => m.text)).toContain('John Doe');
    expect(result.leaders.map((m) => m.text)).toEqual(['Ann Lee']);
  });
});

describe('not leaders under the guidelines', () => {
  it('founders by that title alone', () => {
    expect(leadersOf('Co-founder Bill Wilson left. The firm’s founder, Ann Lee, stayed.')).toEqual([]);
  });
  it('chief economists, chief scientists and analysts', () => {
    expect(leadersOf('Jane Roe, the chief scientist of the observatory, says so.')).toEqual([]);
    expect(leadersOf('Chief economist Jane Roe said rates would rise.')).toEqual([]);
  });
  it('heads of associations, charities, unions, services and committees', () => {
    expect(leadersOf('Jane Roe, president of the Riverside Nurses Association, said no.')).toEqual([]);
    expect(leadersOf('Riverside Food Bank Foundation President Jane Roe said no.')).toEqual([]);
    expect(leadersOf('The fire chief, Ann Lee, said the blaze spread.')).toEqual([]);
    expect(leadersOf('The union leader, Ann Lee, called a strike.')).toEqual([]);
    expect(leadersOf('The committee chair, Ann Lee, opened the hearing.')).toEqual([]);
    expect(leadersOf('The community leader, Ann Lee, and business leader Bob Roe spoke.')).toEqual([]);
  });
  it('a country’s or a central bank’s head still leads', () => {
    expect(leadersOf('Jane Roe, president of the Republic of Freedonia, said no.')).toEqual(['Jane Roe']);
  });
});

describe('an office stated as what the person is or becomes', () => {
  it('gives the office after "was elected", "becomes" or "is"', () => {
    expect(leadersOf('Jane Roe was elected governor in 2019. Roe spoke.')).toEqual(['Jane Roe', 'Roe']);
    expect(leadersOf('Ann Lee won the vote. Ann Lee becomes the first mayor of Springfield.')).toEqual([
      'Ann Lee',
      'Ann Lee',
    ]);
  });
  it('not a possessive office nor another role first', () => {
    expect(leadersOf('Jane Roe is the president’s daughter.')).toEqual([]);
    expect(leadersOf('Jane Roe was a senior adviser to the governor.')).toEqual([]);
  });
});

describe('forms of address between an office and the name', () => {
  it('"Title of Body, Dr the Rt. Hon. Name" names the office holder', () => {
    expect(
      leadersOf(
        'Freedonia’s Prime Minister and Chairman of the Island Authority, Dr the Rt. Hon. John Doe has voiced support.',
      ),
    ).toEqual(['John Doe']);
    expect(leadersOf('The Minister of Health, the Hon. Ann Lee, spoke.')).toEqual(['Ann Lee']);
  });
  it('a form of address alone after a clause names no office', () => {
    expect(leadersOf('After meeting the Prime Minister, Dr. Ann Lee said no.')).toEqual([]);
    expect(leadersOf('After meeting the Prime Minister, Mr. John Doe said no.')).toEqual([]);
  });
});
