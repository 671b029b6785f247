import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from '../test-support/extract-text';

/** "the ministry" / "his ministry" after a titled minister, on invented sentences. */
describe('ministry references', () => {
  it('resolves "her ministry" and "the ministry" to the titled minister’s ministry', () => {
    const doc = extractText(
      'Interior Minister Lucia Ferrand of Chile defended the decree on Monday. ' +
        'She said her ministry had acted lawfully. ' +
        'Opposition lawmakers accused the ministry of ignoring the courts.',
    );
    const ministry = entityOf(doc, 'Interior Ministry');
    expect(ministry?.type).toBe('Government');
    expect(ministry?.attributes?.country).toBe('Chile');
    const lines = relationLines(doc);
    expect(lines.some((l) => /ACCUSED_OF Interior Ministry$/.test(l))).toBe(true);
    expect(lines.some((l) => /ACCUSED_OF Government of Chile$/.test(l))).toBe(false);
  });

  it('prefers a ministry named after the minister, and reuses a named ministry of that portfolio', () => {
    const doc = extractText(
      'Justice Minister Tomas Lindqvist of Sweden spoke on Monday. ' +
        'The Swedish Foreign Ministry summoned the envoy of Iran. ' +
        'Protesters criticized the ministry on Tuesday.',
    );
    expect(relationLines(doc)).toContain('protesters CRITICIZED Swedish Foreign Ministry');
    expect(entityOf(doc, 'Justice Ministry')).toBeUndefined();
    const named = extractText(
      'The Ministry of Justice of Ghana issued new rules. ' +
        'Justice Minister Kofi Mensah defended them on Monday. ' +
        'The Accra Bar Association criticized the ministry.',
    );
    expect(relationLines(named)).toContain('Accra Bar Association CRITICIZED Ministry of Justice');
    expect(entityOf(named, 'Justice Ministry')).toBeUndefined();
  });

  it('creates no ministry without a minister or ministry in the article', () => {
    const doc = extractText(
      'Prime Minister Anna Berg of Norway visited Oslo on Monday. Critics attacked the ministry.',
    );
    expect(doc.entities.some((e) => /Ministry/.test(e.name))).toBe(false);
  });
});
