// Organizations that news names without an organization word (`Microsoft
// said`, `shares in Gazprom`, `Goldman Sachs analysts`): without this list
// they would read as people's surnames. Compiled by hand from well-known
// companies (the largest by revenue and the most reported on), news
// agencies, regulators, pollsters and political parties. Words that are
// just as often common words or surnames (`Ford`, `Total`, `Visa`) are left
// out: a name here is an organization wherever it stands alone.

/**
 * Newspapers and magazines that news names by one word after `the` (`Wendy
 * Ide of The Times`, `told the Guardian`): organizations only there, since
 * the words stand for other things alone (`Telegraph Co`, `Times Square`).
 */
export const publicationsAfterThe: ReadonlySet<string> = new Set(['Times', 'Guardian', 'Telegraph', 'Economist', 'Observer', 'Mirror', 'Spectator', 'Scotsman'])

/** Names of organizations as written, one word or several. */
export const organizationNames: ReadonlySet<string> = new Set([
  // Technology and telecoms
  'Microsoft', 'Google', 'Apple', 'Amazon', 'Facebook', 'Twitter', 'Intel', 'Oracle', 'Nokia', 'Ericsson', 'Sony', 'Samsung', 'Toshiba', 'Hitachi', 'Fujitsu', 'Panasonic', 'Nintendo', 'Yahoo', 'eBay', 'Netflix', 'Tesla', 'Uber', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Lenovo', 'Cisco', 'Motorola', 'Siemens', 'Philips', 'Vodafone', 'Nortel', 'Qualcomm', 'Nvidia', 'Skype', 'Xerox', 'Kodak', 'Softbank', 'SoftBank', 'Wipro', 'Infosys',
  // Industry, energy and transport
  'Boeing', 'Airbus', 'Lockheed', 'Lockheed Martin', 'Toyota', 'Honda', 'Nissan', 'Volkswagen', 'Renault', 'Peugeot', 'Fiat', 'Daimler', 'DaimlerChrysler', 'Volvo', 'Saab', 'Hyundai', 'Mitsubishi', 'Gazprom', 'Rosneft', 'Yukos', 'Lukoil', 'Shell', 'Royal Dutch Shell', 'Exxon', 'ExxonMobil', 'Chevron', 'Texaco', 'Amoco', 'Unocal', 'Chrysler', 'General Motors', 'General Electric', 'Compaq', 'Halliburton', 'Glencore', 'Rio Tinto', 'Ryanair', 'easyJet', 'AirAsia', 'Qantas', 'Alitalia', 'Lufthansa',
  // Finance
  'Citigroup', 'Citibank', 'Deutsche Bank', 'Credit Suisse', 'HSBC', 'UBS', 'Goldman Sachs', 'Morgan Stanley', 'JPMorgan', 'JP Morgan', 'Merrill Lynch', 'Barclays', 'Lloyds', 'Nomura', 'Allianz', 'Euronext', 'Nasdaq', 'Mastercard', 'Moody\'s', 'Fitch',
  // Consumer goods, retail, health and media companies
  'Nestle', 'Unilever', 'Heineken', 'Diageo', 'Tesco', 'Walmart', 'Wal-Mart', 'McDonald\'s', 'Starbucks', 'Nike', 'Adidas', 'Coca-Cola', 'PepsiCo', 'Pfizer', 'Merck', 'GlaxoSmithKline', 'Glaxo', 'Novartis', 'AstraZeneca', 'Monsanto', 'Bayer', 'Disney', 'Vivendi',
  // News agencies, research firms and pollsters
  'Reuters', 'Bloomberg', 'Xinhua', 'Tass', 'Interfax', 'Yonhap', 'Kyodo', 'Politico', 'Gallup', 'YouGov', 'Ipsos', 'Gartner', 'Nielsen', 'Datamonitor', 'Forrester',
  // Regulators, institutions, parties, movements and charities
  'Treasury', 'Fed', 'Bundesbank', 'Ofcom', 'Ofwat', 'Ofgem', 'Interpol', 'Europol', 'Eurostat', 'Uefa', 'Fifa', 'Labour', 'Tories', 'Conservatives', 'Liberal Democrats', 'Lib Dems', 'Plaid Cymru', 'Sinn Fein', 'UKIP', 'Scottish Executive', 'Northern Ireland Executive', 'Welsh Assembly', 'Likud', 'Fatah', 'Hamas', 'Hezbollah', 'Taliban', 'Greenpeace', 'Oxfam'
])

/**
 * Lower-case words that, right after a capitalized word, make it an
 * organization's name for the whole article (`a Yukos spokesman`, `Gazprom
 * shares`, `Chelsea boss Jose Mourinho`). A person's staff come with a
 * possessive (`Mr Blair's spokesman`), which does not count.
 */
export const organizationRoleNouns: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'shares', 'shareholders', 'executives', 'chief', 'boss', 'chairman', 'subsidiary', 'employees', 'workers', 'profits', 'profit', 'revenues', 'revenue', 'sales', 'analyst', 'analysts', 'stock', 'customers', 'subscribers'
])

/**
 * Acronyms that news prints in capitals but that name no organization
 * (`TV`, `GDP`, `HIV`, `GMT`): an all-capital word is taken for an
 * organization unless it is here. Compiled by hand from the acronyms most
 * frequent in the BBC and Reuters-21578 corpora that are things, measures,
 * titles or times, and a few labels.
 */
export const commonAcronyms: ReadonlySet<string> = new Set([
  'TV', 'HDTV', 'CCTV', 'VCR', 'PVR', 'PSP', 'XP', 'IE', 'GPRS', 'PC', 'PCS', 'CD', 'CDS', 'DVD', 'DVDS', 'VHS', 'LCD', 'LED', 'USB', 'GPS', 'SMS', 'MMS', 'ADSL', 'DSL', 'DRM', 'MP3', 'PDA', 'RAM', 'CPU', 'HD', 'IT', 'AI', 'IP', 'ISP', 'URL', 'RSS', 'PDF', 'GSM', 'CGI', 'ID', 'IDS', 'PIN',
  'GDP', 'GNP', 'CPI', 'VAT', 'IPO', 'ETF', 'ATM', 'APR', 'CEO', 'CFO', 'COO', 'CTO', 'MD', 'PR', 'HR', 'R&D', 'M&A', 'P&L', 'Q&A', 'R&B', 'B&B', 'A&E',
  'GMT', 'BST', 'EST', 'EDT', 'PST', 'PDT', 'UTC', 'AM', 'PM', 'BC', 'AD',
  'MP', 'MPS', 'MEP', 'MEPS', 'QC', 'OBE', 'MBE', 'CBE', 'VIP', 'PHD', 'DJ', 'MC',
  'HIV', 'AIDS', 'SARS', 'DNA', 'MRI', 'ICU', 'GP', 'GPS', 'IVF', 'BSE', 'CJD', 'MMR',
  'LIBOR', 'ECU', 'CWT', 'BPD', 'FOB', 'CIF',
  'HTTP', 'HTTPS', 'HTML', 'CSS', 'SVG', 'DOM', 'CMS', 'JSON', 'XML', 'SQL', 'SDK', 'UI', 'UX', 'VPN', 'LTE', 'GPU', 'SSD', 'HDD', 'OS', 'NFC', 'RFID', 'QR', 'AR', 'VR', 'PHP', 'DNS', 'SEO', 'SaaS',
  'VP', 'SVP', 'EVP',
  // US state codes (`Phoenix, AZ`)
  'AL', 'AK', 'AZ', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'IA', 'IL', 'IN', 'KS', 'KY', 'MA', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'OH', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY',
  'GB', 'MB', 'KB', 'TB', 'KM', 'MPH', 'CO2', 'UV', 'FM', 'OK', 'LA', 'NY', 'DC', 'SUV', 'WMD', 'NGO', 'NGOS', 'FAQ',
  // Labels set in capitals (`NOTE: Loss per share not given.`, `READ MORE:`)
  'NOTE', 'NB', 'PS', 'FYI', 'READ', 'MORE', 'NEW', 'UPDATE', 'WATCH', 'LIVE'
])

/**
 * The brackets around a stock ticker in wire copy (Reuters writes
 * `Boliden <BLDS.ST>` and `Fiat [FIA.MI]`): the codes inside name no
 * organization of their own.
 */
export const tickerBrackets: ReadonlyMap<string, string> = new Map([
  ['<', '>'],
  ['[', ']']
])

/** Stock exchanges that web copy writes before a ticker (`(NYSE: BA)`, `(NASDAQ: CSCO)`): the code after the colon names no organization of its own. */
export const stockExchanges: ReadonlySet<string> = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'AMEX', 'LSE', 'TSX', 'ASX', 'OTC'])
