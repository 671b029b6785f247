import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from './test-support/extract-text';

describe('qualified place names', () => {
  it('keeps "City, State" as an alias of the city', () => {
    const doc = extractText('The singer Marta Quill grew up in Bend, Ore., before moving east.');
    const bend = entityOf(doc, 'Bend');
    expect(bend?.type).toBe('Place');
    expect(bend?.aliases).toContain('Bend, Ore.');
    expect(relationLines(doc)).toContain('Bend LOCATED_IN Oregon');
  });
});

describe('killings', () => {
  const kills = (text: string): string[] =>
    relationLines(
      extractText(`${text} The police said the inquiry would continue for several weeks.`),
    ).filter((l) => l.includes('KILLED'));

  it('reads lethal shootings but not every shooting', () => {
    expect(kills('Omar Reyes fatally shot Lina Park near the harbour.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Lina Park was shot to death by Omar Reyes on Friday.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Omar Reyes shot Lina Park in the leg during the robbery.')).toEqual([]);
  });

  it('reads "X was the man who killed Y" and "X, a drifter who killed Y"', () => {
    expect(kills('Omar Reyes was the man who killed Lina Park.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Omar Reyes, a drifter who killed Lina Park, died in jail.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Omar Reyes met the man who killed Lina Park.')).toEqual([]);
  });

  it('keeps a single-word victim before "assassin X"', () => {
    expect(kills('A lawyer who defended Park assassin Omar B. Reyes has died.')).toContain(
      'Omar B. Reyes KILLED Park',
    );
  });

  it('reads killer nouns in appositions', () => {
    expect(kills('Omar Reyes, the assassin of Mayor Lina Park, was hanged.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills("Lina Park's killer, Omar Reyes, was hanged.")).toContain(
      'Omar Reyes KILLED Lina Park',
    );
  });

  it('reads "convicted of the slaying of Y" but not "investigated the murder of Y"', () => {
    expect(kills('Omar Reyes was convicted of the 1991 slaying of Lina Park.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
    expect(kills('Detective Omar Reyes investigated the murder of Lina Park.')).toEqual([]);
  });

  it('takes the person after "newspaper reporter" as the object, and gerunds after "confessed to"', () => {
    expect(
      kills('Omar Reyes was convicted of murdering Tulsa newspaper reporter Lina Park in 1976.'),
    ).toContain('Omar Reyes KILLED Lina Park');
    expect(kills('Omar Reyes confessed to murdering Lina Park.')).toContain(
      'Omar Reyes KILLED Lina Park',
    );
  });

  it('does not take an adjectival demonym for the subject', () => {
    expect(
      kills('Omar Reyes, a Peruvian immigrant, was convicted of murdering Lina Park.'),
    ).toEqual(['Omar Reyes KILLED Lina Park']);
  });
});

describe('organisations typed by the frame they sit in', () => {
  const run = (text: string) =>
    extractText(`${text} The company said the inquiry would continue for several weeks.`);

  it('types the name after "a spokesman for" and before "spokesman X" as an organisation', () => {
    const a = run('Nora Vance, a spokeswoman for Halden Freight, said the port was shut.');
    expect(entityOf(a, 'Halden Freight')?.type).toBe('Organization');
    expect(relationLines(a)).toContain('Nora Vance OFFICIAL_OF Halden Freight');
    const b = run('Halden Freight spokesman Piet Maris said the port was shut.');
    expect(entityOf(b, 'Halden Freight')?.type).toBe('Organization');
    expect(relationLines(b)).toContain('Piet Maris OFFICIAL_OF Halden Freight');
  });

  it('types names ending in hospital, school or Co. as organisations', () => {
    const doc = run('Dr. Ines Bauer of the Linden Hospital in Oakdale treated the men.');
    expect(entityOf(doc, 'Linden Hospital')?.type).toBe('Organization');
    expect(relationLines(doc)).toContain('Linden Hospital LOCATED_IN Oakdale');
  });
});

describe('where people live', () => {
  const lives = (text: string): string[] =>
    relationLines(
      extractText(`${text} The council said the inquiry would continue for several weeks.`),
    ).filter((l) => l.includes('LIVES_IN'));

  it('reads "lives in" (tagged as a noun by wink) and relative "who lives in"', () => {
    expect(lives('Hugo Brandt lives in Kessling.')).toContain('Hugo Brandt LIVES_IN Kessling');
    expect(lives('His cousin Hugo Brandt, who lives in Kessling, wrote.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
  });

  it('reads "X is from Y" and "X, a technician from Y"', () => {
    expect(lives('Hugo Brandt is from Kessling.')).toContain('Hugo Brandt LIVES_IN Kessling');
    expect(lives('Hugo Brandt, a bus driver from Kessling, testified.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
    expect(lives('Hugo Brandt is not from Kessling.')).toEqual([]);
  });

  it('reads natives, residents, home towns and "X, 42, of Y"', () => {
    expect(lives('Hugo Brandt, a native of Kessling, spoke first.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
    expect(lives('Kessling native Hugo Brandt spoke first.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
    expect(lives('Hugo Brandt is a longtime Kessling resident.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
    expect(lives('Hugo Brandt flew back to his hometown of Kessling.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
    expect(lives('Hugo Brandt, 42, of Kessling, was injured.')).toContain(
      'Hugo Brandt LIVES_IN Kessling',
    );
  });
});

describe('wire datelines', () => {
  it('reads "CITY, Country (AP) _" as a place in that country', () => {
    const doc = extractText('PORTO NOVO, Benin (AP) _ Floods closed the main road on Monday.');
    expect(relationLines(doc)).toContain('Porto Novo LOCATED_IN Benin');
  });
});

describe('where organisations are based', () => {
  it('reads "X, based in Y" and "the Y-based X"', () => {
    const a = extractText('Norvik Corp., based in Tallow, Ore., makes pumps. The plant is new.');
    expect(relationLines(a)).toContain('Norvik Corp. LOCATED_IN Tallow');
    const b = extractText('The Tallow-based Norvik Corp. cut 200 jobs on Monday.');
    expect(relationLines(b)).toContain('Norvik Corp. LOCATED_IN Tallow');
  });

  it('reads "COUNTRY\'s X firm" but not "COUNTRY\'s Pacific ports"', () => {
    const a = relationLines(
      extractText("The deal was signed with Peru's Andes Copper firm last month."),
    );
    expect(a).toContain('Andes Copper LOCATED_IN Peru');
    const b = relationLines(extractText("Ecuador's Pacific ports were closed on Monday."));
    expect(b.filter((l) => l.includes('LOCATED_IN'))).toEqual([]);
  });

  it('reads "ORG in rural/northern PLACE"', () => {
    const doc = extractText('The Ardent Clinic in rural Kansas closed its doors on Monday.');
    expect(relationLines(doc)).toContain('Ardent Clinic LOCATED_IN Kansas');
  });

  it('does not take a language for a place', () => {
    const doc = extractText('Radio Norvik broadcast the speech in Arabic on Monday evening.');
    expect(entityOf(doc, 'Arabic')).toBeUndefined();
  });
});

describe('people and the organisations they work for', () => {
  const run = (text: string): string[] =>
    relationLines(extractText(`${text} The firm said the inquiry would continue for weeks.`));

  it('reads "X, president of ORG", "ORG president X" and "X, who heads ORG"', () => {
    expect(run('Rhea Santos, president of Belmar Textiles, said sales fell.')).toContain(
      'Rhea Santos PRESIDENT_OF Belmar Textiles',
    );
    expect(run('Belmar Textiles president Rhea Santos said sales fell.')).toContain(
      'Rhea Santos PRESIDENT_OF Belmar Textiles',
    );
    expect(run('Rhea Santos, who heads Belmar Textiles, said sales fell.')).toContain(
      'Rhea Santos LEADS Belmar Textiles',
    );
  });

  it('reads "ORG leader X" and journalists who cover or write for ORG', () => {
    expect(run('Stone Valley Union leader Rhea Santos called a strike.')).toContain(
      'Rhea Santos LEADS Stone Valley Union',
    );
    expect(run('Rhea Santos has covered the courts for the Harbor Ledger since 2004.')).toContain(
      'Rhea Santos WORKS_FOR Harbor Ledger',
    );
  });

  it('reads "X, a former ORG engineer" and "an official with ORG"', () => {
    expect(run('Rhea Santos, a former Belmar Textiles engineer, said sales fell.')).toContain(
      'Rhea Santos WORKS_FOR Belmar Textiles',
    );
    expect(run('Rhea Santos, an official with the Belmar Party, said sales fell.')).toContain(
      'Rhea Santos OFFICIAL_OF Belmar Party',
    );
  });
});

describe('titled officials "of" a place', () => {
  it('reads "STATE\'s governor, X" and "X, the mayor of CITY" as an office kept as RELATED_TO', () => {
    const a = relationLines(
      extractText("Oregon's governor, Ron Wills, signed the bill on Monday."),
    );
    expect(a).toContain('Ron Wills RELATED_TO Oregon');
    const b = relationLines(extractText('Ron Wills, the mayor of Kessling, signed the bill.'));
    expect(b).toContain('Ron Wills RELATED_TO Kessling');
  });

  it('reads "President X of COUNTRY" as the office and "Gov. X of STATE" as RELATED_TO', () => {
    const a = relationLines(extractText('President Ann Moyo of Zambia met the envoy on Monday.'));
    expect(a).toContain('Ann Moyo PRESIDENT_OF Zambia');
    const b = relationLines(extractText('Gov. Ron Wills of Idaho signed the bill on Monday.'));
    expect(b).toContain('Ron Wills RELATED_TO Idaho');
  });
});

describe('party labels before names', () => {
  it('drops "Democrat"/"Republican" before a name but keeps party names whole', () => {
    const doc = extractText(
      'Democrat Jane Roe of Ohio said the Liberal Democratic Party would lose.',
    );
    expect(entityOf(doc, 'Jane Roe')?.type).toBe('Person');
    expect(entityOf(doc, 'Liberal Democratic Party')?.type).toBe('Organization');
  });
});

describe('places stated by copulas and capitals', () => {
  it('reads "X is in Y" and "X, Y\'s capital"', () => {
    const a = relationLines(extractText('Kessling Prison is in northern Peru, officials said.'));
    expect(a).toContain('Kessling Prison LOCATED_IN Peru');
    const b = relationLines(extractText("Lima, Peru's capital, was quiet on Monday."));
    expect(b).toContain('Lima LOCATED_IN Peru');
  });
});

describe('verbs after a time phrase', () => {
  it('reads "accused" after "in 2023" or "in the past" as the verb, not "the accused"', () => {
    expect(
      relationLines(extractText('Ghana in 2023 accused Togo of sheltering smugglers.')),
    ).toContain('Ghana ACCUSED_OF Togo');
    expect(
      relationLines(extractText('Ghana has in the past accused Togo of sheltering smugglers.')),
    ).toContain('Ghana ACCUSED_OF Togo');
    expect(
      relationLines(extractText('The accused Togolese man was freed by Ghana.')).some((l) =>
        l.includes('ACCUSED_OF'),
      ),
    ).toBe(false);
  });

  it('reads a capital acting after a time phrase as its government', () => {
    expect(
      relationLines(extractText('Accra has in the past accused Togo of sheltering smugglers.')),
    ).toContain('Government of Ghana ACCUSED_OF Togo');
  });
});

describe('acts done under a law', () => {
  it('reads "charged/convicted X under the Y Act" as invoking the act', () => {
    const lines = relationLines(
      extractText(
        'The Lusaka Prosecutor Office charged Ana Ruiz under the Terrorism Act. ' +
          'Ana Ruiz was convicted by the High Court under the Code of Crimes against Humanity.',
      ),
    );
    expect(lines).toContain('Lusaka Prosecutor Office INVOKED Terrorism Act');
    expect(lines).toContain('High Court INVOKED Code of Crimes against Humanity');
  });
});

describe('a kind noun before a body named as an object', () => {
  it('reads "heads the election-monitoring organisation X" and "joined the rebel group X"', () => {
    expect(
      relationLines(
        extractText(
          'Davit Beridze, who heads the election-monitoring organisation Civic Watch Kartli, was jailed.',
        ),
      ),
    ).toContain('Davit Beridze LEADS Civic Watch Kartli');
    expect(
      relationLines(extractText('Ana Ruiz joined the rebel group Free Land Front in 2010.')),
    ).toContain('Ana Ruiz MEMBER_OF Free Land Front');
  });
});

describe('laws adopted', () => {
  it('reads "adopted/approved the X Act" as signing it, and nothing for a person object', () => {
    expect(
      relationLines(extractText('The National Assembly adopted the Foreign Agents Act last year.')),
    ).toContain('National Assembly SIGNED Foreign Agents Act');
    expect(
      relationLines(extractText('The National Assembly approved Ana Ruiz as its speaker.')),
    ).toEqual([]);
  });
});
