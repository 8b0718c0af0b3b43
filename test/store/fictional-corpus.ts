/** Generated fictional news articles (invented people, places and bodies) for store tests and the bench. */
const GIVEN = ['Elsa', 'Tomas', 'Marit', 'Oskar', 'Ilse', 'Bram', 'Nadia', 'Kofi', 'Lena', 'Piet', 'Sunniva', 'Arvo'];
const FAMILY = ['Varnik', 'Orlund', 'Kessby', 'Tanhaus', 'Mirov', 'Dallgren', 'Okoro', 'Feldt', 'Ruskin', 'Halloway'];
const TOWNS = ['Dunmore', 'Keswater', 'Brannoch', 'Ellisford', 'Marrow Bay', 'Tolvik', 'Ashgrove', 'Penhallow'];
const BODIES = ['Ridge', 'Harbor', 'Valley', 'Coastal', 'Northern', 'Union'];
const OUTLETS = ['Harbor Gazette', 'Valley Courier', 'Example Wire', 'Coastal Ledger'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const ITEMS = ['households', 'inspectors', 'buses', 'families', 'volunteers', 'classrooms'];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** One fictional article record for JSONL input. Example: fictionalArticle(7).id === 'fict-000007'. */
export function fictionalArticle(i: number): { id: string; outlet: string; published: string; title: string; url: string; text: string } {
  const a = `${pick(GIVEN, i)} ${pick(FAMILY, i * 7 + 3)}`;
  const b = `${pick(GIVEN, i * 5 + 1)} ${pick(FAMILY, i * 3 + 1)}`;
  const town = pick(TOWNS, i * 11);
  const body = pick(BODIES, i * 13);
  const n = 10 + ((i * 37) % 900);
  const m = 2 + ((i * 17) % 60);
  const year = 2021 + (i % 5);
  const day = 1 + (i % 28);
  const month = 1 + (i % 12);
  const text =
    `${town} council member ${a} said on ${pick(DAYS, i)} that ${n} ${pick(ITEMS, i)} would receive new water meters by ${year}.\n\n` +
    `Officials of the ${body}-backed Alliance denied that the programme was running late. ` +
    `${b} said about ${m} ${pick(ITEMS, i + 3)} had already signed up. "The pipes are old and the money is short," she added.\n\n` +
    `The Treasury declined to comment. Costs rose ${1 + (i % 9)}% in ${year - 1}, according to figures seen by the council.`;
  return {
    id: `fict-${String(i).padStart(6, '0')}`,
    outlet: pick(OUTLETS, i),
    published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    title: `${town} water meters: ${n} ${pick(ITEMS, i)} to be covered`,
    url: `https://news.example/${town.toLowerCase().replace(/ /g, '-')}/${i}`,
    text,
  };
}

/** `count` articles as JSONL text, starting at index `from`. */
export function fictionalJsonl(count: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) lines.push(JSON.stringify(fictionalArticle(i)));
  return lines.join('\n') + '\n';
}
