import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

/** Entities of a text as "Type Name" lines. */
function typed(text: string): string[] {
  return extractText(text).entities.map((e) => `${e.type} ${e.name}`);
}

describe('names of institutions', () => {
  it('keeps "Watch" and "News" inside a longer name but not on their own', () => {
    const out = typed(
      'Human Rights Watch and Borders Watch Albania criticised the ruling. Watch the video.',
    );
    expect(out).toContain('Organization Human Rights Watch');
    expect(out).toContain('Organization Borders Watch Albania');
    expect(out.some((e) => / Watch$/.test(e) && !/ Rights Watch$/.test(e))).toBe(false);
  });

  it('reads "Justice Watch Kenya" as a body named for a country, not Justice "Watch Kenya"', () => {
    const out = typed('Justice Watch Kenya and Judge Ann Jordan criticised the ruling.');
    expect(out).toContain('Organization Justice Watch Kenya');
    expect(out).toContain('Person Ann Jordan');
    expect(out).not.toContain('Person Watch Kenya');
  });

  it('keeps statute titles whole: a bracketed part, a title on "of", and the year', () => {
    const out = typed(
      'He was charged under the Prevention of Organised Crime Act of 1998, the Penal Code ' +
        '(Amendment) Act 2019 and the Extradition (Commonwealth and Foreign States) Act.',
    );
    expect(out).toContain('Law Prevention of Organised Crime Act of 1998');
    expect(out).toContain('Law Penal Code (Amendment) Act 2019');
    expect(out).toContain('Law Extradition (Commonwealth and Foreign States) Act');
  });

  it('keeps "X and Y" whole before a lower-case "party", but not two countries', () => {
    const out = typed(
      'Ana Kos, a member of the opposition Homeland and Order party, was arrested. ' +
        'Poland and Hungary party leaders met.',
    );
    expect(out).toContain('Organization Homeland and Order');
    expect(out).toContain('Country Poland');
    expect(out).toContain('Country Hungary');
  });

  it('reads "Successive governments have …" as no name, but keeps "Lagos residents were …"', () => {
    expect(typed('Successive governments have defended the camp.')).toEqual([]);
    expect(typed('Lagos residents were angry.')).toContain('Place Lagos');
  });

  it('keeps names with French or Spanish connectives and "Observatory for …" whole', () => {
    const out = typed(
      'The Iraqi Observatory for Detainee Rights condemned the verdict, as did Frente para la Victoria.',
    );
    expect(out).toContain('Organization Iraqi Observatory for Detainee Rights');
    expect(
      relationLines(
        extractText(
          'The Rassemblement pour la Justice et le Travail criticised the Interior Ministry on Monday.',
        ),
      ),
    ).toContain('Rassemblement pour la Justice et le Travail CRITICIZED Interior Ministry');
    expect(out).toContain('Organization Frente para la Victoria');
  });

  it('reads "Gendarmes arrested X" as a group of officers, not a person', () => {
    const doc = extractText('Gendarmes arrested Mamadou Diatta at his home in Kaolack.');
    expect(doc.entities.some((e) => e.type === 'Person' && /gendarmes/i.test(e.name))).toBe(false);
  });

  it('keeps "Prison No. 8" and "Court of Cassation and Justice" whole, not "and Justice Ann Lee"', () => {
    const out = typed(
      'He was taken to Gldani Prison No. 8 after the High Court of Cassation and Justice jailed him. ' +
        'The Ministry of Justice and Justice Ann Lee met.',
    );
    expect(out).toContain('Prison Gldani Prison No. 8');
    expect(out).toContain('Court High Court of Cassation and Justice');
    expect(out).toContain('Government Ministry of Justice');
    expect(out).toContain('Person Ann Lee');
  });

  it('types a numbered bench by its head word ("Special Tribunal-2")', () => {
    expect(typed('The Anti-Corruption Special Tribunal-2 in Accra heard the case.')).toContain(
      'Court Anti-Corruption Special Tribunal-2',
    );
  });

  it('continues a name across "of" after agency heads and "on"/"against" after treaty heads', () => {
    const out = typed(
      'Officers of the Directorate of Border Investigations arrested him. ' +
        'Norway signed the Convention against Torture and the Convention on the Rights of the Child.',
    );
    expect(out).toContain('Government Directorate of Border Investigations');
    expect(out).toContain('Law Convention against Torture');
    expect(out).toContain('Law Convention on the Rights of the Child');
  });

  it('does not join "of" plus a country onto a ministry name', () => {
    const out = typed('The Ministry of Justice of Chile said so.');
    expect(out).toContain('Government Ministry of Justice');
    expect(out).toContain('Country Chile');
  });

  it('does not type runs of institution words as people', () => {
    const out = typed(
      'The Grand Chamber will hear the case. The Pacific Islands Forum and the West Coast Legal Aid Network met.',
    );
    expect(out).toContain('Court Grand Chamber');
    expect(out.filter((e) => e.startsWith('Person '))).toEqual([]);
  });

  it('still types ordinary two-word names as people', () => {
    expect(typed('Tomas Varga met Lena Osei in Accra.')).toEqual(
      expect.arrayContaining(['Person Tomas Varga', 'Person Lena Osei']),
    );
  });

  it('gives a national branch the type of its body', () => {
    expect(typed('Amnesty International Nigeria said the guards beat him.')).toContain(
      'Organization Amnesty International Nigeria',
    );
  });

  it('types names ending in clan or syndicate, or followed by those nouns, as criminal groups', () => {
    const out = typed('Police say the Ferro clan works with the Blue Lotus syndicate.');
    expect(out).toEqual(
      expect.arrayContaining([
        'CriminalOrganization Ferro clan',
        'CriminalOrganization Blue Lotus',
      ]),
    );
  });

  it('types world regions as places', () => {
    const out = typed(
      'The envoy for Southeast Asia travelled to the Middle East and Central America.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Place Southeast Asia',
        'Place Middle East',
        'Place Central America',
      ]),
    );
  });

  it('never takes a pronoun into a name', () => {
    const out = typed('He was held in Block C. She said the cells were cold.');
    expect(out.some((e) => /\bShe\b/.test(e))).toBe(false);
  });
});

describe('state bodies named by a country and a common noun', () => {
  it('reads demonym, possessive and country-name forms', () => {
    const out = typed(
      'Greek police arrested two men. Peru’s foreign ministry protested. ' +
        'The Kenyan judiciary rejected the claim. US prosecutors charged three guards.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Government Greek police',
        'Government Peruvian foreign ministry',
        'Court Kenyan judiciary',
        'Government US prosecutors',
        'Country Peru',
      ]),
    );
  });

  it('leaves nouns that only modify another noun alone', () => {
    const out = typed('Greek police officers beat him. The Chilean army’s chief resigned.');
    expect(out.filter((e) => e.startsWith('Government '))).toEqual([]);
  });
});

describe('bodies named inside a title', () => {
  it('links "Coast Guard Lt. X" and "FAA Administrator X" to the body', () => {
    const doc = extractText(
      'Coast Guard Lt. Ivo Bakker said the search would go on. FAA Administrator Rosa Lind issued the order.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Ivo Bakker OFFICIAL_OF Coast Guard');
    expect(lines).toContain('Rosa Lind OFFICIAL_OF FAA');
  });

  it('does not take a minister’s portfolio for a body', () => {
    const doc = extractText('Immigration and Corrections Minister Ines Faro spoke in Lisbon.');
    expect(doc.entities.map((e) => e.name)).not.toContain('Immigration and Corrections');
  });
});

describe('place names before a court or prison noun', () => {
  it('names "the Lyon court" and "the Batam jail" with the noun', () => {
    const out = typed('The Lyon court ruled on Monday. He was taken to the Batam jail.');
    expect(out).toEqual(expect.arrayContaining(['Court Lyon court', 'Prison Batam jail']));
  });

  it('drops a bare capitalised title such as "Foreign Affairs Minister"', () => {
    const out = typed("Chad's Foreign Affairs Minister, Idriss Kaba, said so.");
    expect(out).not.toContain('Organization Foreign Affairs Minister');
    expect(out).toContain('Person Idriss Kaba');
  });
});

describe('abstract nouns opening a sentence', () => {
  it('are not names, but capitals still are', () => {
    const out = typed(
      '"Overcrowding is the problem," he said. Corruption is rife. Beijing said no.',
    );
    expect(out).toEqual(['Government Government of China']);
  });
});

describe('more institution names', () => {
  it('keeps a menu word before an institution word ("Home Office")', () => {
    const out = typed('The Home Office said it would appeal.');
    expect(out).toContain('Government Home Office');
  });

  it('joins "A and B Group" when the head closes the name, not two countries', () => {
    const out = typed(
      'The Border Intelligence and Patrol Directorate arrested him. Chile and Peru signed.',
    );
    expect(out).toContain('Government Border Intelligence and Patrol Directorate');
    expect(out).toEqual(expect.arrayContaining(['Country Chile', 'Country Peru']));
  });

  it('keeps the year of a statute in its name', () => {
    expect(typed('The Public Order Act 1986 allows it.')).toContain('Law Public Order Act 1986');
  });

  it('types parties and movements named in other languages', () => {
    expect(typed('Partido Nuevo Rumbo said so.')).toContain('Organization Partido Nuevo Rumbo');
  });

  it('knows international bodies by name or acronym', () => {
    const out = typed('Interpol issued a notice. The ICC said the EU agreed.');
    expect(out).toEqual(
      expect.arrayContaining([
        'Organization Interpol',
        'Court International Criminal Court',
        'Organization European Union',
      ]),
    );
  });

  it('reads a country by the short form of its official name', () => {
    expect(
      typed('Greece and Turkey signed the deal.').filter((e) => e.startsWith('Country')),
    ).toHaveLength(2);
  });
});

describe('names delimited by a lexicon, numbers and ordinals', () => {
  it('reads known bodies whose names have lower-case words, and acronym-named agencies', () => {
    const out = typed(
      'The Committee to Protect Journalists and Save the Children spoke. The FSB denied it.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Organization Committee to Protect Journalists',
        'Organization Save the Children',
        'Government FSB',
      ]),
    );
  });

  it('keeps numbers of orders and decrees and ordinals of courts inside the name', () => {
    const out = typed('Executive Order 14100 applies. The Lagos 3rd High Court ruled.');
    expect(out).toEqual(
      expect.arrayContaining(['Law Executive Order 14100', 'Court Lagos 3rd High Court']),
    );
  });

  it('types a name with a press word as an organisation', () => {
    expect(typed('Coastal News Service reported it.')).toContain(
      'Organization Coastal News Service',
    );
  });
});

describe('modifiers and possessive countries', () => {
  it('does not take "Rights" in "Rights groups said" for a name', () => {
    expect(typed('Rights groups said the arrest was overdue.')).toEqual([]);
  });

  it('names "Chile’s Ministry of Justice" for its country', () => {
    const doc = extractText("Chile's Ministry of Justice rejected the claim.");
    const ministry = doc.entities.find((e) => e.type === 'Government')!;
    expect(ministry.name).toBe('Chilean Ministry of Justice');
    expect(ministry.aliases).toContain('Ministry of Justice');
  });
});

describe('international bodies inside a title', () => {
  it('reads "UN Secretary X" as an office of the UN, not of a home country', () => {
    const doc = extractText('France backed the plan of U.N. Secretary Ana Lund on Monday.');
    expect(relationLines(doc).some((l) => l.startsWith('Ana Lund') && l.endsWith('France'))).toBe(
      false,
    );
    expect(doc.entities.map((e) => e.name)).toContain('United Nations');
  });
});

describe('datelines and places named once', () => {
  it('reads a shouted dateline city with a two-word country, and a wire credit is not an acronym', () => {
    const doc = extractText('NAIROBI, South Sudan (AP) _ Troops moved on Monday.');
    expect(relationLines(doc)).toContain('Nairobi LOCATED_IN South Sudan');
    expect(doc.entities.find((e) => e.type === 'Country')!.aliases).not.toContain('AP');
  });

  it('names the agency or outlet a dateline credits, and only there', () => {
    const doc = extractText(
      'KESSLING, Ruritania (Reuters) - A court jailed the former governor Tunde Bako on Monday. ' +
        'OSTBURG (DW) — Prosecutors appealed. Bako (Ostburg) said he would appeal.',
    );
    const orgs = doc.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['Reuters', 'DW']));
    expect(orgs).not.toContain('Ostburg');
    expect(typed('NAIROBI, South Sudan (AP) _ Troops moved on Monday.')).toContain(
      'Organization AP',
    );
  });

  it('names a mission by its town, and knows a court by its seat too', () => {
    const doc = extractText(
      'The Ruritanian Embassy in Kessling protested on Monday. The Ruritanian Embassy said it ' +
        'would appeal. Officials at the Ruritanian Consulate in Ostburg declined to comment. ' +
        'A day later, the Regional Court in Ostburg ordered him held for three months.',
    );
    const names = doc.entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toContain('Government Ruritanian Embassy in Kessling');
    expect(names).toContain('Government Ruritanian Consulate in Ostburg');
    expect(names).not.toContain('Government Ruritanian Embassy');
    const court = doc.entities.find((e) => e.type === 'Court')!;
    expect(court.name).toBe('Regional Court');
    expect(court.aliases).toContain('Regional Court in Ostburg');
  });

  it('keeps the number of a detention facility after its head, but not a count after it', () => {
    const out = typed(
      'She was moved to Correctional Centre 2 on Tuesday. He spent years in Penal Colony 6. ' +
        'Kessling Prison 40 inmates were freed.',
    );
    expect(out).toContain('Prison Correctional Centre 2');
    expect(out).toContain('Prison Penal Colony 6');
    expect(out).not.toContain('Prison Kessling Prison 40');
  });

  it('keeps a place named once after "in"', () => {
    expect(typed('Heavy snow fell in Kessling.')).toContain('Place Kessling');
  });
});

describe('places typed by an administrative noun', () => {
  it('reads suburbs, departments, republics and coasts', () => {
    const out = typed(
      'He lived in the suburb of Kessling. The gang is based in the western Alta Verde department. He was sent to the republic of Norvia. Boats landed on the Dalmar coast.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Place Kessling',
        'Place Alta Verde',
        'Place Norvia',
        'Place Dalmar',
      ]),
    );
  });
});

describe('criminal groups named by compounds, quotes and glosses', () => {
  it('reads "the X drug trafficking organization" and "X, an outlawed armed group"', () => {
    const out = typed(
      'The Varga drug trafficking organization is based in Peru. Las Sombras, an outlawed armed group, denied it.',
    );
    expect(out).toEqual(
      expect.arrayContaining(['CriminalOrganization Varga', 'CriminalOrganization Las Sombras']),
    );
    expect(typed('The Acme group said so.')).toContain('Organization Acme');
  });

  it('reads the gang noun after a quoted name and its bracketed translation', () => {
    const out = typed('Police blame the "Sangre Joven" (Young Blood) gang for the kidnappings.');
    expect(out).toContain('CriminalOrganization Sangre Joven');
    expect(out.some((e) => e.includes('Young Blood'))).toBe(false);
  });

  it('does not read "From X, the court said" as an apposition', () => {
    expect(typed('In a statement from Brenvik, the court said he was ill.')).toContain(
      'Place Brenvik',
    );
  });
});

describe('other names given in the text', () => {
  it('reads "X, known as Y" and "X, also known as Y" as one entity', () => {
    const doc = extractText(
      'The Directorate for Border Crime, known as the Falcons, arrested Ivo Marin, also known as El Rubio.',
    );
    const byName = new Map(doc.entities.map((e) => [e.name, e]));
    expect(byName.get('Directorate for Border Crime')?.aliases).toContain('Falcons');
    expect(byName.get('Ivo Marin')?.aliases).toContain('El Rubio');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });
});

describe('more heads that continue or close a name', () => {
  it('reads "Special Tribunal Jurisdiction for Peace"-style names, "A and B Service" and "X Regional Services"', () => {
    const out = typed(
      'The Special Jurisdiction for Truth ordered it. The Migrant Advice and Casework Service sued. Harbor Regional Services runs the camp.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Court Special Jurisdiction for Truth',
        'Organization Harbor Regional Services',
      ]),
    );
    expect(out.some((e) => e.endsWith('Migrant Advice and Casework Service'))).toBe(true);
    expect(out.filter((e) => e.startsWith('Person '))).toEqual([]);
  });
});

describe('double-barrelled and dated names', () => {
  it('keeps "Ana Lopez-Mora" and "Lopez-Mora" whole but splits "Mexico-US" and "Afro-Cuban"', () => {
    const doc = extractText(
      'Ana Lopez-Mora was jailed on Jan. 8. Lopez-Mora denied it. The Mexico-US border and an Asian-Peruvian trader.',
    );
    const people = doc.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Ana Lopez-Mora']);
    expect(people[0]!.aliases).toContain('Lopez-Mora');
    expect(doc.entities.some((e) => e.name === 'Jan.')).toBe(false);
  });

  it('reads custodial centres and "Working Group on X"', () => {
    const out = typed(
      'He is held at the Kessling Custodial Centre. The UN Working Group on Enforced Disappearances objected.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Prison Kessling Custodial Centre',
        'Organization UN Working Group on Enforced Disappearances',
      ]),
    );
  });

  it('takes a surname in a frame that suggests a place or organisation for the person', () => {
    const doc = extractText('Ivo Marin was arrested in Lima. Lawyers for Marin appealed.');
    expect(doc.entities.filter((e) => e.type !== 'Person').map((e) => e.name)).not.toContain(
      'Marin',
    );
  });
});

describe('"and" inside the complement of an institution name', () => {
  it('joins "Centre for Peace and Human Rights" but not a second body or a role', () => {
    const out = typed(
      'The Centre for Peace and Human Rights said so. ' +
        'The Ministry of Justice and Interior Minister Ana Ruiz disagreed. ' +
        'The Supreme Court of Peru and Congress clashed.',
    );
    expect(out).toContain('Organization Centre for Peace and Human Rights');
    expect(out).toContain('Government Ministry of Justice');
    expect(out).toContain('Person Ana Ruiz');
    expect(out).toContain('Court Supreme Court of Peru');
    expect(out).toContain('Government Congress');
  });

  it('places "X (ACR), a CITY-based group" in the city', () => {
    const lines = relationLines(
      extractText(
        'The Centre for Legal Studies (CLS), a Maputo-based non-governmental organisation, welcomed the verdict.',
      ),
    );
    expect(lines).toContain('Centre for Legal Studies LOCATED_IN Maputo');
  });
});

describe('hyphenated given names', () => {
  it('keeps "Anne-Marie Dubois-Roy" whole and still splits "the Mexico-US border"', () => {
    const out = typed(
      'Anne-Marie Dubois-Roy accused the police of abuses. The Mexico-US border was closed.',
    );
    expect(out).toContain('Person Anne-Marie Dubois-Roy');
    expect(out).toContain('Country Mexico');
    expect(out.filter((e) => e.startsWith('Person '))).toEqual(['Person Anne-Marie Dubois-Roy']);
    const titled = typed('Chilean Foreign Minister Ana-Maria Soto-Ruiz met the envoy on Monday.');
    expect(titled.filter((e) => e.startsWith('Person '))).toEqual(['Person Ana-Maria Soto-Ruiz']);
  });
});

describe('possessives inside institution names', () => {
  it('keeps "the Riverside Widows\' Support Association" and "the Central Women\'s Correctional Institution" whole', () => {
    const out = typed(
      "The Riverside Widows' Support Association praised the verdict. " +
        "She spent a year in the Northern Women's Correctional Institution in Lima.",
    );
    expect(out).toContain("Organization Riverside Widows' Support Association");
    expect(out).toContain("Prison Northern Women's Correctional Institution");
  });

  it("does not join a person's possessive or a quantifier before a demonym", () => {
    const out = typed(
      "Ana Ruiz's Justice Department sued the state. Successive Chilean governments defended the policy.",
    );
    expect(out).toContain('Person Ana Ruiz');
    expect(out).toContain('Government Justice Department');
    expect(out.filter((e) => e.startsWith('Person '))).toEqual(['Person Ana Ruiz']);
  });
});

describe('places of detention named with a lower-case compound', () => {
  it('reads "the X remand centre", "the X penal colony", "the X detention facility" as prisons', () => {
    const text =
      'Tomasz Rek was arrested on Monday. He is being held at the Mokotów remand centre in ' +
      'Warsaw. He was later moved to the IK-9 penal colony in the Russian republic of Komi. ' +
      'Others were taken to the NBI detention facility in Cebu.';
    const out = typed(text);
    expect(out).toContain('Prison Mokotów remand centre');
    expect(out).toContain('Prison IK-9 penal colony');
    expect(out).toContain('Prison NBI detention facility');
    expect(out.filter((e) => e.startsWith('Person Others'))).toEqual([]);
    const rels = relationLines(extractText(text));
    expect(rels).toContain('Tomasz Rek HELD_IN Mokotów remand centre');
    expect(rels).toContain('IK-9 penal colony LOCATED_IN Komi');
    expect(rels).toContain('NBI detention facility LOCATED_IN Cebu');
  });

  it('does not make a prison of a name before an unrelated compound: "the Mokotów district centre"', () => {
    expect(typed('Protesters gathered at the Mokotów district centre.')).not.toContain(
      'Prison Mokotów district centre',
    );
  });
});

describe('names that take an article are no people', () => {
  it('reads "the Sacra Famiglia" and "Los Halcones del Norte" as bodies, not persons', () => {
    const out = typed(
      'Marco Ventresca is a boss of the Sacra Famiglia. Los Halcones del Norte denied it.',
    );
    expect(out.filter((e) => e.startsWith('Person ') && !e.includes('Ventresca'))).toEqual([]);
  });

  it('keeps a name before a noun a modifier: "the Ann Kowal government"', () => {
    expect(typed('Protesters marched against the Ann Kowal government.')).not.toContain(
      'Organization Ann Kowal',
    );
  });

  it('types a name by the described noun it is in apposition to', () => {
    expect(
      typed('Members of Los Cuervos killed nine members of a rival gang, Los Halcones del Norte.'),
    ).toContain('CriminalOrganization Los Halcones del Norte');
    expect(typed("He was moved to the country's largest prison, La Roqueta.")).toContain(
      'Prison La Roqueta',
    );
  });

  it('does not type a person by a noun inside a phrase before them: "guards at the prison, X"', () => {
    expect(
      typed('OFAC sanctioned two guards at the prison, Byron Tamayo and Luis Quintero.'),
    ).toContain('Person Byron Tamayo');
  });
});

describe('company names', () => {
  it('types names ending in a trade word, and names described as "a company owned by"', () => {
    expect(typed('The contract went to Kafue Medical Supplies.')).toContain(
      'Organization Kafue Medical Supplies',
    );
    expect(typed('He sold the land to Halvard Berg, a company owned by his nephew.')).toContain(
      'Organization Halvard Berg',
    );
  });
});

describe('names with a number', () => {
  it('keeps the number inside a gang name a kind noun follows: "the Calle 12 gang"', () => {
    expect(typed('Police arrested leaders of the Calle 12 gang.')).toContain(
      'CriminalOrganization Calle 12',
    );
  });
});

describe('news sites', () => {
  it('types "the news site X" as an organisation, not "on whose platform X was elected"', () => {
    expect(typed('Police raided the independent news site Kloop Daily on Monday.')).toContain(
      'Organization Kloop Daily',
    );
    expect(
      typed('The Civic Party, on whose platform Tomas Rek was elected, called it a vendetta.'),
    ).toContain('Person Tomas Rek');
  });
});

describe('more names', () => {
  it('types a "Regulation" as a law', () => {
    expect(
      typed('Under the Lisbon Regulation, asylum seekers apply in the first country.'),
    ).toContain('Law Lisbon Regulation');
  });

  it('keeps the verb out of a group: "The ruling concerned two Eritrean men"', () => {
    const doc = extractText('The ruling concerned two Eritrean men.');
    const names = doc.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toContain('two Eritrean men');
    expect(names.filter((n) => n.includes('concerned'))).toEqual([]);
  });

  it('lets an apposition override a generic body head: "X Council, the Netherlands\' highest court"', () => {
    expect(
      typed("The Vantor Council, the Netherlands' highest administrative court, ruled on it."),
    ).toContain('Court Vantor Council');
  });

  it('types a name by an apposition owned by a country with its article', () => {
    expect(
      typed("The Vantor Chamber, the Netherlands' highest administrative tribunal, ruled on it."),
    ).toContain('Court Vantor Chamber');
  });
});

describe('a court building', () => {
  it('types "the Laganside Law Courts" as a place, and keeps the court that sits there a court', () => {
    const out = typed(
      'The High Court, sitting at the Laganside Law Courts in Belfast, ruled on Monday.',
    );
    expect(out).toContain('Place Laganside Law Courts');
    expect(out).toContain('Court High Court');
  });
});

describe('companies named by a business word', () => {
  it('types "Pontus Advisory", "Kalev Logistic", "Nordic Ore Assets" as organisations', () => {
    const out = typed(
      'Prosecutors said Pontus Advisory and Kalev Logistic paid bribes to Nordic Ore Assets.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Organization Pontus Advisory',
        'Organization Kalev Logistic',
        'Organization Nordic Ore Assets',
      ]),
    );
  });
});

describe('statutes on a subject and numbered statutes', () => {
  it('reads "the Law on International Cooperation in Criminal Matters" and "Law 78/2000" whole', () => {
    const out = typed(
      'He was convicted under Law 78/2000 and the Law on International Cooperation in Criminal Matters.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'Law Law 78/2000',
        'Law Law on International Cooperation in Criminal Matters',
      ]),
    );
  });

  it('stops before a place: "the Convention on Human Rights in Europe"', () => {
    expect(typed('The Convention on Human Rights in Europe applies.')).toEqual(
      expect.arrayContaining(['Law Convention on Human Rights', 'Place Europe']),
    );
  });
});

describe('a place named with its kind noun', () => {
  it('is also known as "the Galle district", "Macuata province"', () => {
    const doc = extractText(
      'He was moved to Boossa prison in the southern Galle district. Police in Macuata province said so.',
    );
    const aliases = doc.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(aliases).toEqual(expect.arrayContaining(['Galle district', 'Macuata province']));
  });
});

describe('an unknown word before "-led" or "-run"', () => {
  it('names no person ("the Sunni-led coalition"), while a known body keeps its mention', () => {
    const out = typed(
      'He accused the Sunni-led Sovereign Dawn Coalition of trading votes. The Kremlin-backed party won.',
    );
    expect(out.some((l) => l.startsWith('Person'))).toBe(false);
    expect(out).toContain('Organization Sovereign Dawn Coalition');
  });
});

describe('a place whose name is built on "of"', () => {
  it('reads "Port of Spain" whole, not "Port" and the country Spain', () => {
    const out = typed('Police in Port of Spain said the gang controls parts of the city.');
    expect(out).toContain('Place Port of Spain');
    expect(out).not.toContain('Country Spain');
  });
});

describe('boards', () => {
  it('names a board whole, also across "and"', () => {
    const out = typed(
      'The Immigration and Refugee Board had failed, and the Parole Board refused his release.',
    );
    expect(out).toContain('Government Immigration and Refugee Board');
    expect(out).toContain('Government Parole Board');
  });
});

describe('committees of the state', () => {
  it('types "State Committee for National Security" as a state body that can charge', () => {
    expect(typed('The State Committee for National Security searched the offices.')).toContain(
      'Government State Committee for National Security',
    );
    expect(typed('The National Olympic Committee met.')).not.toContain(
      'Government National Olympic Committee',
    );
  });
});

describe('an agency over two fields', () => {
  it('is one name across "and"; two prisons joined by "and" stay two', () => {
    const out = typed(
      'The Swedish Prison and Probation Service moved them. Vardo Prison and Kira Prison were locked down.',
    );
    expect(out).toContain('Government Swedish Prison and Probation Service');
    expect(out).toEqual(expect.arrayContaining(['Prison Vardo Prison', 'Prison Kira Prison']));
  });
});

describe('more names of state bodies and titles', () => {
  it('reads "Supreme People\'s Procuracy", a bare "Minister for the Interior", "Special Prosecutor X"', () => {
    const out = typed(
      "The Supreme People's Procuracy indicted him. Ghana's Minister for the Interior, Kofi " +
        'Mensah, denied it. Special Prosecutor Kofi Amoah said his office had asked.',
    );
    expect(out).toContain("Government Supreme People's Procuracy");
    expect(out.filter((e) => /Minister for|Special$/.test(e))).toEqual([]);
    expect(out).toContain('Person Kofi Amoah');
  });

  it('does not take a plural common noun opening a quotation for a name, nor drop "US"', () => {
    const out = typed(
      '"Assurances that cannot be verified are not a safeguard," Ana Ruiz said. US prosecutors charged Tom Lee.',
    );
    expect(out.filter((e) => e.includes('Assurances'))).toEqual([]);
    expect(out).toContain('Government US prosecutors');
  });
});

describe('a kind noun of a prison or court opening a sentence', () => {
  it("names no prison or court of its own, and stands for the article's body of that kind", () => {
    const doc = extractText('Prison officer Shane Mohammed, 34, was stabbed by inmates.');
    expect(doc.entities.filter((e) => e.type === 'Prison')).toEqual([]);
    const lines = relationLines(
      extractText(
        'The Iranian judiciary has tried dozens of foreigners. The Revolutionary Court in Tehran sentenced Lea Morel to ten years. ' +
          'Judiciary spokesman Hamid Karimi defended the verdict.',
      ),
    );
    expect(lines).toContain('Hamid Karimi OFFICIAL_OF Iranian judiciary');
    expect(lines).toContain('Hamid Karimi SUPPORTED Revolutionary Court');
  });
});

describe("a prosecutor's office named for its town", () => {
  it('keeps the town and the lower-case levels in the name, and charges in its name', () => {
    const doc = extractText(
      "Investigators from the Tarvik regional prosecutor's office charged three guards with torture on Monday.",
    );
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain(
      "Government Tarvik regional prosecutor's office",
    );
    expect(relationLines(doc)).toContain("Tarvik regional prosecutor's office CHARGED guards");
    expect(
      extractText("The financial prosecutor's office appealed.").entities.map((e) => e.type),
    ).not.toContain('Government');
  });
});

describe('a unit of a state body', () => {
  it('is a state body: "the Interior Ministry\'s Penal System Committee"', () => {
    expect(
      typed(
        "The Interior Ministry's Penal System Committee said the inmate had died of heart failure.",
      ),
    ).toContain('Government Penal System Committee');
    expect(
      typed("Amnesty International's Crisis Response Committee said the inmate had died."),
    ).toContain('Organization Crisis Response Committee');
  });
});

describe('a political bloc', () => {
  it('is an organisation, and "Justice" inside its name is no judge\'s title', () => {
    const out = typed(
      'Petra Lind, a lawmaker who heads the small National Justice Bloc, filed the petition.',
    );
    expect(out).toContain('Organization National Justice Bloc');
    expect(out).not.toContain('Person Bloc');
  });
});
