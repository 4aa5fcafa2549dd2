/**
 * The lines open day and night that the start screen offers under "Need help now?" (112, 113 and
 * De Luisterlijn). They live apart from the rest of the directory so the start screen does not load
 * every contact; the directory itself (contacts.ts) lists them in their place. An organisation's own
 * contacts build replaces this list with its entries of the same ids (scripts/contactsOverridePlugin.ts).
 */
import type { Contact } from '../../domain/contact';
import {
  always,
  comparedCheck,
  noChannels,
  call,
  researchFileCheck,
  unknownHours,
  welcomesNotStated,
  wegwijzerReporting,
} from './entryParts';

export const emergency112 = {
  id: 'alarmnummer-112',
  name: '112',
  scope: 'national',
  areas: 'national',
  offerKey: 'contacts:offers.alarmnummer112',
  purposes: ['emergency', 'safety'],
  channels: { ...noChannels, phones: [call('112', 'acuteDanger', always)] },
  languages: null,
  isAnonymous: null,
  isFree: null,
  welcomes: welcomesNotStated,
  isFaithBased: false,
  source: { url: wegwijzerReporting, date: null },
  otherSources: [
    { url: 'https://www.veiligthuisnoordoostgelderland.nl/chat-veilig-thuis-zeker-tot-einde-2020/', date: '2020' },
    { url: 'https://www.blijfgroep.nl/burgemeester-op-bezoek', date: null },
    // Its header reads "112 Bij een levensbedreigende situatie · 24/7 · gratis".
    { url: 'https://www.veiligthuisnoordoostgelderland.nl/meldpunt-jeugdprostutie/', date: null },
  ],
  ...comparedCheck,
  conflictKey: null,
  pairedWithId: null,
  confidence: 'high',
  isFromCoordinatorDirectory: false,
  verified: true,
} satisfies Contact;

export const suicidePrevention113 = {
  id: 'zelfmoordpreventie-113',
  name: '113 Zelfmoordpreventie',
  scope: 'national',
  areas: 'national',
  offerKey: 'contacts:offers.zelfmoordpreventie113',
  purposes: ['crisis', 'mentalHealth'],
  // 0800-0113 first: it has always been free; 113 itself is free since October 2025 (upday/ANP).
  channels: {
    ...noChannels,
    phones: [call('08000113', 'dayAndNightFree', always), call('113', 'dayAndNightFree', always)],
    chatUrl: 'https://www.113.nl',
    // "Bel 24/7 … of chat op 113.nl": the 24/7 is said of calling, so the chat hours stay unknown.
    chatHours: unknownHours,
    website: 'https://www.113.nl',
  },
  languages: null,
  isAnonymous: true,
  isFree: true,
  welcomes: welcomesNotStated,
  isFaithBased: false,
  source: {
    url: 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
    date: '2025-10-03',
  },
  otherSources: [
    { url: 'https://www.hartvannederland.nl/nieuws/2020/telefoonnummer-113-zelfmoordpreventie/', date: '2020-07' },
  ],
  ...researchFileCheck,
  confidence: 'high',
  isFromCoordinatorDirectory: false,
  verified: true,
} satisfies Contact;

export const luisterlijn = {
  id: 'luisterlijn',
  name: 'De Luisterlijn',
  scope: 'national',
  areas: 'national',
  offerKey: 'contacts:offers.luisterlijn',
  purposes: ['talk', 'mentalHealth'],
  channels: {
    ...noChannels,
    phones: [call('+31880767000', 'dayAndNight', always)],
    chatUrl: 'https://www.deluisterlijn.nl',
    chatHours: unknownHours,
    website: 'https://www.deluisterlijn.nl',
  },
  languages: null,
  isAnonymous: true,
  isFree: null,
  welcomes: welcomesNotStated,
  isFaithBased: false,
  source: { url: 'https://www.nrc.nl/nieuws/2021/07/27/coronablog-27-juli-a4052478', date: '2021-07-27' },
  otherSources: [
    {
      url: 'https://www.rd.nl/vandaag/binnenland/luisterlijn-voerde-vorig-jaar-ruim-300-000-gesprekken-1.1679732',
      date: '2020-07',
    },
  ],
  ...researchFileCheck,
  confidence: 'high',
  isFromCoordinatorDirectory: false,
  verified: true,
} satisfies Contact;

/** In the order the start screen shows them. */
export const helpNowContacts: Contact[] = [emergency112, suicidePrevention113, luisterlijn];
