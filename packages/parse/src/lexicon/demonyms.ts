// Demonyms (adjectives of nationality) and the countries they name, for
// splitting `Russian President` into title `President` and affiliation
// `Russia`. Compiled from the CIA World Factbook nationality adjectives.

export const demonyms: ReadonlyMap<string, string> = new Map([
  ['afghan', 'Afghanistan'], ['albanian', 'Albania'], ['algerian', 'Algeria'], ['american', 'United States'], ['argentine', 'Argentina'], ['argentinian', 'Argentina'], ['armenian', 'Armenia'], ['australian', 'Australia'], ['austrian', 'Austria'], ['azerbaijani', 'Azerbaijan'],
  ['bangladeshi', 'Bangladesh'], ['belarusian', 'Belarus'], ['belgian', 'Belgium'], ['bolivian', 'Bolivia'], ['bosnian', 'Bosnia and Herzegovina'], ['brazilian', 'Brazil'], ['british', 'United Kingdom'], ['bulgarian', 'Bulgaria'], ['burmese', 'Myanmar'],
  ['cambodian', 'Cambodia'], ['cameroonian', 'Cameroon'], ['canadian', 'Canada'], ['chilean', 'Chile'], ['chinese', 'China'], ['colombian', 'Colombia'], ['congolese', 'Congo'], ['croatian', 'Croatia'], ['cuban', 'Cuba'], ['cypriot', 'Cyprus'], ['czech', 'Czech Republic'],
  ['danish', 'Denmark'], ['dutch', 'Netherlands'], ['ecuadorian', 'Ecuador'], ['egyptian', 'Egypt'], ['emirati', 'United Arab Emirates'], ['english', 'England'], ['eritrean', 'Eritrea'], ['estonian', 'Estonia'], ['ethiopian', 'Ethiopia'],
  ['filipino', 'Philippines'], ['finnish', 'Finland'], ['french', 'France'], ['georgian', 'Georgia'], ['german', 'Germany'], ['ghanaian', 'Ghana'], ['greek', 'Greece'], ['guatemalan', 'Guatemala'],
  ['haitian', 'Haiti'], ['honduran', 'Honduras'], ['hungarian', 'Hungary'], ['icelandic', 'Iceland'], ['indian', 'India'], ['indonesian', 'Indonesia'], ['iranian', 'Iran'], ['iraqi', 'Iraq'], ['irish', 'Ireland'], ['israeli', 'Israel'], ['italian', 'Italy'],
  ['jamaican', 'Jamaica'], ['japanese', 'Japan'], ['jordanian', 'Jordan'], ['kazakh', 'Kazakhstan'], ['kenyan', 'Kenya'], ['korean', 'Korea'], ['kosovar', 'Kosovo'], ['kuwaiti', 'Kuwait'], ['kyrgyz', 'Kyrgyzstan'],
  ['laotian', 'Laos'], ['latvian', 'Latvia'], ['lebanese', 'Lebanon'], ['libyan', 'Libya'], ['lithuanian', 'Lithuania'], ['malaysian', 'Malaysia'], ['malian', 'Mali'], ['maltese', 'Malta'], ['mexican', 'Mexico'], ['moldovan', 'Moldova'], ['mongolian', 'Mongolia'], ['moroccan', 'Morocco'],
  ['nepali', 'Nepal'], ['nepalese', 'Nepal'], ['nicaraguan', 'Nicaragua'], ['nigerian', 'Nigeria'], ['norwegian', 'Norway'], ['omani', 'Oman'], ['pakistani', 'Pakistan'], ['palestinian', 'Palestine'], ['panamanian', 'Panama'], ['paraguayan', 'Paraguay'], ['peruvian', 'Peru'], ['polish', 'Poland'], ['portuguese', 'Portugal'],
  ['qatari', 'Qatar'], ['romanian', 'Romania'], ['russian', 'Russia'], ['rwandan', 'Rwanda'], ['saudi', 'Saudi Arabia'], ['scottish', 'Scotland'], ['senegalese', 'Senegal'], ['serbian', 'Serbia'], ['singaporean', 'Singapore'], ['slovak', 'Slovakia'], ['slovenian', 'Slovenia'], ['somali', 'Somalia'], ['spanish', 'Spain'], ['sri lankan', 'Sri Lanka'], ['sudanese', 'Sudan'], ['swedish', 'Sweden'], ['swiss', 'Switzerland'], ['syrian', 'Syria'],
  ['taiwanese', 'Taiwan'], ['tajik', 'Tajikistan'], ['tanzanian', 'Tanzania'], ['thai', 'Thailand'], ['tunisian', 'Tunisia'], ['turkish', 'Turkey'], ['turkmen', 'Turkmenistan'], ['ugandan', 'Uganda'], ['ukrainian', 'Ukraine'], ['uruguayan', 'Uruguay'], ['uzbek', 'Uzbekistan'],
  ['venezuelan', 'Venezuela'], ['vietnamese', 'Vietnam'], ['welsh', 'Wales'], ['yemeni', 'Yemen'], ['zambian', 'Zambia'], ['zimbabwean', 'Zimbabwe'], ['european', 'European Union']
])
