/**
 * The guide "Working safer": for people who keep working. Checking a client (Ugly Mugs NL), agreeing
 * terms first, a short list for before a booking, money, STI checks with PrEP and PEP, and what to do
 * after violence. Every item names the public page it rests on and the day it was read, or a section
 * of the report. Numbers (112, the sexual assault centre) are never in the text: the urgent contacts
 * above the guide carry them, from the contact data with its own sources.
 */
import type { Source } from '../../domain/content';
import { report } from '../sources/cite';
import { pages } from '../sources/publicPages';
import type { GuideDraft } from './guides';

/** A page read on 2 December 2026 through the project's search tool; the title is the page's own. */
function page(url: string, title: string): Source {
  return { kind: 'public', url, title, readOn: '2026-12-02' };
}

// Ugly Mugs NL: what it is, how to join, what a report does.
export const uglyMugsLaunch = page(
  'https://www.nhnieuws.nl/nieuws/n76533/sekswerkers-krijgen-eigen-online-platform-voor-hun-veiligheid',
  'NH Nieuws: Sekswerkers krijgen eigen online platform voor hun veiligheid',
);
// "Meldgeweldformulier, klantcheck en alerts"; an account asks a phone number, e-mail, a (work) name;
// access only after a check that you do sex work, for example through a profile on a sex website.
const uglyMugsPrivacy = page('https://www.uglymugs.nl/nl/privacy-statement', 'Ugly Mugs: Privacy Statement');
// The English pages of the platform: an account opens only after verification (art. 3.2).
const uglyMugsConditions = page('https://www.uglymugs.nl/en/general-conditions', 'Ugly Mugs: General conditions');
// A report leaves the complaint and a phone number or e-mail address; colleagues check a client
// beforehand; help with care and with preparing a report to the police.
export const uglyMugsYear = page(
  'https://www.parool.nl/nederland/ruim-15-000-meldingen-op-platform-waar-sekswerkers-elkaar-waarschuwen-voor-gevaarlijke-klanten~b2200c39/',
  'Het Parool: Ruim 15.000 meldingen op platform waar sekswerkers elkaar waarschuwen voor gevaarlijke klanten',
);
// Members are warned with partly masked contact details or a description; half of the reports were
// about a client who refused to pay or made threats.
const uglyMugsWarnings = page(
  'https://www.nu.nl/binnenland/6261784/sekswerkers-werden-in-jaar-tijd-15000-keer-gewaarschuwd-voor-gevaarlijke-klant.html',
  'NU.nl: Sekswerkers werden in jaar tijd 15.000 keer gewaarschuwd voor gevaarlijke klant',
);

// Rights and agreements. Spot 46 (The Hague): refuse clients and acts, stop when you want, your money,
// refuse alcohol and drugs, tell someone where you work, agree with an agency what happens if you refuse.
export const rightsSpot46 = page(
  'https://www.spot46.nl/info/escort/rechtenplichten/',
  'Spot 46: Escort – Rechten & plichten',
);
// "Jij zelf bepaalt hoe jij seks hebt met je klanten en welke klanten je wel wil en welke niet."
const rightsGoedGeregeld = page(
  'https://sekswerkgoedgeregeld.nl/rechten-en-plichten/',
  'Sekswerk goed geregeld: Rechten en plichten',
);
// Price and condoms agreed beforehand; the client pays at the start; money aside for quiet periods.
const workTips = page('https://www.info4escorts.be/werktips/', 'info4escorts: Werktips');
// Decide beforehand what you do if you need help; ask the owner which safety measures there are;
// a new condom when you switch.
const workingSafeSpot46 = page('https://www.spot46.nl/en/working-safe/', 'Spot 46: Working safe');
// Give the client's details to an emergency contact, say when you arrive and when you will finish.
export const buddyAspasie = page(
  'https://guide.aspasie.ch/en/chapter/fundamental-rules-of-sex-work/while-at-work/',
  'Aspasie: While at work',
);
// Note the client's number for a later report; no bookings from withheld numbers; a charged phone.
const policeTips = page(
  'https://www.northyorkshire.police.uk/staying-safe/sex-worker-safety/essential-tips/',
  'North Yorkshire Police: Sex worker safety – Essential tips',
);

// Health. Free and anonymous testing at the GGD for sex workers.
const stiFreeAnonymous = page(
  'https://amsterdamcenterforsexworkers.nl/en/for-sex-workers/health-sex/all-about-stis-and-screening/',
  'Amsterdam Center for Sex Workers: All about STIs and screening',
);
// PrEP protects against HIV for people at higher risk, not against other STIs.
const prepHaaglanden = page(
  'https://www.seksuelegezondheidhaaglanden.nl/prep/prep-vraag-en-antwoord/',
  'Seksuele Gezondheid Haaglanden (GGD): PrEP – vraag en antwoord',
);
// "Liefst binnen 2 uur maar uiterlijk 72 uur" after an HIV risk: GGD, GP or emergency department.
const pepGgd = page(
  'https://www.ggdzl.nl/onderwerpen/hygiene-en-infectiepreventie/bezoekers-seksbedrijven',
  'GGD Zuid Limburg: Bezoekers seksbedrijven',
);

// After violence. The CSG: day and night, preferably within seven days, the police only if you want.
export const csgOwnPage = page(
  'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
  'Centrum Seksueel Geweld: In de media',
);
// Traces on the body (DNA, hair) are kept as evidence; HIV medicine and pregnancy prevention.
const csgTraces = page(
  'https://www.nhnieuws.nl/nieuws/n7096/veel-meer-meldingen-seksueel-geweld-maar-nog-steeds-topje-van-de-ijsberg',
  'NH Nieuws: Veel meer meldingen seksueel geweld, maar nog steeds topje van de ijsberg',
);
const csgNotShower = page(
  'https://www.nrc.nl/nieuws/2017/05/23/eerste-advies-na-verkrachting-niet-douchen-maar-melden-9821009-a1560026',
  'NRC: Eerste advies na verkrachting: niet douchen, maar melden',
);
// Men come to the CSG too ("voor mannen is de schuld en schaamte nog iets hoger").
export const csgMen = page(
  'https://www.omroepzeeland.nl/nieuws/111186/Zeeuwse-slachtoffers-van-seksueel-geweld-zoeken-vaker-hulp-dankzij-metoo',
  'Omroep Zeeland: Zeeuwse slachtoffers van seksueel geweld zoeken vaker hulp dankzij #MeToo',
);
// Anyone may report a crime, also without a residence permit.
const policeReport = page('https://www.politie.nl/themas/aangifte-doen.html', 'Politie: Aangifte doen');
// A log with date and time of every new fact can help as evidence in a later report.
const keepALog = page('https://www.stichtingzijweg.nl/hulp-van-de-politie', 'Stichting Zijweg: Hulp van de politie');

export const workingSafer: GuideDraft = {
  id: 'working-safer',
  phases: ['working', 'considering'],
  domains: ['safety', 'health', 'money'],
  urgentContactIds: ['alarmnummer-112', 'centrum-seksueel-geweld', 'ugly-mugs'],
  helpPurpose: 'violence',
  // The guide about blackmail and the STI check go deeper; a record of what happened lives in the vault.
  relatedGuideIds: ['someone-threatens-to-tell', 'sti-check'],
  linksToIncidentLog: true,
  sections: [
    {
      id: 'check-client',
      items: [
        { id: 'ugly-mugs', source: [uglyMugsLaunch, uglyMugsPrivacy] },
        { id: 'client-check', source: [uglyMugsYear, uglyMugsLaunch] },
        { id: 'join', source: [uglyMugsPrivacy, uglyMugsConditions] },
        { id: 'warn-others', source: [uglyMugsLaunch, uglyMugsWarnings] },
      ],
    },
    {
      id: 'agree-first',
      items: [
        { id: 'you-decide', source: [rightsGoedGeregeld, rightsSpot46] },
        { id: 'price-and-condoms', source: [workTips] },
        { id: 'stop', source: [rightsSpot46] },
        { id: 'no-drink', source: [rightsSpot46, rightsGoedGeregeld] },
        // §2.4: "how can I negotiate better with my clients?" is a reason people first contact support.
        { id: 'negotiating', source: [report('2.4')] },
      ],
    },
    {
      id: 'before-booking',
      checklist: true,
      items: [
        { id: 'tell-someone', source: [rightsSpot46, buddyAspasie] },
        { id: 'keep-number', source: [policeTips, uglyMugsYear] },
        { id: 'need-help', source: [workingSafeSpot46] },
        { id: 'phone', source: [policeTips] },
      ],
    },
    {
      id: 'money',
      items: [
        { id: 'pay-first', source: [workTips, uglyMugsWarnings] },
        { id: 'your-money', source: [rightsSpot46] },
        // §2.2: days with fewer clients than hoped bring stress.
        { id: 'set-aside', source: [workTips, report('2.2')] },
        { id: 'money-help', source: [report('2.4')] },
      ],
    },
    {
      id: 'health',
      items: [
        { id: 'sti-check', source: [pages.stiTestSexWork, stiFreeAnonymous, pages.stiTestAnonymous] },
        { id: 'condoms', source: [workingSafeSpot46] },
        { id: 'prep', source: [prepHaaglanden] },
        { id: 'pep', source: [pepGgd] },
      ],
    },
    {
      id: 'after-violence',
      items: [
        { id: 'danger', source: [rightsSpot46] },
        { id: 'sexual-violence', source: [csgOwnPage, csgMen] },
        { id: 'traces', source: [csgNotShower, csgTraces, csgOwnPage] },
        { id: 'report', source: [policeReport, uglyMugsYear] },
        { id: 'write-down', source: [keepALog] },
        // §2.3: a report to the police more often follows contact with support workers.
        { id: 'support-worker', source: [report('2.3')] },
      ],
    },
  ],
};
