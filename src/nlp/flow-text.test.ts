import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flowText } from './flow-text.js';

const wrapped =
  'TARNE, June 4 (Example Wire) - The harbour board of Tarne said on Tuesday\n' +
  'that it had suspended the night shift at the container quay after two\n' +
  'cranes failed, a spokesman told reporters.\n' +
  '\n' +
  '"We will not put crews at risk," the spokesman, Piet Halloway, said in a\n' +
  'statement.';

test('soft line breaks in hard-wrapped paragraphs become spaces; blank lines stay', () => {
  const flowed = flowText(wrapped);
  assert.equal(flowed.length, wrapped.length);
  assert.ok(flowed.includes('on Tuesday that it had'));
  assert.ok(flowed.includes('after two cranes failed'));
  assert.ok(flowed.includes('reporters.\n\n"We'), 'the paragraph break is kept');
  assert.ok(flowed.includes('said in a statement.'));
});

test('a paragraph per line (long lines, or short ones) is left alone', () => {
  const perLine =
    'Union leaders said on Monday that the strike at the port of Tarne would go on until the board agreed to hire more crane operators.\n' +
    'The board said it had offered a pay rise of 4 percent and would meet the union again next week to discuss staffing at the quay.';
  assert.equal(flowText(perLine), perLine);
  const headline = 'Port strike goes on\nBy Elsa Varnik\nTARNE, June 4';
  assert.equal(flowText(headline), headline);
});

test("a wrapped paragraph's short last line, and an indented line, still end a paragraph", () => {
  const text =
    'The harbour board said on Tuesday that the night shift would resume once\n' +
    'the cranes were repaired.\n' +
    'Union leaders said they would meet the board again on Friday to discuss\n' +
    'pay.\n' +
    '  A spokesman for the ministry of transport declined to comment on the\n' +
    'dispute.';
  const flowed = flowText(text);
  assert.ok(flowed.includes('resume once the cranes'));
  assert.ok(flowed.includes('repaired.\nUnion'), 'a short last line ends its paragraph');
  assert.ok(flowed.includes('pay.\n  A spokesman'), 'an indented line starts one');
  assert.ok(flowed.includes('on the dispute.'));
});

test('CRLF line ends flow as well, and the length never changes', () => {
  const crlf = wrapped.replace(/\n/g, '\r\n');
  const flowed = flowText(crlf);
  assert.equal(flowed.length, crlf.length);
  assert.ok(flowed.includes('on Tuesday  that it had'));
  assert.ok(flowed.includes('reporters.\r\n\r\n"We'));
});
