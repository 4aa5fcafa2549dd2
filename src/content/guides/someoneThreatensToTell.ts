/**
 * The guide "Someone threatens to tell": blackmail with someone's sex-work identity. Kept in its own
 * file so it can change without touching the other guides. Every item names the public page it rests
 * on (address, title, the page's date) and the day it was read, or a section of the report.
 */
import type { GuideDraft } from './guides';

const read = 'read 2026-12-02';
const nos2024 = `nos.nl: 'Sekswerkers doen vaker melding van geweld, bij een derde ook sprake van chantage' (2024-08), https://nos.nl/artikel/2534323-sekswerkers-doen-vaker-melding-van-geweld-bij-een-derde-ook-sprake-van-chantage, ${read}`;
const nrc2023 = `nrc.nl: 'Platform waarschuwde sekswerkers afgelopen jaar 15.000 keer voor gewelddadige klanten' (2023-05), https://www.nrc.nl/nieuws/2023/05/03/platform-waarschuwde-sekswerkers-afgelopen-jaar-15-000-keer-voor-gewelddadige-klanten-a4163616, ${read}`;
const policeCaribbean = `bonaire.nu: 'Korps Politie Caribisch Nederland waarschuwt voor sextortion' (2023-08; the police's advice), https://bonaire.nu/2023/08/31/korps-politie-caribisch-nederland-waarschuwt-voor-sextortion/, ${read}`;
const keepMessages = `datanews.knack.be: 'Say No! waarschuwt tegen sextortion' (2017-08; police and Europol advice: keep all messages and screenshots), http://datanews.knack.be/ict/nieuws/say-no-waarschuwt-tegen-sextortion/article-normal-885913.html, ${read}`;
const notYourFault = `bnnvara.nl: 'Kom schatje, trek je broek eens uit' (2022-08; blackmail is a crime, it is not your fault), https://www.bnnvara.nl/spuitenenslikken/artikelen/kom-schatje-trek-je-broek-eens-uit, ${read}`;
const otherAddress = `nhnieuws.nl: 'Afpersing scholieren Amsterdam via Snapchat neemt vlucht' (2025-01; the police: a report can be made under an address other than your home address), https://www.nhnieuws.nl/nieuws/344948/afpersing-scholieren-amsterdam-via-snapchat-neemt-vlucht-afgelopen-weken-zeer-veel-meldingen, ${read}`;
const uglyMugsLaunch = `nhnieuws.nl: 'Sekswerkers krijgen eigen online platform voor hun veiligheid' (2022-04), https://www.nhnieuws.nl/nieuws/n76533/sekswerkers-krijgen-eigen-online-platform-voor-hun-veiligheid, ${read}`;
const uglyMugsYear = `parool.nl: 'Ruim 15.000 meldingen op platform waar sekswerkers elkaar waarschuwen voor gevaarlijke klanten' (2023-05; help with care and with preparing a report to the police), https://www.parool.nl/nederland/ruim-15-000-meldingen-op-platform-waar-sekswerkers-elkaar-waarschuwen-voor-gevaarlijke-klanten~b2200c39/, ${read}`;
const anonymousLine = `politie.nl: 'Meld Misdaad Anoniem' (undated page; not part of the police, no official report can be made there), https://www.politie.nl/themas/meld-misdaad-anoniem.html, ${read}; contacts data meld-misdaad-anoniem`;
const legalDesk = `destentor.nl: 'Kleine vergissing met enorme gevolgen: aan deze balie in Zwolle horen ze elke dag aangrijpende verhalen' (2023-02; free legal help for people without enough money), https://www.destentor.nl/zwolle/kleine-vergissing-met-enorme-gevolgen-aan-deze-balie-in-zwolle-horen-ze-elke-dag-aangrijpende-verhalen~a1932c27/, ${read}; contacts data juridisch-loket`;

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
        { id: 'threat', source: `${nos2024}; ${nrc2023}` },
        { id: 'a-third', source: `${nos2024}; ${nrc2023}` },
        { id: 'not-your-fault', source: notYourFault },
      ],
    },
    {
      id: 'do-not',
      items: [
        { id: 'do-not-pay', source: policeCaribbean },
        { id: 'do-not-delete', source: keepMessages },
        { id: 'block-after', source: policeCaribbean },
      ],
    },
    {
      id: 'evidence',
      items: [
        { id: 'screenshots', source: `${policeCaribbean}; ${keepMessages}` },
        { id: 'online', source: policeCaribbean },
        {
          id: 'write-down',
          source:
            'Verder product brief: the incident log in My plan (issue 16); reviews/2026-12-02-anchors.md §2.16 (a record written at the time counts for more)',
        },
      ],
    },
    {
      id: 'who-helps',
      items: [
        { id: 'ugly-mugs', source: `${uglyMugsLaunch}; ${uglyMugsYear}` },
        { id: 'police', source: `${policeCaribbean}; ${otherAddress}` },
        { id: 'anonymous', source: anonymousLine },
        { id: 'legal', source: legalDesk },
        {
          id: 'support-worker',
          source:
            'report §2.3 Redenen om te stoppen met sekswerk (een melding of aangifte volgt vaker na contact met hulpverleners)',
        },
      ],
    },
  ],
};
