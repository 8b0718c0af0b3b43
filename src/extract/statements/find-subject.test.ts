import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subjectBefore } from './find-subject.js';
import { docOf } from './fixtures.js';

// The subject before a cue word (the first "said"/"denied" in each sentence).
function subject(text: string, cue: string): string | null {
  const doc = docOf(text);
  let i = 0;
  while (i < doc.tokenCount && text.slice(doc.tokenStart[i], doc.tokenEnd[i]) !== cue) i++;
  const r = subjectBefore(doc, 0, i);
  return r ? text.slice(doc.tokenStart[r[0]], doc.tokenEnd[r[1] - 1]) : null;
}

test('find-subject: intro phrases, parentheticals, appositives and clauses before the subject', () => {
  const cases: Array<[string, string, string | null]> = [
    ['In a statement on Monday, the council said it would meet.', 'said', 'the council'],
    ['Ivo Marn, who is believed to be abroad, denied the claim.', 'denied', 'Ivo Marn'],
    ['Lena Dorsk, a fisheries expert at the Orsk Institute, said stocks fell.', 'said', 'Lena Dorsk, a fisheries expert at the Orsk Institute'],
    ['A spokesman for the port, reached by telephone, denied it.', 'denied', 'A spokesman for the port'],
    ['Shares fell after a leaked audit showed losses.', 'showed', 'a leaked audit'],
    ['Two people who attended the hearing said the judge left.', 'said', 'Two people who attended the hearing'],
    ['The Varno Group, meanwhile, said it would appeal.', 'said', 'The Varno Group'],
    ['But two guards said the gate was open.', 'said', 'two guards'],
  ];
  for (const [text, cue, want] of cases) assert.equal(subject(text, cue), want, text);
});
