import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from '../test-support/extract-text';

/** Group coreference on invented sentences: what joins a group and what must not. */
describe('group coreference', () => {
  it('joins definite descriptions and pronouns to the group, never bare or generic plurals', () => {
    const doc = extractText(
      'The detainees were flown to Peru on Monday. ' +
        'Rights groups said the policy harms people across the region. ' +
        'Analysts said Peruvian men and women suffer most. ' +
        'Officials said members of the Blue Hand gang were among them. ' +
        'Peru has offered to take in prisoners in return for aid. ' +
        'The men were later held at the Pinewood Detention Center. ' +
        'They were released on Friday.',
    );
    const group = entityOf(doc, 'detainees');
    expect(group?.type).toBe('Group');
    expect(group?.aliases).toContain('The men');
    for (const generic of ['people', 'Peruvian men', 'women', 'members', 'prisoners'])
      expect(group?.aliases).not.toContain(generic);
    const lines = relationLines(doc);
    expect(lines).toContain('detainees DEPORTED_TO Peru');
    expect(lines).toContain('detainees HELD_IN Pinewood Detention Center');
    // "Peruvian men and women" says nothing about the detainees' citizenship
    expect(lines).not.toContain('detainees CITIZEN_OF Peru');
  });

  it('does not merge a bare demonym plural into the group already in the story', () => {
    const lines = relationLines(
      extractText(
        'The deportees were held at the Pinewood Detention Center. Separately, Mexico deported Guatemalans to Belize.',
      ),
    );
    expect(lines).toContain('deportees HELD_IN Pinewood Detention Center');
    expect(lines).not.toContain('Mexico DEPORTED deportees');
    expect(lines).not.toContain('deportees DEPORTED_TO Belize');
  });

  it('joins a numbered phrase to the group with that number, and splits off another number', () => {
    const doc = extractText(
      'Mexico deported 40 Peruvians to Lima on Monday. At least 112 people were expelled to Bolivia last year. ' +
        'The 40 Peruvians had been held at the Pinewood Detention Center.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Peruvians DEPORTED_TO Lima');
    expect(lines).toContain('Peruvians HELD_IN Pinewood Detention Center');
    expect(lines).toContain('112 people DEPORTED_TO Bolivia');
    expect(entityOf(doc, 'Peruvians')?.aliases).toContain('The 40 Peruvians');
  });

  it('joins an unnumbered count ("more than 300 people") to the story group it fits', () => {
    const doc = extractText(
      'The deportees were flown to Honduras on Monday. Honduras received more than 300 people from Mexico.',
    );
    expect(entityOf(doc, 'deportees')?.aliases).toContain('more than 300 people');
    expect(relationLines(doc)).toContain('Honduras RECEIVED deportees');
  });

  it('keeps groups apart when their heads name different kinds of people', () => {
    const doc = extractText(
      'The refugees live in Quito. The prisoners were moved to the Pinewood Detention Center.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('refugees LIVES_IN Quito');
    expect(lines).toContain('prisoners TRANSFERRED_TO Pinewood Detention Center');
    expect(entityOf(doc, 'refugees')?.aliases).not.toContain('The prisoners');
  });

  it('keeps groups apart when they are named by different countries', () => {
    const lines = relationLines(
      extractText(
        'The Venezuelans were flown to Caracas on Monday. The Colombians were held at the Pinewood Detention Center.',
      ),
    );
    expect(lines).toContain('Venezuelans DEPORTED_TO Caracas');
    expect(lines).toContain('Colombians HELD_IN Pinewood Detention Center');
    expect(lines).not.toContain('Venezuelans CITIZEN_OF Colombia');
  });

  it('does not take a possessed plural ("their victims") for the story group', () => {
    const doc = extractText(
      'The deportees were flown to Peru. Rights groups said the gang cared more for its members than for their victims.',
    );
    const aliases = entityOf(doc, 'deportees')?.aliases ?? [];
    expect(aliases).not.toContain('their victims');
    expect(aliases).not.toContain('its members');
  });
});

describe('more kinds of groups', () => {
  it('reads exiles, gunmen and farmers as groups', () => {
    const doc = extractText('Gunmen killed three farmers. Police arrested ten exiles.');
    const groups = doc.entities.filter((e) => e.type === 'Group').map((e) => e.name);
    expect(groups).toEqual(expect.arrayContaining(['gunmen', 'farmers', 'exiles']));
  });
});

describe('objects of removal and custody verbs', () => {
  it('reads "to deport people that …" as the detainees the story follows', () => {
    const doc = extractText(
      'President Ana Ruiz moved to deport people that her government calls gang members. The deportees were flown to Lima and held at Ancon prison.',
    );
    const lines = relationLines(doc);
    const deported = lines.find((l) => l.startsWith('Ana Ruiz DEPORTED'));
    expect(deported).toBeDefined();
    const group = deported!.replace('Ana Ruiz DEPORTED ', '');
    expect(lines).toContain(`${group} HELD_IN Ancon prison`);
  });

  it('does not make a bare plural in other roles a detained group', () => {
    const doc = extractText('The deportees were held at Ancon prison. People protested in Lima.');
    expect(doc.entities.find((e) => e.type === 'Group')?.aliases ?? []).not.toContain('People');
  });
});

describe('numbered leaders', () => {
  it('makes a group of "37 leaders", not of "its leaders"', () => {
    const a = extractText('Guards moved 37 leaders of the Calle 12 gang from Tarsk prison.');
    expect(a.entities.some((e) => e.type === 'Group' && e.name === 'leaders')).toBe(true);
    const b = extractText('The gang paid bribes to its leaders, the Treasury said.');
    expect(b.entities.some((e) => e.type === 'Group')).toBe(false);
  });
});

describe('numbered groups with a noun modifier', () => {
  it('reads "charged three police officers" as charging that group', () => {
    const doc = extractText(
      'Kenyan prosecutors on Tuesday charged three police officers with abduction.',
    );
    expect(relationLines(doc)).toContain('Kenyan prosecutors CHARGED officers');
    expect(entityOf(doc, 'officers')?.aliases).toContain('three police officers');
  });
});

describe('groups named with a hedging participle', () => {
  it('keeps "16 suspected members of X" as a group the police arrested', () => {
    const lines = relationLines(
      extractText('Police arrested 16 suspected members of the Red Hand gang.'),
    );
    expect(lines).toContain('Police ARRESTED members of Red Hand');
    expect(lines).toContain('members of Red Hand MEMBER_OF Red Hand [alleged]');
  });
});

describe('a group named with whose members it is', () => {
  it('knows "16 suspected members of X" by its whole phrase', () => {
    const doc = extractText(
      "Ruritania's Attorney General's Office has charged 16 suspected members of the Red Hand " +
        'gang with murder, police said on Monday.',
    );
    const group = doc.entities.find((e) => e.type === 'Group')!;
    expect(group.aliases).toContain('16 suspected members of the Red Hand gang');
    expect(group.aliases).toContain('members of the Red Hand gang');
  });

  it('knows "300 Unity Party activists" by the body named before the noun, and detains them', () => {
    const doc = extractText(
      'The Kessling Police Service detained 300 Unity Party activists on Monday.',
    );
    const group = doc.entities.find((e) => e.type === 'Group')!;
    expect(group.aliases).toContain('300 Unity Party activists');
    expect(relationLines(doc)).toContain('Kessling Police Service ARRESTED activists');
  });
});

describe('a numbered group of another kind', () => {
  it('is a new set ("two men" after "students"), while "more than 300 people" counts the story group', () => {
    const doc = extractText(
      'Police detained 40 students in Lahore on Monday. A court in Quetta sentenced two men to life in prison.',
    );
    expect(entityOf(doc, 'students')?.aliases ?? []).not.toContain('two men');
  });
});

describe('a group counted in words', () => {
  it('is told apart by its number like a group counted in digits', () => {
    const doc = extractText(
      'Police detained 23 protesters in Limon on Monday. Two protesters were later moved to Halden Prison.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Police ARRESTED protesters');
    expect(lines).toContain('Two protesters TRANSFERRED_TO Halden Prison');
    expect(entityOf(doc, 'protesters')?.aliases ?? []).not.toContain('Two protesters');
  });
});

describe('members of a named body', () => {
  it("are a group of that body's members, apart from the members of another", () => {
    const doc = extractText(
      'Police arrested four alleged members of the Vuk clan on Monday. ' +
        'A riot by members of the Kavač gang broke out in Spuž prison.',
    );
    const groups = doc.entities.filter((e) => e.type === 'Group').map((e) => e.name);
    expect(groups).toEqual(expect.arrayContaining(['members of Vuk clan', 'members of Kavač']));
  });

  it('is no group where membership is only said of someone ("were members of X")', () => {
    const doc = extractText(
      'Prosecutors described the men, Ivan Horvat and Petar Kovač, as members of the Vuk clan.',
    );
    expect(doc.entities.some((e) => e.type === 'Group' && e.name.startsWith('members of'))).toBe(
      false,
    );
  });
});

describe('a bare plural that names a kind of people', () => {
  it('takes part in no relation, while a counted or definite group does', () => {
    const lines = relationLines(
      extractText(
        'The case was brought by Refugee Aid, a charity that supports refugees. ' +
          'Police in Riga arrested 12 activists on Monday. The activists were held at Central Prison.',
      ),
    );
    expect(lines.filter((l) => l.includes('refugees'))).toEqual([]);
    expect(lines).toContain('Police ARRESTED activists');
    expect(lines).toContain('activists HELD_IN Central Prison');
  });

  it('keeps people who act for a body ("prosecutors") in their relations', () => {
    const lines = relationLines(
      extractText('Prosecutors accused Ivan Petrov of fraud. Petrov denied the charges.'),
    );
    expect(lines).toContain('prosecutors ACCUSED_OF Ivan Petrov');
  });
});

describe('prosecutors named by their noun alone', () => {
  it('are the one prosecution service the article names, even when named after them', () => {
    expect(
      relationLines(
        extractText(
          "The Tallinn Prosecutor's Office charged Tomas Vell on Monday. Prosecutors accused him of laundering money.",
        ),
      ),
    ).toContain("Tallinn Prosecutor's Office ACCUSED_OF Tomas Vell");
    const doc = extractText(
      'Prosecutors charged Tomas Vell on Monday. The Public Prosecution said it would appeal.',
    );
    expect(relationLines(doc)).toContain('Public Prosecution CHARGED Tomas Vell');
  });

  it('are a state body of their own when no service is named, and not "prosecutors in X"', () => {
    const doc = extractText('Prosecutors charged Tomas Vell with fraud on Monday.');
    expect(relationLines(doc)).toContain('prosecutors CHARGED Tomas Vell');
    expect(entityOf(doc, 'prosecutors')?.type).toBe('Government');
    expect(
      relationLines(
        extractText(
          "The Tallinn Prosecutor's Office charged Tomas Vell. Prosecutors in Riga accused him of fraud.",
        ),
      ),
    ).not.toContain("Tallinn Prosecutor's Office ACCUSED_OF Tomas Vell");
  });
});

describe('citizens by nationality', () => {
  it('are people named by their nationality, not by what they do where', () => {
    const lines = relationLines(
      extractText(
        'Police detained three Chinese nationals and 40 Chinese workers. Rights groups criticised the plan to hold Swedish prisoners in Estonia. Dozens of Ugandan exiles protested. Two Malaysians were deported.',
      ),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'nationals CITIZEN_OF China',
        'exiles CITIZEN_OF Uganda',
        'Malaysians CITIZEN_OF Malaysia',
      ]),
    );
    expect(lines).not.toContain('workers CITIZEN_OF China');
    expect(lines).not.toContain('prisoners CITIZEN_OF Sweden');
  });
});
