// Vocabulary for the generated bench corpus. Every person, organisation and outlet here is fictional;
// places are real capitals and regions (general knowledge) so the text reads like wire copy.

export const FIRST_NAMES = [
  'Amara', 'Tobias', 'Leila', 'Ruben', 'Ingrid', 'Kwame', 'Soraya', 'Mateo', 'Yuki', 'Dariusz', 'Fatou', 'Henrik',
  'Priya', 'Omar', 'Beatriz', 'Nikolai', 'Adaeze', 'Callum', 'Mei', 'Tariq', 'Ilse', 'Joaquin', 'Nadia', 'Emeka',
  'Saskia', 'Rafael', 'Hana', 'Dmitri', 'Wanjiru', 'Lorenzo', 'Aylin', 'Kofi', 'Marisol', 'Anders', 'Zainab', 'Pavel',
  'Chiara', 'Idris', 'Elif', 'Gustavo', 'Noor', 'Stellan', 'Thandiwe', 'Viktor', 'Lucia', 'Jomo', 'Rania', 'Teodor',
];

export const SURNAMES = [
  'Okonkwo', 'Varga', 'Haddad', 'Lindqvist', 'Mensah', 'Castellanos', 'Tanaka', 'Brennan', 'Novak', 'Diallo',
  'Petrakis', 'Oyelaran', 'Sandoval', 'Kowalczyk', 'Achterberg', 'Nakamura', 'Ferreira', 'Abdi', 'Moreau', 'Quist',
  'Rahimi', 'Wekesa', 'Halvorsen', 'Mbeki-Torres', 'Ostrowski', 'Delacroix', 'Karimov', 'Adeyemi', 'Sørensen',
  'Valdés', 'Chukwu', 'Lindgren', 'Farouk', 'Ilunga', 'Papadakis', 'Zeller', 'Nwosu', 'Esposito', 'Marangoni', "O'Hare",
];

export const PERSON_TITLES = [
  'Interior Minister', 'Finance Minister', 'Foreign Minister', 'Senator', 'Governor', 'Mayor', 'General',
  'Colonel', 'chief executive', 'spokeswoman', 'spokesman', 'party chairman', 'union leader', 'Judge',
  'police commissioner', 'opposition leader', 'Deputy Prime Minister', 'Health Minister', 'lawmaker', 'economist',
];

/** Fictional organisations: [full name, acronym or null, kind]. */
export const ORGS: ReadonlyArray<readonly [string, string | null, 'party' | 'company' | 'agency' | 'group' | 'armed']> = [
  ['National Renewal Front', 'NRF', 'party'],
  ['Progressive Citizens Alliance', 'PCA', 'party'],
  ['United Labour Congress', 'ULC', 'party'],
  ['Democratic Harbour Party', 'DHP', 'party'],
  ['Kestrel Mining Corporation', null, 'company'],
  ['Bluewater Shipping Lines', null, 'company'],
  ['Altamira Energy Holdings', null, 'company'],
  ['Northgate Pharmaceuticals', null, 'company'],
  ['Lakeside Grain Cooperative', null, 'company'],
  ['Independent Electoral Commission', 'IEC', 'agency'],
  ['National Statistics Office', 'NSO', 'agency'],
  ['Coastal Disaster Management Agency', 'CDMA', 'agency'],
  ['Federal Anti-Corruption Bureau', 'FACB', 'agency'],
  ["Dockworkers' Solidarity Union", 'DSU', 'group'],
  ['Citizens for Clean Rivers', null, 'group'],
  ['Regional Observers Network', 'RON', 'group'],
  ['Mothers of the Disappeared', null, 'group'],
  ['Southern Liberation Brigade', 'SLB', 'armed'],
  ['Mountain Defence Forces', 'MDF', 'armed'],
  ['Eastern Guard Militia', null, 'armed'],
];

export const OUTLETS = [
  'Meridian Wire', 'Coastal Press Agency', 'The Daily Ledger', 'Northern Courier', 'Atlas News Service',
  'Harbour Gazette', 'Continental Herald', 'The Evening Dispatch', 'Savanna Post', 'Global Wire Report',
];

/** Real capitals and regions: [city, country, demonym]. */
export const PLACES: ReadonlyArray<readonly [string, string, string]> = [
  ['Nairobi', 'Kenya', 'Kenyan'], ['Lagos', 'Nigeria', 'Nigerian'], ['Lima', 'Peru', 'Peruvian'],
  ['Manila', 'the Philippines', 'Filipino'], ['Warsaw', 'Poland', 'Polish'], ['Accra', 'Ghana', 'Ghanaian'],
  ['Bogota', 'Colombia', 'Colombian'], ['Tunis', 'Tunisia', 'Tunisian'], ['Dhaka', 'Bangladesh', 'Bangladeshi'],
  ['Quito', 'Ecuador', 'Ecuadorean'], ['Lusaka', 'Zambia', 'Zambian'], ['Tbilisi', 'Georgia', 'Georgian'],
  ['Hanoi', 'Vietnam', 'Vietnamese'], ['Beirut', 'Lebanon', 'Lebanese'], ['Oslo', 'Norway', 'Norwegian'],
  ['Santiago', 'Chile', 'Chilean'], ['Kampala', 'Uganda', 'Ugandan'], ['Athens', 'Greece', 'Greek'],
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBR = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

export const SAY_CUES = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'said at a news conference', 'added', 'warned', 'insisted', 'argued'];
export const ANON_SOURCES = [
  'two senior officials', 'three people familiar with the matter', 'a diplomat', 'four government sources',
  'a security source', 'two people close to the talks', 'several residents', 'a senior party official',
  'officials', 'analysts', 'a person briefed on the negotiations', 'five witnesses',
];
export const DOCUMENTS = ['a draft of the agreement', 'an internal memo', 'a court filing', 'a leaked audit', 'a report by the auditor general', 'the indictment'];
export const QUANTITY_ITEMS = ['people', 'protesters', 'workers', 'households', 'polling stations', 'containers', 'tonnes of grain', 'soldiers', 'families', 'villages'];
export const VAGUE = ['at least', 'more than', 'nearly', 'about', 'some', 'up to', 'fewer than', 'roughly', 'almost'];
export const CURRENCIES = [['$', 'million'], ['$', 'billion'], ['€', 'million'], ['£', 'million']] as const;
