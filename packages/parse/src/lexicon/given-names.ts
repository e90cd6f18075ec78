// Common given names, lower-cased: evidence that a capitalized pair is a
// person (`Vladimir Putin`, `Sergei Lavrov`). A compact sample of frequent
// English, Spanish, Italian, Russian, Arabic and other given names from public
// name-frequency lists; not meant to be complete.

export const givenNames: ReadonlySet<string> = new Set(
  (
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary nikki kellyanne melania ivanka chelsea condoleezza ' +
    'bernie barack hillary ted marco jeb ben chris mike rand rick carly newt mitt bill joe tim paul nancy chuck mitch elizabeth bernard ' +
    // British and Irish given names frequent in UK news (`Stuart Hensel`, `Iain Duncan Smith`).
    'stuart alastair alistair gordon ian neil graham colin alex simon nigel trevor derek clive malcolm martin phil hugh iain gavin craig fraser duncan jamie darren gareth rhodri dafydd owen huw rupert giles oliver harry charlie archie liam niall declan ciaran cormac vince ' +
    'tessa harriet jane jill gillian fiona kirsty shona deirdre sinead siobhan aoife claire clare caroline kate louise lucy sophie alison anne joanna yvette ' +
    // Short forms that news uses as given names (`Don Guardian`, `Josh Earnest`).
    'don josh bob jim tom dan sam nick matt tony steve greg jeff ken pete dave ron andy rob doug jon ed al hank kamala lindsey ' +
    'vladimir sergei sergey dmitry dmitri nikolai nikolay alexei alexey mikhail ivan igor yuri oleg boris andrei viktor valentina olga natalia tatiana svetlana elena irina anastasia volodymyr petro ' +
    'mohammed muhammad mohamed ahmed ali hassan hussein omar khalid abdullah ibrahim yusuf mustafa fatima aisha recep bashar hosni hamid ' +
    'emmanuel angela francois jean pierre jacques nicolas marine olaf helmut gerhard theresa boris keir rishi justin jair luiz lula narendra shinzo fumio jacinda recep benjamin ehud ariel shimon yitzhak ' +
    'carlos luis jorge pedro manuel javier miguel fernando francisco antonio alejandro ricardo diego sofia lucia camila valeria isabel carmen rosa ana ' +
    'giovanni giuseppe francesco matteo paolo silvio sergio mario enrico romano giorgia'
  ).split(' ')
)

/** Family names that come first in Chinese (and Korean, Vietnamese) names: `Wang Yi` → alias `Wang`. */
export const familyNameFirst: ReadonlySet<string> = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao qin fu bai cui kong xi mao kim park lee choi jung kang cho yoon jang lim nguyen tran pham hoang'.split(' ')
)

/** Particles that open a family name of several words (`Le Pen`, `De Croo`, `Van Voorhis`, `Ten Cate`), lower-cased. */
export const nameParticles: ReadonlySet<string> = new Set(['le', 'la', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'van', 'vander', 'von', 'der', 'den', 'ten', 'ter', 'st.', 'st', 'al', 'el', 'bin', 'ben', 'abu', 'mac'])
