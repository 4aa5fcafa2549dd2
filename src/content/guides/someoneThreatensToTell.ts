/**
 * The guide "Someone threatens to tell": blackmail with someone's sex-work identity. Kept in its own
 * file so it can change without touching the other guides. Every item names the public page it rests
 * on (address, title, the page's date) and the day it was read, or a section of the report.
 */
import type { Source } from '../../domain/content';
import { report } from '../sources/cite';
import type { GuideDraft } from './guides';

/** A page read on 2 December 2026 through the project's search tool; the title is the page's own. */
function page(url: string, title: string): Source {
  return { kind: 'public', url, title, readOn: '2026-12-02' };
}

const nos2024 = page(
  'https://nos.nl/artikel/2534323-sekswerkers-doen-vaker-melding-van-geweld-bij-een-derde-ook-sprake-van-chantage',
  'NOS: Sekswerkers doen vaker melding van geweld, bij een derde ook sprake van chantage',
);
const nrc2023 = page(
  'https://www.nrc.nl/nieuws/2023/05/03/platform-waarschuwde-sekswerkers-afgelopen-jaar-15-000-keer-voor-gewelddadige-klanten-a4163616',
  'NRC: Platform waarschuwde sekswerkers afgelopen jaar 15.000 keer voor gewelddadige klanten',
);
// The police's own advice on sextortion, as published by the Caribbean Netherlands police.
const policeCaribbean = page(
  'https://bonaire.nu/2023/08/31/korps-politie-caribisch-nederland-waarschuwt-voor-sextortion/',
  'Bonaire.nu: Korps Politie Caribisch Nederland waarschuwt voor sextortion',
);
// Police and Europol advice: keep all messages and screenshots.
const keepMessages = page(
  'https://datanews.knack.be/ict/nieuws/say-no-waarschuwt-tegen-sextortion/article-normal-885913.html',
  'Knack Datanews: Say No! waarschuwt tegen sextortion',
);
const notYourFault = page(
  'https://www.bnnvara.nl/spuitenenslikken/artikelen/kom-schatje-trek-je-broek-eens-uit',
  "BNNVARA Spuiten en Slikken: 'Kom schatje, trek je broek eens uit'",
);
// The police: a report can be made under an address other than your home address.
const otherAddress = page(
  'https://www.nhnieuws.nl/nieuws/344948/afpersing-scholieren-amsterdam-via-snapchat-neemt-vlucht-afgelopen-weken-zeer-veel-meldingen',
  'NH Nieuws: Afpersing scholieren Amsterdam via Snapchat neemt vlucht',
);
const uglyMugsLaunch = page(
  'https://www.nhnieuws.nl/nieuws/n76533/sekswerkers-krijgen-eigen-online-platform-voor-hun-veiligheid',
  'NH Nieuws: Sekswerkers krijgen eigen online platform voor hun veiligheid',
);
// Help with care and with preparing a report to the police.
const uglyMugsYear = page(
  'https://www.parool.nl/nederland/ruim-15-000-meldingen-op-platform-waar-sekswerkers-elkaar-waarschuwen-voor-gevaarlijke-klanten~b2200c39/',
  'Het Parool: Ruim 15.000 meldingen op platform waar sekswerkers elkaar waarschuwen voor gevaarlijke klanten',
);
// Not part of the police; no official report can be made there.
const anonymousLine = page('https://www.politie.nl/themas/meld-misdaad-anoniem.html', 'Politie: Meld Misdaad Anoniem');
// Free legal help for people without enough money.
const legalDesk = page(
  'https://www.destentor.nl/zwolle/kleine-vergissing-met-enorme-gevolgen-aan-deze-balie-in-zwolle-horen-ze-elke-dag-aangrijpende-verhalen~a1932c27/',
  'De Stentor: Kleine vergissing met enorme gevolgen: aan deze balie in Zwolle horen ze elke dag aangrijpende verhalen',
);

export const someoneThreatensToTell: GuideDraft = {
  id: 'someone-threatens-to-tell',
  phases: ['working', 'considering', 'stopping', 'after'],
  domains: ['safety'],
  urgentContactIds: ['alarmnummer-112', 'ugly-mugs', 'politie-geen-spoed', 'meld-misdaad-anoniem'],
  helpPurpose: 'violence',
  sections: [
    {
      id: 'it-happens',
      items: [
        { id: 'threat', source: [nos2024, nrc2023] },
        { id: 'a-third', source: [nos2024, nrc2023] },
        { id: 'not-your-fault', source: [notYourFault] },
      ],
    },
    {
      id: 'do-not',
      items: [
        { id: 'do-not-pay', source: [policeCaribbean] },
        { id: 'do-not-delete', source: [keepMessages] },
        { id: 'block-after', source: [policeCaribbean] },
      ],
    },
    {
      id: 'evidence',
      items: [
        { id: 'screenshots', source: [policeCaribbean, keepMessages] },
        { id: 'online', source: [policeCaribbean] },
        {
          id: 'write-down',
          // Ugly Mugs NL helps prepare a report to the police; the police advice is to keep every trace.
          source: [uglyMugsYear, policeCaribbean],
        },
      ],
    },
    {
      id: 'who-helps',
      items: [
        { id: 'ugly-mugs', source: [uglyMugsLaunch, uglyMugsYear] },
        { id: 'police', source: [policeCaribbean, otherAddress] },
        { id: 'anonymous', source: [anonymousLine] },
        { id: 'legal', source: [legalDesk] },
        {
          id: 'support-worker',
          // §2.3: a report to the police more often follows contact with support workers.
          source: [report('2.3')],
        },
      ],
    },
  ],
};
