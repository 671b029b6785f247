/**
 * Writes packages/viz/fixtures/venezuela.kg.json: a hand-written, valid contract
 * document for the DW article of 2025-03-21 (text lightly shortened; two
 * background sentences added so that a court and a place appear), covering every
 * entity type and all four modalities. Run: pnpm exec tsx packages/viz/scripts/make-fixture.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../src/document-builder';

const text = `Venezuela rejects US crime gang accusations as slur

Venezuela has slammed a US claim that deportees sent to a jail in El Salvador belong to the Tren de Aragua criminal gang. It said the group has been defeated and that none of the deportees had connections with it.

Venezuela on Friday said none of the hundreds of deportees sent to a Salvadoran prison had links to the Tren de Aragua gang.

US President Donald Trump last Saturday invoked an obscure wartime law to swiftly deport people that the White House claims were members of the Venezuelan gang.

Venezuelan Interior Minister Diosdado Cabello said the US-alleged links to the gang were a narrative by the United States to "stigmatize" migrants.

He underlined that Tren de Aragua, which Washington has declared a terrorist group and alien enemy, was no longer considered operational by the Nicolas Maduro government.

Cabello criticized Nayib Bukele, the president of El Salvador, and denounced him as "an instrument of imperialism."

The Central American country received and arrested more than 200 people from the United States allegedly linked to the Tren de Aragua.

Bukele has offered to take in prisoners in return for payment from the US.

Washington on Wednesday defended having invoked the Alien Enemies Act, normally only used in times of war, to deport the men to a prison in El Salvador.

The men are being held at El Salvador's Terrorism Confinement Center (CECOT), a prison in Tecoluca.

Maduro on Friday said his government has hired the "best law firms" in El Salvador and the US.

The American Civil Liberties Union sued the Trump administration over the flights.

US District Judge James Boasberg of the US District Court for the District of Columbia on Saturday issued an emergency order against the deportation of the Venezuelans.

He claimed that the Trump administration had ignored his court order to turn around the plane.`;

const doc = buildDocument(
  {
    id: 'dw-2025-03-21-venezuela-rejects-us-gang-accusations',
    title: 'Venezuela rejects US crime gang accusations as slur',
    url: 'https://p.dw.com/p/4s77Q',
    publishedAt: '2025-03-21',
    source: 'DW (hand-written viz fixture)',
    text,
  },
  [
    { name: 'Venezuela', type: 'Country', mentions: ['Venezuela '] },
    { name: 'United States', type: 'Country', aliases: ['US', 'Washington'] },
    { name: 'El Salvador', type: 'Country', aliases: ['Central American country'] },
    { name: 'White House', type: 'Government' },
    { name: 'Trump administration', type: 'Government' },
    {
      name: 'Nicolas Maduro government',
      type: 'Government',
      aliases: ['his government'],
    },
    { name: 'Donald Trump', type: 'Person', aliases: ['Trump'], mentions: ['Donald Trump'] },
    { name: 'Diosdado Cabello', type: 'Person', aliases: ['Cabello'] },
    { name: 'Nayib Bukele', type: 'Person', aliases: ['Bukele'] },
    { name: 'Nicolas Maduro', type: 'Person', aliases: ['Maduro'], mentions: ['Maduro on'] },
    { name: 'James Boasberg', type: 'Person', aliases: ['Boasberg'], mentions: ['James Boasberg'] },
    { name: 'Tren de Aragua', type: 'CriminalOrganization' },
    { name: 'Alien Enemies Act', type: 'Law', aliases: ['obscure wartime law'] },
    {
      name: 'US District Court for the District of Columbia',
      type: 'Court',
    },
    {
      name: 'Terrorism Confinement Center',
      type: 'Prison',
      aliases: ['CECOT'],
    },
    { name: 'Tecoluca', type: 'Place' },
    { name: 'American Civil Liberties Union', type: 'Organization', aliases: ['ACLU'] },
    { name: 'Venezuelan deportees', type: 'Group', aliases: ['deportees', 'the men'] },
  ],
  [
    {
      subject: 'Donald Trump',
      predicate: 'PRESIDENT_OF',
      object: 'United States',
      evidence: [{ sentence: 'US President Donald Trump', span: 'US President Donald Trump' }],
    },
    {
      subject: 'Donald Trump',
      predicate: 'INVOKED',
      object: 'Alien Enemies Act',
      evidence: [{ sentence: 'US President Donald Trump', span: 'invoked an obscure wartime law' }],
    },
    {
      subject: 'United States',
      predicate: 'INVOKED',
      object: 'Alien Enemies Act',
      evidence: [
        {
          sentence: 'defended having invoked the Alien Enemies Act',
          span: 'invoked the Alien Enemies Act',
        },
      ],
    },
    {
      subject: 'Venezuelan deportees',
      predicate: 'MEMBER_OF',
      object: 'Tren de Aragua',
      modality: 'claimed',
      by: 'White House',
      evidence: [
        {
          sentence: 'the White House claims were members',
          span: 'the White House claims were members of the Venezuelan gang',
        },
      ],
    },
    {
      subject: 'Venezuelan deportees',
      predicate: 'MEMBER_OF',
      object: 'Tren de Aragua',
      modality: 'denied',
      by: 'Venezuela',
      evidence: [
        {
          sentence: 'Venezuela on Friday said none',
          span: 'none of the hundreds of deportees sent to a Salvadoran prison had links to the Tren de Aragua gang',
        },
        {
          sentence: 'none of the deportees had connections',
          span: 'none of the deportees had connections with it',
        },
      ],
    },
    {
      subject: 'Venezuelan deportees',
      predicate: 'MEMBER_OF',
      object: 'Tren de Aragua',
      modality: 'alleged',
      evidence: [
        {
          sentence: 'allegedly linked to the Tren de Aragua',
          span: 'allegedly linked to the Tren de Aragua',
        },
      ],
    },
    {
      subject: 'Venezuela',
      predicate: 'DENIED',
      object: 'United States',
      evidence: [{ sentence: 'Venezuela has slammed a US claim', span: 'slammed a US claim' }],
    },
    {
      subject: 'Diosdado Cabello',
      predicate: 'MINISTER_OF',
      object: 'Venezuela',
      qualifiers: { portfolio: 'Interior' },
      evidence: [
        {
          sentence: 'Venezuelan Interior Minister Diosdado Cabello',
          span: 'Venezuelan Interior Minister Diosdado Cabello',
        },
      ],
    },
    {
      subject: 'Diosdado Cabello',
      predicate: 'ACCUSED_OF',
      object: 'United States',
      qualifiers: { charge: 'stigmatizing migrants' },
      evidence: [
        {
          sentence: 'were a narrative by the United States',
          span: 'a narrative by the United States to "stigmatize" migrants',
        },
      ],
    },
    {
      subject: 'Diosdado Cabello',
      predicate: 'CRITICIZED',
      object: 'Nayib Bukele',
      evidence: [{ sentence: 'Cabello criticized Nayib Bukele', span: 'criticized Nayib Bukele' }],
    },
    {
      subject: 'Nayib Bukele',
      predicate: 'PRESIDENT_OF',
      object: 'El Salvador',
      evidence: [
        { sentence: 'the president of El Salvador', span: 'the president of El Salvador' },
      ],
    },
    {
      subject: 'United States',
      predicate: 'DESIGNATED_AS',
      object: 'Tren de Aragua',
      qualifiers: { designation: 'terrorist group and alien enemy' },
      evidence: [
        {
          sentence: 'which Washington has declared a terrorist group',
          span: 'Washington has declared a terrorist group and alien enemy',
        },
      ],
    },
    {
      subject: 'Nicolas Maduro',
      predicate: 'LEADS',
      object: 'Nicolas Maduro government',
      evidence: [{ sentence: 'the Nicolas Maduro government', span: 'Nicolas Maduro government' }],
    },
    {
      subject: 'Nicolas Maduro government',
      predicate: 'GOVERNMENT_OF',
      object: 'Venezuela',
      evidence: [
        {
          sentence: 'no longer considered operational by the Nicolas Maduro government',
          span: 'the Nicolas Maduro government',
        },
      ],
    },
    {
      subject: 'Trump administration',
      predicate: 'DEPORTED',
      object: 'Venezuelan deportees',
      evidence: [
        {
          sentence: 'defended having invoked the Alien Enemies Act',
          span: 'to deport the men to a prison in El Salvador',
        },
      ],
    },
    {
      subject: 'Venezuelan deportees',
      predicate: 'DEPORTED_TO',
      object: 'El Salvador',
      evidence: [
        {
          sentence: 'deportees sent to a jail in El Salvador',
          span: 'deportees sent to a jail in El Salvador',
        },
      ],
    },
    {
      subject: 'El Salvador',
      predicate: 'RECEIVED',
      object: 'Venezuelan deportees',
      evidence: [
        {
          sentence: 'The Central American country received',
          span: 'received and arrested more than 200 people from the United States',
        },
      ],
    },
    {
      subject: 'Venezuelan deportees',
      predicate: 'HELD_IN',
      object: 'Terrorism Confinement Center',
      evidence: [
        {
          sentence: 'The men are being held at',
          span: "being held at El Salvador's Terrorism Confinement Center",
        },
      ],
    },
    {
      subject: 'Terrorism Confinement Center',
      predicate: 'LOCATED_IN',
      object: 'Tecoluca',
      evidence: [{ sentence: 'a prison in Tecoluca', span: 'a prison in Tecoluca' }],
    },
    {
      subject: 'Terrorism Confinement Center',
      predicate: 'LOCATED_IN',
      object: 'El Salvador',
      evidence: [
        {
          sentence: 'The men are being held at',
          span: "El Salvador's Terrorism Confinement Center",
        },
      ],
    },
    {
      subject: 'Tecoluca',
      predicate: 'LOCATED_IN',
      object: 'El Salvador',
      evidence: [
        {
          sentence: 'The men are being held at',
          span: "El Salvador's Terrorism Confinement Center (CECOT), a prison in Tecoluca",
        },
      ],
    },
    {
      subject: 'Nayib Bukele',
      predicate: 'AGREEMENT_WITH',
      object: 'United States',
      modality: 'claimed',
      by: 'Nayib Bukele',
      evidence: [
        {
          sentence: 'Bukele has offered to take in prisoners',
          span: 'offered to take in prisoners in return for payment from the US',
        },
      ],
    },
    {
      subject: 'American Civil Liberties Union',
      predicate: 'SUED',
      object: 'Trump administration',
      evidence: [
        {
          sentence: 'sued the Trump administration',
          span: 'sued the Trump administration over the flights',
        },
      ],
    },
    {
      subject: 'James Boasberg',
      predicate: 'JUDGE_OF',
      object: 'US District Court for the District of Columbia',
      evidence: [
        {
          sentence: 'US District Judge James Boasberg',
          span: 'US District Judge James Boasberg of the US District Court for the District of Columbia',
        },
      ],
    },
    {
      subject: 'James Boasberg',
      predicate: 'ISSUED_ORDER_AGAINST',
      object: 'Trump administration',
      evidence: [
        {
          sentence: 'US District Judge James Boasberg',
          span: 'issued an emergency order against the deportation of the Venezuelans',
        },
      ],
    },
    {
      subject: 'Trump administration',
      predicate: 'RELATED_TO',
      object: 'US District Court for the District of Columbia',
      modality: 'claimed',
      by: 'James Boasberg',
      qualifiers: { verb: 'ignore' },
      evidence: [
        {
          sentence: 'He claimed that the Trump administration had ignored',
          span: 'the Trump administration had ignored his court order',
        },
      ],
    },
  ],
);

const out = fileURLToPath(new URL('../fixtures/venezuela.kg.json', import.meta.url));
writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
console.log(`wrote ${out}: ${doc.entities.length} entities, ${doc.relations.length} relations`);
