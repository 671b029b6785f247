import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string): string[] => relationLines(extractText(text));

/** Offers, plans, requests, refusals, modals and conditions do not state that an event happened. */
describe('irrealis complements', () => {
  it('does not assert a payment that is only part of an offer', () => {
    expect(
      lines('Peru has offered to take in prisoners in return for payment from Chile.'),
    ).toEqual([]);
    // the same frame outside an offer is a fact
    expect(lines('Peru received payment from Chile for the prisoners.')).toContain(
      'Chile PAID Peru',
    );
  });

  it('covers proposals, plans and intentions, as verbs, nouns and adjectives', () => {
    for (const text of [
      'Peru proposed to receive payment from Chile.',
      'Peru proposed a plan to receive payment from Chile.',
      'Peru wants to receive payment from Chile.',
      'Peru is ready to sign an agreement with Chile.',
      'Peru offered to sign a deal with Chile.',
      'Bolivia has threatened to expel the detainees to Peru.',
    ])
      expect(lines(text), text).toEqual([]);
  });

  it('reads "a successor to lead X" and "the right to appeal" as prospects, not events', () => {
    expect(
      lines(
        'Tomas Bako of the Unity Party was seen as a likely successor to lead the Unity Party.',
      ),
    ).not.toContain('Tomas Bako LEADS Unity Party');
    expect(lines('Tomas Bako leads the Unity Party, the party said.')).toContain(
      'Tomas Bako LEADS Unity Party',
    );
  });

  it('reads what someone can do as possible, not done', () => {
    expect(lines('Tomas Bako can challenge the Unity Party in court, his lawyer said.')).toEqual(
      [],
    );
    expect(lines('Tomas Bako criticised the Unity Party, his lawyer said.')).toContain(
      'Tomas Bako CRITICIZED Unity Party',
    );
  });

  it('covers requests with an object before the infinitive, and refusals', () => {
    expect(lines('Chile asked Peru to accept a payment from Bolivia.')).toEqual([]);
    expect(lines('Peru has refused to accept payment from Chile.')).toEqual([]);
  });

  it('covers modals and conditions ("would … if", "will … if", "if X pays Y")', () => {
    expect(lines('Peru would receive payment from Chile if the deal is approved.')).toEqual([]);
    expect(lines('Peru will receive payment from Chile if the deal is approved.')).toEqual([]);
    expect(lines('If Chile pays Peru, the prisoners will be freed.')).toEqual([]);
    // an announced act has not happened yet, condition or not
    expect(lines('The government said it will prosecute the Unity Party.')).toEqual([]);
    // nor has a required one
    expect(lines('The court ruled that Ivan Petrov must pay Ana Kask 5,000 euros.')).toEqual([]);
    // an open question states neither the event nor its denial
    expect(lines('The judge did not say whether Peru paid Chile.')).toEqual([]);
  });

  it('ends the complement at a new clause, and leaves what the sentence presupposes asserted', () => {
    expect(lines('Peru offered to take in the prisoners, but Chile paid Bolivia.')).toContain(
      'Chile PAID Bolivia',
    );
    expect(
      lines('Peru, which received payment from Chile, has offered to take in more prisoners.'),
    ).toContain('Chile PAID Peru');
    // a reduced relative inside the complement describes the men as they are
    expect(lines('Maria Lopez vowed to free the citizens imprisoned in Peru.')).toContain(
      'citizens HELD_IN Peru',
    );
    // an embedded wh-clause states what happened
    expect(lines('Analysts hope to explain why Chile paid Peru.')).toContain('Chile PAID Peru');
  });

  it('does not treat a purpose infinitive as an offer', () => {
    expect(lines('Peru has paid Chile to take in the prisoners.')).toContain('Peru PAID Chile');
  });
});
