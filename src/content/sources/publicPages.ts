/**
 * Public pages that facts outside the report rest on. Each one was read through the project's
 * search tool on `readOn`; the title is the page's own. Add a page only after reading it, and cite
 * it only for what the page itself says (the tests check the shape, not the content: a person must).
 * Pages behind a Find help entry carry the date the contacts research read them (2026-11-28).
 */
import type { Source } from '../../domain/content';

const readToday = '2026-12-02';
const contactsResearch = '2026-11-28';

function page(url: string, title: string, readOn = readToday): Source {
  return { kind: 'public', url, title, readOn };
}

export const pages = {
  // Residence status and social assistance
  juridischLoketForeigners: page(
    'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/bijstandsuitkering-buitenlander/',
    'Het Juridisch Loket: Heb ik als buitenlander recht op bijstand?',
  ),
  indPublicFunds: page(
    'https://ind.nl/en/consequences-for-right-of-residence-when-applying-for-public-funds',
    'IND: Consequences for right of residence when applying for public funds',
  ),
  coaReception: page('https://coa.nl/nl/asielopvang', 'COA: Asielopvang'),
  nationalityRijswijk: page(
    'https://rijswijk.antwoordop.nl/bijstand/459969',
    'Gemeente Rijswijk: Bijstand & nationaliteit',
  ),
  // Social assistance rules
  applyingKaagEnBraassem: page(
    'https://www.kaagenbraassem.nl/Inwoners_en_ondernemers/Werk_en_inkomen/Bijstand/Bijstandsuitkering_aanvragen:kPHGXT8TSJ210ujklp1IXA',
    'Gemeente Kaag en Braassem: Bijstandsuitkering aanvragen',
  ),
  sharingAHomeDenHaag: page(
    'https://www.denhaag.nl/nl/werk-bijstand-en-uitkering/uitkering-of-bijstand/regels-bijstandsuitkering-1/kostendelersnorm-voor-bijstandsgerechtigden.htm',
    'Gemeente Den Haag: Bijstand en medebewoners',
  ),
  under27Groningen: page(
    'https://gemeente.groningen.nl/bijstandsuitkering-voor-jongeren-tot-27-jaar-aanvragen',
    'Gemeente Groningen: Bijstandsuitkering voor jongeren tot 27 jaar aanvragen',
  ),
  advanceTholen: page(
    'https://www.tholen.nl/inwoners/laag-inkomen-en-uitkering/bijstandsuitkering-voorschot',
    'Gemeente Tholen: Bijstandsuitkering voorschot',
  ),
  objectionJuridischLoket: page(
    'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/bezwaar-maken-bijstandsuitkering/',
    'Het Juridisch Loket: Hoe maak ik bezwaar tegen een beslissing over mijn bijstand?',
  ),
  juridischLoketHowWeWork: page(
    'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
    'Het Juridisch Loket: Onze werkwijze',
  ),
  // Money and debts
  debtHelpRechtwijzer: page(
    'https://rechtwijzer.nl/schulden/schuldhulpverlening-minnelijk-traject/geldproblemen-rekeningen-betalen/gemeentelijke-schuldhulpverlening',
    'Rechtwijzer: Wat is de gemeentelijke schuldhulpverlening?',
  ),
  collectionJuridischLoket: page(
    'https://www.juridischloket.nl/schulden-en-incasso/incasso-en-betalingsachterstand/incassobureau',
    'Het Juridisch Loket: Wat moet ik doen met een brief van het incassobureau?',
  ),
  // Housing and registration
  registrationRotterdam: page(
    'https://rotterdam.nl/wonen-leven/basisregistratie-personen/',
    'Gemeente Rotterdam: Basisregistratie personen',
  ),
  housingAllocationRigo: page(
    'https://woononderzoek.nl/document/Stand-van-de-woonruimteverdeling-(RIGO-rapport)/288',
    'Woononderzoek Nederland: Stand van de woonruimteverdeling (RIGO-rapport)',
  ),
  housingRegistrationStek: page(
    'https://www.stek-wonen.nl/Home/Nieuws/2021/Een-huurhuis-Zorg-dat-je-ingeschreven-staat.html',
    'Stek Wonen: Een huurhuis? Zorg dat je ingeschreven staat',
  ),
  // Training advice: free, independent advice on career and retraining (one Leerwerkloket per labour market area).
  leerwerkloketAbout: page('https://www.leerwerkloket.nl/about-us', 'Leerwerkloket: About us'),
  // A learning job: work and an mbo course at once, usually one school day a week, salary for the days you
  // work; you usually look for one yourself at a recognised training company (or through a temp agency or
  // branch organisation); Leerwerkloketten are partnerships of UWV, municipalities and regional colleges.
  learningJobRijksoverheid: page(
    'https://www.rijksoverheid.nl/onderwerpen/hoger-onderwijs/vraag-en-antwoord/wat-is-een-leerbaan',
    'Rijksoverheid: Wat is een leerbaan?',
    '2026-12-03',
  ),
  // Language
  taalhuisLibraries: page(
    'https://www.bibliotheeknetwerk.nl/artikel/taalhuizen-in-de-bibliotheek',
    'Bibliotheeknetwerk: Taalhuizen in de bibliotheek',
  ),
  taalhuisFree: page(
    'https://geldersebibliotheken.nl/nieuwsoverzicht/356-verslag-uit-het-taalhuis-in-harderwijk',
    'Gelderse Bibliotheken: Verslag uit het Taalhuis in Harderwijk',
  ),
  // Health
  stiTestSexWork: page(
    'https://www.soaaids.nl/en/prostitution/in-the-Netherlands/sex-and-STI/STI-test',
    'Soa Aids Nederland: Sex work and STI-test',
  ),
  stiTestAnonymous: page(
    'https://academischewerkplaatsamphi.nl/infectieziektebestrijding/seksuele-gezondheid/',
    'Academische Werkplaats AMPHI (GGD): Seksuele gezondheid',
  ),
  pepSense: page('https://sense.info/en/stis/preventing-stis/pep-after-hiv-risk', 'Sense: PEP after HIV risk'),
  gpAndMentalHealthLhv: page(
    'https://www.lhv.nl/actueel/nieuws/huisartsen-problemen-de-ggz-groter-dan-ooit',
    'Landelijke Huisartsen Vereniging: Ggz in de praktijk',
  ),
  // Safety
  signsOfExploitationCkm: page(
    'https://www.hetckm.nl/zelf-mensenhandel-herkennen/',
    'Centrum tegen Kinderhandel en Mensenhandel: Zelf mensenhandel herkennen',
  ),
  signsOfExploitationVeiligThuis: page(
    'https://veiligthuisgm.nl/mensenhandel-heel-divers-en-de-signalen-zijn-heel-wisselend',
    'Veilig Thuis Gelderland-Midden: Mensenhandel is heel divers en de signalen zijn heel wisselend',
  ),
  emergencyNumberPolitie: page(
    'https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html',
    'Politie: Als elke seconde telt',
  ),
  // Working from home: "veel gemeenten staan prostitutie vanuit huis op dit moment niet toe" (April 2024);
  // Tilburg allows it without a licence, with rules.
  homeWorkOmroepBrabant: page(
    'https://www.omroepbrabant.nl/nieuws/4454029/sekswerk-met-vergunning-in-eigen-huis-meer-overlast-of-minder-misstanden',
    'Omroep Brabant: Sekswerk met vergunning in eigen huis: meer overlast of minder misstanden?',
  ),
  // Under 18. Veilig Thuis: 24/7, free; you can ask for information and advice about youth prostitution.
  veiligThuisMeldpunt: page(
    'https://www.veiligthuisnoordoostgelderland.nl/meldpunt-jeugdprostutie/',
    'Veilig Thuis Noord Oost Gelderland: Meldpunt Mensenhandel & Jeugdprostitutie',
  ),
  // Fier's chat: talk anonymously about your problems (October 2019).
  fierChatJeugdjournaal: page(
    'https://jeugdjournaal.nl/artikel/2307067-loes-kwam-op-haar-14de-in-de-prostitutie.html',
    'Jeugdjournaal: Loes kwam op haar 14de in de prostitutie',
  ),
  // "Elke week is er in onze chat wel een slachtoffer van onder de 15 jaar" (Fier, March 2023).
  fierChatMetro: page(
    'https://www.metronieuws.nl/in-het-nieuws/binnenland/2023/03/slachtoffers-seksuele-uitbuiting-loverboys-social-media/',
    'Metro: Slachtoffers seksuele uitbuiting steeds jonger door ‘moderne loverboys’ op social media',
  ),
  // Pages behind entries in Find help (read by the contacts research)
  crisisLine113: page(
    'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
    'upday: Nummer 113 nu gratis',
    contactsResearch,
  ),
  ggdSexualHealthRivm: page(
    'https://www.rivm.nl/nieuws/doelgroepen-aanvullende-seksuele-gezondheidszorg-bij-ggd',
    'RIVM: Doelgroepen aanvullende seksuele gezondheidszorg bij GGD',
    contactsResearch,
  ),
  iomWegwijzer: page(
    'https://www.wegwijzermensenhandel.nl/partnerorganisaties/internationale-organisatie-voor-migratie-iom',
    'Wegwijzer Mensenhandel: Internationale Organisatie voor Migratie (IOM)',
    contactsResearch,
  ),
  comenshaWegwijzer: page(
    'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha',
    'Wegwijzer Mensenhandel: zorgcoördinatoren',
    contactsResearch,
  ),
  geldfitHulplijn: page(
    'https://www.ikwoonleefzorg.nl/financien/7-vragen-aan-de-hulplijn-van-de-nederlandse-schuldhulproute',
    'Ik woon leef zorg: 7 vragen aan de hulplijn van de Nederlandse Schuldhulproute',
    contactsResearch,
  ),
  luisterlijnNrc: page(
    'https://www.nrc.nl/nieuws/2021/07/27/coronablog-27-juli-a4052478',
    'NRC: Coronablog 27 juli',
    contactsResearch,
  ),
  fierChatOmropFryslan: page(
    'https://www.omropfryslan.nl/nieuws/950133-verdubbeling-aantal-crisismeldingen-van-huiselijk-geweld',
    'Omrop Fryslân: Verdubbeling aantal crisismeldingen van huiselijk geweld',
    contactsResearch,
  ),
  veiligThuisChat: page(
    'https://www.veiligthuisnoordoostgelderland.nl/chat-veilig-thuis-zeker-tot-einde-2020/',
    'Veilig Thuis Noord-Oost Gelderland: Chat Veilig Thuis zeker tot einde 2020',
    contactsResearch,
  ),
} as const;
