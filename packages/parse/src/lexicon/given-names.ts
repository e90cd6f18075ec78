// Common given names, lower-cased: evidence that a capitalized pair is a
// person (`Vladimir Putin`, `Sergei Lavrov`). A compact sample of frequent
// English, Spanish, Italian, Russian, Arabic and other given names from public
// name-frequency lists; not meant to be complete.

/**
 * Given names that are women's, lower-cased: a person named so is `she`
 * (`Paula Broadwell`), so that `he` passes over her to the man named before.
 * The names in `unisexGivenNames` tell neither; every other given name is a man's.
 */
export const femaleGivenNames: ReadonlySet<string> = new Set(
  (
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra kimberly emily donna michelle carol amanda ' +
    'dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine ' +
    'christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith megan ' +
    'cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn danielle ' +
    'beverly isabella theresa diana natalie brittany charlotte marie kayla lori hillary nikki kellyanne melania ivanka chelsea condoleezza carly tessa ' +
    'harriet jane jill gillian fiona kirsty shona deirdre sinead siobhan aoife claire clare caroline kate louise lucy sophie alison anne joanna yvette ' +
    'kamala valentina olga natalia tatiana svetlana elena irina anastasia fatima aisha marine jacinda sofia lucia camila valeria isabel carmen rosa ana ' +
    'giorgia kylie tina wendy yvonne zoe pauline maureen sheila bridget brigitte nadia naomi rita lorraine lynne gail ellen eva irene jenny josephine kathy ' +
    'katie lesley liz mandy maggie margot mia molly monica nora paula rosemary tanya ursula vanessa vivian'
  ).split(' ')
)

/** Every given name of the lists: women's, men's and those both bear. */
export const givenNames: ReadonlySet<string> = new Set(
  (
    // Men's names, and those both bear; women's are `femaleGivenNames`, added below.
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis ' +
    'ashley kelly andrea madison jean alexis ' +
    'bernie barack ted marco jeb ben chris mike rand rick newt mitt bill joe tim paul chuck mitch bernard ' +
    // British and Irish given names frequent in UK news (`Stuart Hensel`, `Iain Duncan Smith`).
    'stuart alastair alistair gordon ian neil graham colin alex simon nigel trevor derek clive malcolm martin phil hugh iain gavin craig fraser duncan jamie darren gareth rhodri dafydd owen huw rupert giles oliver harry charlie archie liam niall declan ciaran cormac vince ' +
    // Short forms that news uses as given names (`Don Guardian`, `Josh Earnest`).
    'don josh bob jim tom dan sam nick matt tony steve greg jeff ken pete dave ron andy rob doug jon ed al hank lindsey ' +
    'vladimir sergei sergey dmitry dmitri nikolai nikolay alexei alexey mikhail ivan igor yuri oleg boris andrei viktor volodymyr petro ' +
    'mohammed muhammad mohamed ahmed ali hassan hussein omar khalid abdullah ibrahim yusuf mustafa recep bashar hosni hamid ' +
    'emmanuel francois jean pierre jacques nicolas olaf helmut gerhard boris keir rishi justin jair luiz lula narendra shinzo fumio recep benjamin ehud ariel shimon yitzhak ' +
    'carlos luis jorge pedro manuel javier miguel fernando francisco antonio alejandro ricardo diego ' +
    'giovanni giuseppe francesco matteo paolo silvio sergio mario enrico romano marcello rafael ' +
    // More frequent English given names; those that are also common words or family names are left
    // out (`Grant`, `Rose`, `Howard`, `Warren`, `Neville`, `Stanley` of `Morgan Stanley`).
    'adrian barry geoff geoffrey allan phillip johnny fred leonard glenn jake joel karl kurt marcus marvin maurice shane terence tristan wesley ' +
    'tracy jessie'
  )
    .split(' ')
    .concat([...femaleGivenNames])
)

/** Given names that women and men both bear (`Tracy`, `Kelly`, `Jean`, `Chris`), lower-cased. */
export const unisexGivenNames: ReadonlySet<string> = new Set(['terry', 'jordan', 'ashley', 'kelly', 'andrea', 'madison', 'jean', 'alexis', 'chris', 'alex', 'jamie', 'charlie', 'sam', 'lindsey', 'ariel', 'tracy', 'jessie'])

/** Family names that come first in Chinese (and Korean, Vietnamese) names: `Wang Yi` → alias `Wang`. */
export const familyNameFirst: ReadonlySet<string> = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao qin fu bai cui kong xi mao kim park lee choi jung kang cho yoon jang lim nguyen tran pham hoang'.split(' ')
)

/** Particles that open a family name of several words (`Le Pen`, `De Croo`, `Van Voorhis`, `Ten Cate`), lower-cased. */
export const nameParticles: ReadonlySet<string> = new Set(['le', 'la', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'van', 'vander', 'von', 'der', 'den', 'ten', 'ter', 'st.', 'st', 'al', 'el', 'bin', 'ben', 'abu', 'mac'])
