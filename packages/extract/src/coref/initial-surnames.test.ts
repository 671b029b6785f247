import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

describe('a family name that is also an English word, opening a sentence', () => {
  it('is the person named in full before ("Park has denied …")', () => {
    const doc = extractText(
      'Malaysian police arrested Park Jae-hyun in Kuala Lumpur in March. ' +
        'Park has denied wrongdoing. His lawyer, Anwar Salleh, said he would appeal.',
    );
    expect(doc.entities.find((e) => e.name === 'Park Jae-hyun')?.aliases).toContain('Park');
    expect(relationLines(doc)).toContain('Anwar Salleh RELATED_TO Park Jae-hyun');
  });

  it('is no one when no one of that name was named before', () => {
    const doc = extractText('Park officials said the gates would close at dusk.');
    expect(doc.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});
