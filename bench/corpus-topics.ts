// Story topics for the generated bench corpus: what happened, what people say about it, what they deny.
// `{n}`, `{pct}`, `{money}`, `{item}`, `{org}`, `{org2}`, `{place}`, `{country}`, `{demonym}`, `{day}`, `{month}`
// and `{year}` are filled by the generator; the sentences are written for this bench (fictional events).

export interface Topic {
  readonly name: string;
  /** The kinds of organisation (corpus-words ORGS) that appear in this kind of story. */
  readonly orgKinds: readonly string[];
  readonly headline: readonly string[];
  /** Lead events: the first sentence after the dateline, before the attribution. */
  readonly events: readonly string[];
  /** Reported-speech content clauses ("said that ..."). */
  readonly clauses: readonly string[];
  /** Direct quotes, without quotation marks or final stop. */
  readonly quotes: readonly string[];
  /** What someone denies ("denied ..."). */
  readonly denials: readonly string[];
  /** Background sentences. */
  readonly background: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    name: 'election',
    orgKinds: ['party', 'agency', 'group'],
    headline: ['{org} wins disputed vote in {country}', 'Opposition claims fraud after {country} by-election'],
    events: [
      "{org} won {day}'s regional election in {country} with {pct} of the vote",
      'turnout in the {place} by-election fell to {pct}, the lowest in two decades',
      'vote counting in {country} was suspended in {n} districts after clashes between rival supporters',
    ],
    clauses: [
      'votes had been bought in at least {n} polling stations',
      'the count had been transparent and the result would stand',
      'observers had been denied access to {n} counting centres',
      'the party would challenge the result in the constitutional court',
      'turnout had fallen because of heavy rain in the north',
    ],
    quotes: [
      'The people have spoken and we will respect their choice',
      'We have evidence that ballots were stuffed, and we will be going to court',
      'Nobody who watched this count can say it was free',
      'This is a victory for every family that was told its vote did not matter',
      'We will study the figures before we say anything more',
    ],
    denials: ['that its agents had paid voters', 'any wrongdoing during the campaign', 'that ballot boxes had been tampered with'],
    background: [
      '{Org} has governed {country} since {year}, when it won a landslide on a promise to fight corruption.',
      'The seat fell vacant in {month} after the sitting member died.',
    ],
  },
  {
    name: 'strike',
    orgKinds: ['company', 'group', 'agency'],
    headline: ['Port strike in {place} enters second week', 'Dockworkers walk out over pay'],
    events: [
      'dockworkers at the port of {place} extended their strike for a second week, leaving {n} {item} stranded',
      'about {n} workers walked off the job at {org} facilities on {day}, demanding a {pct} pay rise',
    ],
    clauses: [
      'the strike was costing the economy {money} a day',
      'talks with the employers would resume on {day}',
      'the union had rejected an offer of a {pct} raise spread over three years',
      'police had used tear gas to clear a blockade at the main gate',
      'the government was preparing to bring in the army to move cargo',
    ],
    quotes: [
      'Our members have not had a raise in six years',
      'We will stay out until the company puts a serious offer on the table',
      'The port is the lifeline of this country and it cannot stay shut',
      'Nobody wants this strike to go on, least of all the workers',
    ],
    denials: ['that it had hired replacement workers', 'that the union was being funded by rival shippers', 'breaking the previous agreement'],
    background: [
      'The port handles roughly {pct} of {country}\'s imports.',
      'A similar stoppage in {year} lasted {n} days and was ended by a court order.',
    ],
  },
  {
    name: 'flood',
    orgKinds: ['agency', 'group', 'party'],
    headline: ['Floods kill dozens in {country}', 'Thousands displaced as rivers burst banks near {place}'],
    events: [
      'floods in {country} have killed at least {n} people and forced {n2} households from their homes',
      'heavy rain swept away bridges and roads around {place}, cutting off {n} villages',
    ],
    clauses: [
      'rescue teams were still searching for {n} missing people',
      'the death toll was likely to rise as water receded',
      'the government had released {money} in emergency aid',
      'warnings had been issued three days before the rivers burst their banks',
      'many of the dead were children swept from their homes at night',
    ],
    quotes: [
      'We lost everything in one night',
      'The water came faster than anyone expected',
      'We are doing everything we can to reach the people who are cut off',
      'This is the worst flooding this region has seen in living memory',
    ],
    denials: ['that warnings had come too late', 'that aid had been diverted to party supporters', 'neglecting the dams'],
    background: [
      'The rainy season usually runs from {month} to {month2}.',
      'Floods in {year} killed more than {n} people in the same region.',
    ],
  },
  {
    name: 'trade',
    orgKinds: ['agency', 'company', 'party'],
    headline: ['{country} and neighbours near tariff deal', 'Trade talks stall over farm subsidies'],
    events: [
      '{country} and its neighbours are close to a trade agreement worth {money} a year',
      'trade talks between {country} and the regional bloc stalled on {day} over farm subsidies',
    ],
    clauses: [
      'a deal could be signed as early as {month}',
      'tariffs on steel would be cut by {pct} over five years',
      'farmers had been promised compensation of {money}',
      'the talks would resume in {place} next week',
      'the agreement would create up to {n} jobs',
    ],
    quotes: [
      'We are closer than we have ever been',
      'No deal is better than a deal that ruins our farmers',
      'There are still a few difficult chapters to close',
      'Both sides want this done before the end of the year',
    ],
    denials: ['that the agreement had been finalised', 'that it had offered to scrap import quotas', 'that talks had broken down'],
    background: [
      'Trade between the two sides reached {money} in {year}.',
      'Negotiations began in {month} {year} and have been suspended twice.',
    ],
  },
  {
    name: 'court',
    orgKinds: ['agency', 'party', 'company'],
    headline: ['Former minister goes on trial in {place}', 'Court hears graft case against ex-official'],
    events: [
      'a former {demonym} minister went on trial in {place} on {day} on charges of embezzling {money}',
      'a court in {place} sentenced a former official of {org} to {n} years in prison for fraud',
    ],
    clauses: [
      'the money had been moved through {n} shell companies',
      'the defence would appeal the verdict',
      'the case was politically motivated',
      'witnesses had been intimidated before the hearing',
      'the trial was expected to last until {month}',
    ],
    quotes: [
      'My client is innocent and we will prove it',
      'This verdict shows that nobody is above the law',
      'The evidence in this case is overwhelming',
      'We have not been allowed to see half of the documents',
    ],
    denials: ['all the charges', 'taking bribes from contractors', 'that he had tried to leave the country'],
    background: [
      'He served as minister from {year} until his dismissal in {month} {year2}.',
      '{Org} was set up in {year} to investigate graft in public contracts.',
    ],
  },
  {
    name: 'mining',
    orgKinds: ['company', 'group', 'agency'],
    headline: ['{org} profit jumps on copper prices', 'Spill at {org} mine raises alarm'],
    events: [
      '{org} reported a {pct} rise in quarterly profit to {money}, helped by higher copper prices',
      'a waste dam at a mine run by {org} near {place} leaked on {day}, polluting a river used by {n} people',
    ],
    clauses: [
      'output would rise by {pct} next year',
      'the company would pay {money} to clean up the river',
      'the spill had been contained within hours',
      'the mine would remain closed pending an inspection',
      'the company planned to cut {n} jobs',
    ],
    quotes: [
      'Safety is and remains our first priority',
      'The fish in the river died overnight',
      'These are the strongest results in the company\'s history',
      'We want the company held to account, not another promise',
    ],
    denials: ['that the dam had failed inspections', 'that it had concealed the leak', 'that layoffs were planned'],
    background: [
      'The mine employs about {n} people and produced {n2} tonnes of copper in {year}.',
      '{Org} was listed on the stock exchange in {year}.',
    ],
  },
  {
    name: 'conflict',
    orgKinds: ['armed', 'group', 'party'],
    headline: ['Ceasefire holds in eastern {country}', 'Fighting resumes near {place}'],
    events: [
      'a ceasefire between {org} and government forces in eastern {country} held for a third day',
      'fighting between {org} and the army near {place} killed at least {n} people',
    ],
    clauses: [
      '{org} was backed by {org2}',
      'the army had deployed {n} soldiers to the border',
      '{org2} had recruited fighters from neighbouring villages',
      'the truce would be monitored by {n} international observers',
      'civilians were fleeing toward {place}',
    ],
    quotes: [
      'We will defend our positions if we are attacked',
      'The ceasefire is fragile but it is holding',
      'There can be no peace while foreign fighters remain on our soil',
      'People are exhausted and want to go home',
    ],
    denials: ['receiving weapons from abroad', 'that its fighters had shelled the town', 'recruiting child soldiers'],
    background: [
      'The conflict began in {year} and has displaced more than {n2} people.',
      '{Org} is led by a former army officer and controls much of the region.',
    ],
  },
  {
    name: 'budget',
    orgKinds: ['agency', 'party', 'group'],
    headline: ['{country} unveils austerity budget', 'Deficit to narrow, finance ministry says'],
    events: [
      '{country} will cut spending by {money} next year and raise fuel taxes to narrow its budget deficit to {pct} of GDP',
      'the {demonym} government presented a budget on {day} that raises public sector pay by {pct}',
    ],
    clauses: [
      'inflation would slow to {pct} by the end of {year2}',
      'the budget relied on optimistic growth forecasts',
      'the cuts would fall hardest on rural clinics',
      'the deficit had been {pct} of GDP last year',
      'a loan of {money} from international lenders was nearly agreed',
    ],
    quotes: [
      'These are hard choices, but the alternative is worse',
      'This budget asks the poorest to pay for years of mismanagement',
      'We expect growth to pick up in the second half',
      'The numbers simply do not add up',
    ],
    denials: ['that pensions would be frozen', 'that the figures had been massaged', 'that it planned a new wealth tax'],
    background: [
      'The economy grew {pct} in {year}, according to {org}.',
      'Public debt has roughly doubled since {year}.',
    ],
  },
];
