import type { EntityType } from '@news-kg/schema';
import { mayStartWithThe } from './leading-the';

/**
 * International and supranational bodies that news names without a type cue
 * ("Interpol", "NATO", "the ICC"): intergovernmental organisations, their
 * courts, and the international NGOs that comment on courts, prisons and
 * governments. Keys are the written forms; values the canonical name and type.
 * A generic list, like the country list: nothing here comes from one article.
 */
const BODIES: [names: string[], type: EntityType][] = [
  [['United Nations', 'UN', 'U.N.'], 'Organization'],
  [['UN Security Council', 'United Nations Security Council'], 'Organization'],
  [['UN General Assembly', 'United Nations General Assembly'], 'Organization'],
  [['UN Human Rights Council', 'United Nations Human Rights Council'], 'Organization'],
  [['UNHCR', 'UN refugee agency'], 'Organization'],
  [['UNICEF'], 'Organization'],
  [['OHCHR'], 'Organization'],
  [['UNODC', 'United Nations Office on Drugs and Crime'], 'Organization'],
  [['International Organization for Migration', 'IOM'], 'Organization'],
  [['World Health Organization', 'WHO'], 'Organization'],
  [['International Monetary Fund', 'IMF'], 'Organization'],
  [['World Bank'], 'Organization'],
  [['World Trade Organization', 'WTO'], 'Organization'],
  [['Interpol'], 'Organization'],
  [['Europol'], 'Organization'],
  [['Eurojust'], 'Organization'],
  [['Frontex'], 'Organization'],
  [['European Union', 'EU'], 'Organization'],
  [['European Commission'], 'Organization'],
  [['European Parliament'], 'Organization'],
  [['Council of Europe'], 'Organization'],
  [['NATO', 'North Atlantic Treaty Organization'], 'Organization'],
  [['OSCE', 'Organization for Security and Co-operation in Europe'], 'Organization'],
  [['Organization of American States', 'OAS'], 'Organization'],
  [['African Union', 'AU'], 'Organization'],
  [['ASEAN', 'Association of Southeast Asian Nations'], 'Organization'],
  [['ECOWAS', 'Economic Community of West African States'], 'Organization'],
  [['SADC', 'Southern African Development Community'], 'Organization'],
  [['East African Community', 'EAC'], 'Organization'],
  [['Mercosur'], 'Organization'],
  [['Arab League'], 'Organization'],
  [['Financial Action Task Force', 'FATF'], 'Organization'],
  [['International Criminal Court', 'ICC'], 'Court'],
  [['International Court of Justice', 'ICJ'], 'Court'],
  [['European Court of Human Rights', 'ECHR', 'ECtHR'], 'Court'],
  [['European Court of Justice', 'Court of Justice of the European Union', 'CJEU'], 'Court'],
  [['Inter-American Court of Human Rights'], 'Court'],
  [['Inter-American Commission on Human Rights', 'IACHR'], 'Organization'],
  [['International Committee of the Red Cross', 'ICRC', 'Red Cross'], 'Organization'],
  [['Amnesty International', 'Amnesty'], 'Organization'],
  [['Human Rights Watch', 'HRW'], 'Organization'],
  [['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'], 'Organization'],
  [['Reporters Without Borders', 'Reporters Sans Frontières', 'RSF'], 'Organization'],
  [['Committee to Protect Journalists', 'CPJ'], 'Organization'],
  [['Transparency International'], 'Organization'],
  [['International Crisis Group'], 'Organization'],
  [['Oxfam'], 'Organization'],
  [['Save the Children'], 'Organization'],
];

/**
 * National security, police and intelligence agencies that news names by their
 * acronym alone ("the FBI", "the FSB"). They act for a state, so they are
 * Government.
 */
const NATIONAL_AGENCIES: string[][] = [
  ['FBI', 'Federal Bureau of Investigation'],
  ['CIA', 'Central Intelligence Agency'],
  ['NSA', 'National Security Agency'],
  ['DEA', 'Drug Enforcement Administration'],
  ['ICE', 'Immigration and Customs Enforcement'],
  ['CBP', 'Customs and Border Protection'],
  ['ATF'],
  ['Department of Homeland Security'],
  ['FSB'],
  ['SVR'],
  ['GRU'],
  ['KGB'],
  ['MI5'],
  ['MI6'],
  ['GCHQ'],
  ['Mossad'],
  ['Shin Bet'],
  ['ISI'],
  ['SBU'],
  ['DGSE'],
  ['DGSI'],
  ['BND'],
  ['Carabinieri'],
  ['Guardia Civil'],
];
for (const names of NATIONAL_AGENCIES) BODIES.push([names, 'Government']);

const BY_NAME = new Map<string, { name: string; type: EntityType }>();
for (const [names, type] of BODIES) {
  for (const n of names) BY_NAME.set(n, { name: names[0]!, type });
}

/** Multi-word names as word lists by first word, longest first ("Save the Children"). */
export const MULTIWORD_BODIES = new Map<string, string[][]>();
for (const n of [...BY_NAME.keys()].sort((a, b) => b.length - a.length)) {
  if (!n.includes(' ')) continue;
  const words = n.split(' ');
  MULTIWORD_BODIES.set(words[0]!, [...(MULTIWORD_BODIES.get(words[0]!) ?? []), words]);
}

/** The international body a written name stands for, or undefined. */
export function internationalBody(text: string): { name: string; type: EntityType } | undefined {
  const found = BY_NAME.get(text);
  if (found !== undefined || !mayStartWithThe(text)) return found;
  return BY_NAME.get(text.replace(/^the\s+/i, ''));
}

/** News agencies whose name in brackets after a dateline credits the story ("SEOUL, South Korea (AP)"). */
const WIRE_AGENCIES = new Set([
  'AP',
  'AFP',
  'UPI',
  'DPA',
  'EFE',
  'ANSA',
  'TASS',
  'ITAR-TASS',
  'PTI',
  'IANS',
  'MENA',
  'BTA',
  'PAP',
  'CTK',
  'APA',
  'KUNA',
  'WAM',
  'SPA',
  'IRNA',
  'ISNA',
  'AA',
  'NAN',
  'KNA',
  'CNA',
  'Reuters',
  'Xinhua',
  'Yonhap',
  'Kyodo',
  'Bernama',
  'Antara',
  'Anadolu',
  'Interfax',
  'Tanjug',
  'Prensa Latina',
  'Notimex',
]);

export function isWireAgency(word: string): boolean {
  return WIRE_AGENCIES.has(word) || WIRE_AGENCIES.has(word.toUpperCase());
}

/**
 * Capitals that, as actors, stand for an international body seated there rather than for
 * their country: "Brussels" demanding or criticising is the EU, not Belgium.
 */
const SEATED_BODIES = new Map<string, string>([['Brussels', 'European Union']]);

/** The body a capital stands for when it acts, if it is the seat of one. */
export function bodySeatedIn(capital: string): { name: string; type: EntityType } | undefined {
  const name = SEATED_BODIES.get(capital);
  return name ? internationalBody(name) : undefined;
}

/** Seats of international courts: "the Strasbourg court" is the court seated there. */
const COURT_SEATS = new Map<string, string[]>([
  ['Strasbourg', ['European Court of Human Rights']],
  ['The Hague', ['International Criminal Court', 'International Court of Justice']],
  ['Hague', ['International Criminal Court', 'International Court of Justice']],
  ['Luxembourg', ['European Court of Justice']],
  ['San José', ['Inter-American Court of Human Rights']],
  ['San Jose', ['Inter-American Court of Human Rights']],
]);

/** International courts seated in a city ("Strasbourg" → the European Court of Human Rights). */
export function courtsSeatedIn(city: string): readonly string[] {
  return COURT_SEATS.get(city) ?? [];
}
