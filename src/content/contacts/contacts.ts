/**
 * The contact directory: national lines and regional organisations, from the public facts in
 * shared/data/contacts-research.json. Every number, address, e-mail and language below appears in
 * that file with its source; nothing is added from memory. Organisations can correct their own entry
 * here: one file, validated by `contactsSchema` in the tests.
 *
 * Rules used when converting the research file:
 * - `verified: false` entries keep only their name, what they do and a website the research gives.
 * - Mobile numbers from the older directory of care coordinators are left out: a personal mobile
 *   number may have been passed on to someone else since (see the report of this change).
 * - `checkedOn` is the day Verder's team read the sources. The research file was compiled from stored
 *   copies of the public pages, so 2026-11-28 is the date those copies were read, not a live visit.
 * - Anonymity, cost and who is welcome stay `null` unless a source says so.
 * - `isFree`: the help costs nothing and calling costs at most a normal call. 0800 numbers are free;
 *   the 0900 number of Het Juridisch Loket costs money per minute, so it is `false`.
 */
import type { Channels, Contact, Phone, SourceRef } from '../../domain/contact';
import type { Hours } from '../../domain/openingHours';

/** The day the research file was written from stored copies of public pages (not a new check). */
const checkedOn = '2026-11-28';
/** The day a person compared the entry's details with a stored copy of its source again. */
const comparedOn = '2026-12-02';
const researchFileCheck = { checkedOn, checkKind: 'researchFile', conflictKey: null, pairedWithId: null } as const;
const comparedCheck = { checkedOn: comparedOn, checkKind: 'comparedWithSource' } as const;

const always: Hours = { kind: 'always' };
const unknownHours: Hours = { kind: 'unknown' };
const weekdays9to17: Hours = {
  kind: 'weekly',
  ranges: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
  closedOnPublicHolidays: false,
};

const welcomesNotStated = { men: null, trans: null, migrants: null, undocumented: null };

const noChannels: Channels = {
  phones: [],
  chatUrl: null,
  email: null,
  website: null,
  address: null,
  walkInKey: null,
  chatHours: null,
  walkInSource: null,
  walkInHours: null,
  walkInSourcesDisagree: false,
};

function call(number: string, label: string | undefined, hours: Hours): Phone {
  return label
    ? { number, kind: 'voice', labelKey: `contacts:phoneLabels.${label}`, hours }
    : { number, kind: 'voice', hours };
}

function walkIn(key: string, source: SourceRef, hours: Hours, sourcesDisagree = false) {
  return {
    walkInKey: `contacts:walkIn.${key}`,
    walkInSource: source,
    walkInHours: hours,
    walkInSourcesDisagree: sourcesDisagree,
  } as const;
}

const wegwijzerReporting = 'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel';
/** The older directory of regional care coordinators for trafficking (undated site version). */
const coordinatorDirectory = 'https://www.wegwijzermensenhandel.nl/Zorgcoordinatoren/Zorgcoordinatoren.aspx';
const coordinatorDirectoryEn = 'https://english.wegwijzermensenhandel.nl/Care_coordinators/care-coordinators.aspx';

const nationalContacts = [
  {
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
  },
  {
    id: 'politie-geen-spoed',
    name: 'Politie',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.politieGeenSpoed',
    purposes: ['violence', 'exploitation', 'safety'],
    channels: {
      ...noChannels,
      phones: [call('09008844', 'notUrgent', unknownHours)],
      website: 'https://www.politie.nl',
    },
    languages: null,
    // "no (for anonymous reporting use Meld Misdaad Anoniem 0800-7000)"
    isAnonymous: false,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html', date: null },
    otherSources: [
      { url: wegwijzerReporting, date: null },
      { url: 'https://www.politie.nl/themas/slachtofferzorg.html', date: null },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'meld-misdaad-anoniem',
    name: 'Meld Misdaad Anoniem',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.meldMisdaadAnoniem',
    purposes: ['exploitation', 'violence'],
    // The research could not verify the website domain, so none is given.
    channels: { ...noChannels, phones: [call('08007000', 'anonymousFree', unknownHours)] },
    languages: null,
    isAnonymous: true,
    isFree: true,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html', date: null },
    otherSources: [
      { url: 'https://www.politie.nl/nieuws/2020/januari/10/08-twee-hennepkwekerijen-opgerold.html', date: '2020-01' },
    ],
    ...researchFileCheck,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'veilig-thuis',
    name: 'Veilig Thuis',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.veiligThuis',
    purposes: ['violence', 'exploitation', 'safety'],
    channels: {
      ...noChannels,
      phones: [call('08002000', 'dayAndNightFree', always)],
      chatUrl: 'https://www.veiligthuis.nl',
      // Mon–Fri 9:00–17:00 (gemeente.nu 2025; research: "chat mostly 9–17").
      chatHours: weekdays9to17,
      website: 'https://www.veiligthuis.nl',
    },
    languages: null,
    isAnonymous: true,
    isFree: true,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.veiligthuisnoordoostgelderland.nl/chat-veilig-thuis-zeker-tot-einde-2020/',
      date: '2020',
    },
    otherSources: [
      {
        url: 'https://www.gemeente.nu/veiligheid/bereikbaarheid-veilig-thuis-met-24-7-chatfunctie-wenselijk/',
        date: '2025-10-29',
      },
      { url: 'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld', date: null },
      // "0800 2000 … 24/7 gratis", compared on 2026-12-02.
      { url: 'https://www.veiligthuisnoordoostgelderland.nl/meldpunt-jeugdprostutie/', date: null },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
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
  },
  {
    id: 'centrum-seksueel-geweld',
    name: 'Centrum Seksueel Geweld',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.centrumSeksueelGeweld',
    purposes: ['violence', 'sexualHealth', 'mentalHealth'],
    // The research names an anonymous chat but not where it is, so there is no chat link.
    channels: {
      ...noChannels,
      phones: [call('08000188', 'dayAndNight', always)],
      website: 'https://www.centrumseksueelgeweld.nl',
    },
    languages: null,
    // Only their chat is called anonymous, and no chat link is given, so the line is not marked anonymous.
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.centrumseksueelgeweld.nl/category/in-de-media/', date: null },
    otherSources: [
      {
        url: 'https://www.ggdfryslan.nl/over-ggd/nieuws/centrum-seksueel-geweld-start-landelijke-campagne/',
        date: '2022-11-02',
      },
    ],
    ...researchFileCheck,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'fier-chat',
    name: 'Fier – Chat met Fier',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.fierChat',
    purposes: ['exploitation', 'violence', 'talk'],
    // No national Fier phone number was found in any source: do not add one.
    channels: {
      ...noChannels,
      chatUrl: 'https://www.chatmetfier.nl',
      chatHours: unknownHours,
      website: 'https://www.fier.nl',
    },
    languages: null,
    isAnonymous: true,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.omropfryslan.nl/nieuws/950133-verdubbeling-aantal-crisismeldingen-van-huiselijk-geweld',
      date: '2020-03',
    },
    otherSources: [
      { url: 'https://www.fier.nl/kennis-en-expertise', date: null },
      {
        url: 'https://nos.nl/artikel/2237887-kim-had-psychische-problemen-ze-vond-anoniem-hulp-anders-durfde-ik-niet.html',
        date: '2018-06',
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'comensha',
    name: 'CoMensha',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.comensha',
    purposes: ['exploitation', 'housing', 'legal'],
    // The Twente mobile number (older directory) is left out; see the header.
    channels: {
      ...noChannels,
      phones: [call('+31334481186', 'helpdeskWeekdays', weekdays9to17)],
      email: 'info@comensha.nl',
      website: 'https://www.comensha.nl',
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha', date: null },
    // The 2016 page on a 24/7 pilot is no longer cited: CoMensha's own later page says the 24/7 line
    // ended on 1 March 2017 and office hours became 8:00–19:00. The wegwijzer page says 9:00–17:00.
    // The narrower hours are used, and the card says the sources disagree.
    otherSources: [
      {
        url: 'https://www.comensha.nl/actualiteiten/item/24-7-meldlijn-mensenhandel/',
        date: '2017',
        isDateApproximate: true,
      },
    ],
    ...comparedCheck,
    conflictKey: 'contacts:conflicts.comenshaHours',
    pairedWithId: null,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'arbeidsinspectie',
    name: 'Nederlandse Arbeidsinspectie',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.arbeidsinspectie',
    purposes: ['exploitation', 'work'],
    channels: {
      ...noChannels,
      phones: [
        call('08005151', 'reportLabourExploitation', unknownHours),
        call('+31703334444', 'fromAbroad', unknownHours),
      ],
    },
    languages: null,
    // Anonymous reporting goes through its crime intelligence team; the source does not say by which number.
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: wegwijzerReporting, date: null },
    // An older municipal page gives +31 70 333 5678 from abroad (per the 2026-12-02 review).
    otherSources: [{ url: 'https://www.eindhoven.nl/inkomen-zorg-en-onderwijs/inkomen/arbeidsuitbuiting', date: null }],
    ...comparedCheck,
    conflictKey: 'contacts:conflicts.arbeidsinspectieAbroad',
    pairedWithId: null,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'juridisch-loket',
    name: 'Het Juridisch Loket',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.juridischLoket',
    purposes: ['legal', 'money', 'housing', 'work'],
    // 0900-8020 is the only number found (0800-8020 was not found in any source); it is paid.
    channels: {
      ...noChannels,
      phones: [call('09008020', 'paidLine', unknownHours)],
      website: 'https://www.juridischloket.nl',
      // The official page states walk-in; a 2015 report says appointments only: not in the walk-in filter.
      ...walkIn(
        'juridischLoket',
        { url: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze', date: null },
        unknownHours,
        true,
      ),
    },
    languages: null,
    isAnonymous: false,
    isFree: false,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze', date: null },
    otherSources: [
      {
        url: 'https://www.perssupport.nl/persbericht/d99df242-810e-4309-af7e-613aeafbf1f9/tijdelijk-goedkoper-bellen-naar-het-juridisch-loket',
        date: '2020-04-09',
      },
    ],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
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
  },
  {
    id: 'mind-korrelatie',
    name: 'MIND Korrelatie',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.mindKorrelatie',
    purposes: ['mentalHealth', 'talk', 'violence'],
    // Not verified: the numbers seen only on a blog are deliberately not shown. Its own site says help
    // comes by letter, chat, phone, e-mail and WhatsApp, and that you can stay anonymous.
    channels: { ...noChannels, website: 'https://mindkorrelatie.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.medicalfacts.nl/2021/02/24/openingstijden-hulplijn-mind-korrelatie-verruimd/',
      date: '2021-02-24',
    },
    otherSources: [
      { url: 'https://mindkorrelatie.nl/voorwaarden/privacy-statement', date: null },
      { url: 'https://www.mind2022.nl/mind-korrelatie.html', date: '2022' },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: false,
  },
  {
    id: 'geldfit',
    name: 'Geldfit',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.geldfit',
    purposes: ['money'],
    channels: {
      ...noChannels,
      phones: [call('08008115', 'free', unknownHours)],
      chatUrl: 'https://www.geldfit.nl',
      chatHours: unknownHours,
      website: 'https://www.geldfit.nl',
    },
    languages: null,
    isAnonymous: true,
    isFree: true,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.ikwoonleefzorg.nl/financien/7-vragen-aan-de-hulplijn-van-de-nederlandse-schuldhulproute',
      date: null,
    },
    otherSources: [
      { url: 'https://www.nd.nl/nieuws/nederland/994765/gratis-nummer-voor-hulp-bij-geldzorgen', date: '2020-09' },
      {
        url: 'https://www.rijksoverheid.nl/actueel/nieuws/2022/11/07/overheid-start-campagne-om-mensen-met-geldzorgen-te-wijzen-op-hulp',
        date: '2022-11',
      },
    ],
    ...researchFileCheck,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'slachtofferhulp',
    name: 'Slachtofferhulp Nederland',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.slachtofferhulp',
    purposes: ['violence', 'legal'],
    channels: {
      ...noChannels,
      phones: [call('09000101', 'normalRateCrisisAlsoAfterHours', unknownHours)],
      website: 'https://www.slachtofferhulp.nl',
    },
    languages: null,
    isAnonymous: null,
    // The help is free and the number costs a local (normal) rate.
    isFree: true,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.politie.nl/themas/slachtofferhulp.html', date: null },
    otherSources: [
      {
        url: 'https://www.slachtofferhulp.nl/professionals/een-slachtoffer-doorverwijzen/doorverwijzen-naar-slachtofferhulp/',
        date: null,
      },
    ],
    ...researchFileCheck,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'soa-aids-nederland',
    name: 'Soa Aids Nederland',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.soaAidsNederland',
    purposes: ['sexualHealth'],
    channels: { ...noChannels, website: 'https://www.soaaids.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.soaaids.nl/nl/informatie-voor/prostitutie/starten-met-prostitutie/prostitutie-belangenbehartiging',
      date: null,
    },
    otherSources: [
      {
        url: 'https://www.soaaids.nl/nl/item/seksoa-article/6-manieren-om-de-drempel-tot-soa-testen-te-verlagen-bij-sekswerkers',
        date: '2018-10-02',
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'ggd-seksuele-gezondheid',
    name: 'GGD – Centrum Seksuele Gezondheid',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.ggdSeksueleGezondheid',
    purposes: ['sexualHealth'],
    // Each GGD has its own number; none was collected, so no channel is given.
    channels: noChannels,
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.rivm.nl/nieuws/doelgroepen-aanvullende-seksuele-gezondheidszorg-bij-ggd',
      date: '2012',
    },
    otherSources: [
      {
        url: 'https://www.omroepgelderland.nl/nieuws/2302170/GGD-probeert-elke-sekswerker-te-bereiken',
        date: '2018-01',
      },
    ],
    checkedOn,
    checkKind: 'researchFile',
    conflictKey: null,
    // Sense is made with all GGDs and has a website; the regional GGD clinics come first near a place.
    pairedWithId: 'sense',
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: false,
  },
  {
    id: 'sense',
    name: 'Sense',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.sense',
    purposes: ['sexualHealth'],
    channels: { ...noChannels, website: 'https://www.sense.info' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.nji.nl/interventies/senseinfo', date: null },
    otherSources: [],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'proud',
    name: 'PROUD',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.proud',
    purposes: ['network', 'talk'],
    // The only website address seen comes from a source of about 2015 and may have changed hands.
    channels: noChannels,
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.soaaids.nl/nl/informatie-voor/prostitutie/starten-met-prostitutie/prostitutie-belangenbehartiging',
      date: null,
    },
    otherSources: [
      { url: 'https://sekswerkerfgoed.nl/proud-sekswerkersorganisatie/', date: null },
      {
        url: 'https://www.pzc.nl/bevelanden/sekswerkers-paraderen-door-goes-wij-hebben-een-beroep-om-trots-op-te-zijn~a2488be9/',
        date: '2019-02',
      },
    ],
    checkedOn,
    checkKind: 'researchFile',
    conflictKey: null,
    // Ugly Mugs NL was set up by Soa Aids Nederland and PROUD (nhnieuws.nl, 2022-04).
    pairedWithId: 'ugly-mugs',
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: false,
  },
  {
    id: 'iom',
    name: 'IOM Nederland',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.iom',
    purposes: ['return'],
    channels: {
      ...noChannels,
      phones: [
        call('+31887464466', 'voluntaryReturn', unknownHours),
        call('+31703181500', 'otherQuestions', unknownHours),
      ],
      email: 'iomthehague@iom.int',
      website: 'https://www.iom-nederland.nl',
    },
    // As listed by the source; Badini is a Kurdish dialect (ku), Serbo-Croatian is given as hr and sr.
    // Telephone interpreters can help with other languages.
    // prettier-ignore
    languages: [
      'nl', 'en', 'am', 'ar', 'bs', 'zh', 'fa', 'fr', 'de', 'rw', 'rn', 'mk', 'ku', 'pt', 'ru', 'hr', 'sr',
      'es', 'sw', 'so', 'ti', 'tr',
    ],
    // "Confidential (not anonymous)".
    isAnonymous: false,
    isFree: null,
    welcomes: { men: null, trans: null, migrants: true, undocumented: null },
    isFaithBased: false,
    source: {
      url: 'https://www.wegwijzermensenhandel.nl/partnerorganisaties/internationale-organisatie-voor-migratie-iom',
      date: null,
    },
    otherSources: [
      {
        url: 'https://iom-nederland.nl/veelgestelde-vragen/vrijwillige-terugkeer-en-herintegratie?layout=blog',
        date: null,
      },
      { url: 'https://www.netinnederland.nl/informatie/nieuws/2018/terugkeren--.html', date: '2018' },
    ],
    ...researchFileCheck,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'coa',
    name: 'COA',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.coa',
    purposes: ['exploitation'],
    // The two numbers in the research are professional helpdesks from an older page, so none is shown:
    // people in an asylum centre are best helped by the staff at their own location.
    channels: { ...noChannels, website: 'https://www.coa.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: { men: null, trans: null, migrants: true, undocumented: null },
    isFaithBased: false,
    source: {
      url: 'https://wegwijzermensenhandel.nl/organisatieprofielen/CentraalOrgaanopvangAsielzoekersCOA.aspx',
      date: null,
    },
    otherSources: [
      {
        url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D33021&id=2025D33021',
        date: '2025-07-09',
      },
    ],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'stichting-los',
    name: 'Stichting LOS',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.stichtingLos',
    purposes: ['legal'],
    channels: { ...noChannels, website: 'https://stichtinglos.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: { men: null, trans: null, migrants: true, undocumented: true },
    isFaithBased: false,
    source: { url: 'https://stichtinglos.nl/content/projecten', date: null },
    otherSources: [{ url: 'https://meldpuntvreemdelingendetentie.nl/over-ons/', date: null }],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'ugly-mugs',
    name: 'Ugly Mugs NL',
    scope: 'national',
    areas: 'national',
    offerKey: 'contacts:offers.uglyMugs',
    purposes: ['safety', 'violence'],
    channels: { ...noChannels, website: 'https://www.uglymugs.nl' },
    languages: null,
    // Warnings are anonymous, but joining needs a check that you are a sex worker: not marked anonymous.
    // Regional alerts about a dangerous client: nhnieuws.nl 2022-04 (the source below), read 2026-12-02.
    isAnonymous: null,
    // "Een gratis online platform".
    isFree: true,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.nhnieuws.nl/nieuws/n76533/sekswerkers-krijgen-eigen-online-platform-voor-hun-veiligheid',
      date: '2022-04',
    },
    otherSources: [
      // Run by Soa Aids Nederland; an account is activated only after verification (art. 3.2), read 2026-12-02.
      { url: 'https://www.uglymugs.nl/en/general-conditions', date: null },
      {
        url: 'https://www.nu.nl/binnenland/6261784/sekswerkers-werden-in-jaar-tijd-15000-keer-gewaarschuwd-voor-gevaarlijke-klant.html',
        date: '2023-05',
      },
      // Help finding care and preparing a report to the police; the database is for registered sex workers only.
      {
        url: 'https://www.parool.nl/nederland/ruim-15-000-meldingen-op-platform-waar-sekswerkers-elkaar-waarschuwen-voor-gevaarlijke-klanten~b2200c39/',
        date: '2023-05',
      },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
] satisfies Contact[];

const noAreas = { municipalities: [], provinces: [], regions: [] };

const regionalContacts = [
  {
    id: 'amsterdam-center-for-sex-workers',
    name: 'Amsterdam Center for Sex Workers (P&G292)',
    scope: 'regional',
    areas: { ...noAreas, regions: ['amsterdam'] },
    offerKey: 'contacts:offers.amsterdamCenterForSexWorkers',
    purposes: ['sexualHealth', 'talk', 'work', 'education'],
    // Both pg292.nl and amsterdamcenterforsexworkers.nl were seen; the newer name is used.
    channels: {
      ...noChannels,
      website: 'https://amsterdamcenterforsexworkers.nl',
      address: 'Nieuwezijds Voorburgwal, Amsterdam',
    },
    // "Staff speak various languages (not specified)": no codes to give.
    languages: null,
    isAnonymous: null,
    isFree: null,
    // "Serves sex workers regardless of gender, workplace or residence status."
    welcomes: { men: true, trans: true, migrants: true, undocumented: true },
    isFaithBased: false,
    source: { url: 'https://www.pg292.nl/en/start-stop/stopping/', date: null },
    otherSources: [
      {
        url: 'https://www.napnieuws.nl/2025/02/07/taboes-rondom-sekswerk-doorbreken-het-zou-niet-moeten-uitmaken-of-je-kapper-bakker-of-sekswerker-bent/',
        date: '2025-02-07',
      },
      { url: 'https://globalhealthnow.org/2024-05/amsterdams-struggle-improve-sex-worker-health', date: '2024-05' },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'scharlaken-koord',
    name: 'Scharlaken Koord',
    scope: 'regional',
    // Amsterdam is their base. Staff also took part in the group talks of Almere, Haarlem, Utrecht,
    // Zaanstad and Zwolle (report appendix, 2021), so those regions are included too.
    areas: { ...noAreas, regions: ['amsterdam', 'almere', 'haarlem', 'utrecht', 'zaanstad', 'zwolle'] },
    offerKey: 'contacts:offers.scharlakenKoord',
    purposes: ['talk', 'work'],
    channels: {
      ...noChannels,
      phones: [call('+31206226897', 'office', unknownHours)],
      email: 'info@scharlakenkoord.nl',
      website: 'https://www.scharlakenkoord.nl',
      address: 'Barndesteeg 25, 1012 BV Amsterdam',
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: true,
    // The research read this page over http; the same page is cited over https (the site's own
    // website link is https too). Its contact block is from an older version of the site.
    source: { url: 'https://www.scharlakenkoord.nl/index.php/over-ons/geschiedenis', date: null },
    otherSources: [
      { url: 'https://www.sgpj.nl/artikelen/prostitutie-dichtbij-huis', date: null },
      // Signed the Flevoland trafficking agreement on 16 November 2022.
      {
        url: 'https://almeredagblad.nl/gemeente/ondertekening-intentieverklaring-ketenaanpak-mensenhandel',
        date: '2022-11-16',
      },
    ],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'hvo-querido-acm',
    name: 'HVO-Querido – Amsterdams Coördinatiepunt Mensenhandel',
    scope: 'regional',
    areas: {
      // The directory lists this number under police region Amsterdam only (Noord-Holland has other,
      // conflicting mobiles; Flevoland reports go to Veilig Thuis Flevoland since 2024). Gooi en
      // Vechtstreek, named in the research, by its municipalities, Eemnes included.
      municipalities: ['hilversum', 'huizen', 'gooise-meren', 'blaricum', 'laren', 'wijdemeren', 'eemnes'],
      provinces: [],
      regions: ['amsterdam'],
    },
    offerKey: 'contacts:offers.hvoQueridoAcm',
    purposes: ['exploitation', 'housing', 'safety'],
    // The mobile number of the same directory is left out; see the header.
    channels: {
      ...noChannels,
      phones: [call('+31206263800', 'careCoordination', unknownHours)],
      website: 'https://hvoquerido.nl',
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [
      { url: 'https://hvoquerido.nl/acm/wij-zorgen-dat-anderen-zorgen/', date: null },
      { url: 'https://hvoquerido.nl/extra-opvangplekken-voor-slachtoffers-mensenhandel/', date: '2019-11-29' },
    ],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'blijf-groep',
    name: 'Blijf Groep',
    scope: 'regional',
    areas: { ...noAreas, regions: ['amsterdam', 'alkmaar', 'almere', 'haarlem', 'zaanstad'] },
    offerKey: 'contacts:offers.blijfGroep',
    purposes: ['violence', 'safety', 'housing', 'exploitation'],
    channels: {
      ...noChannels,
      phones: [call('+31882342450', 'helpAdviceInfo', unknownHours)],
      website: 'https://www.blijfgroep.nl',
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.blijfgroep.nl/burgemeester-op-bezoek', date: null },
    otherSources: [
      {
        url: 'https://www.at5.nl/artikelen/213606/noodbedden-slachtoffers-huiselijk-geweld-vol-het-uithoudingsvermogen-is-op',
        date: '2022-02',
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'shop-den-haag',
    name: 'SHOP',
    scope: 'regional',
    areas: { ...noAreas, regions: ['den-haag'] },
    offerKey: 'contacts:offers.shopDenHaag',
    purposes: ['talk', 'exploitation', 'work'],
    // No website of SHOP itself was available, so none is given.
    channels: { ...noChannels, phones: [call('+31703614747', 'careCoordination', unknownHours)] },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [
      { url: coordinatorDirectoryEn, date: null },
      {
        url: 'https://www.trouw.nl/home/den-haag-stuurt-brandbrief-aan-kabinet-help-prostituees-stoppen~a7294996/',
        date: '2017-09',
      },
    ],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'de-haven',
    name: 'Stichting De Haven',
    scope: 'regional',
    areas: { ...noAreas, regions: ['den-haag'] },
    offerKey: 'contacts:offers.deHaven',
    purposes: ['talk', 'work'],
    channels: { ...noChannels, email: 'info@dehaven.nl', website: 'https://dehaven.nl' },
    // Thai is spoken by fieldworkers, per their website.
    languages: ['hu', 'ro', 'es', 'en', 'th'],
    isAnonymous: null,
    isFree: null,
    welcomes: { men: true, trans: true, migrants: null, undocumented: null },
    isFaithBased: true,
    source: { url: 'https://dehaven.nl/qa/', date: '2020-07' },
    otherSources: [
      { url: 'https://dehaven.nl/wat-doen-wij/', date: null },
      { url: 'https://dehaven.nl/wie-zijn-wij/onze-geschiedenis/', date: null },
    ],
    ...researchFileCheck,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'humanitas-pmw-rotterdam',
    name: 'Humanitas PMW Rotterdam (Door2Door)',
    scope: 'regional',
    areas: { ...noAreas, regions: ['rotterdam'] },
    offerKey: 'contacts:offers.humanitasPmwRotterdam',
    purposes: ['talk', 'work', 'exploitation', 'housing'],
    channels: {
      ...noChannels,
      phones: [call('+31102365212', 'socialWorkAndCareCoordination', unknownHours)],
      website: 'https://door2doorrotterdam.nl',
      address: 'Door2Door, Rochussenstraat, Rotterdam',
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    // "women, men, trans people, including those without residence permit"
    welcomes: { men: true, trans: true, migrants: true, undocumented: true },
    isFaithBased: false,
    source: {
      url: 'https://english.wegwijzermensenhandel.nl/Organisations/expertisecentrum-seksualiteit-sekswerk-en-mensenhandel-(essm).aspx',
      date: null,
    },
    otherSources: [
      // The phone number was found in the older coordinator directory.
      { url: coordinatorDirectory, date: null },
      // Where the Door2Door address and website come from.
      { url: 'https://sekswerkerfgoed.nl/door2door-door-malkus', date: null },
      { url: 'https://door2doorrotterdam.nl/site/2017/04/25/', date: '2017-04-25' },
      {
        url: 'https://dagblad010.nl/Politiek/christenunie-rotterdam-wil-hulpverlening-prostituees-diverser',
        date: '2022-01-21',
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'rotterdam-vertrouwenspersoon',
    name: 'Gemeente Rotterdam – vertrouwenspersoon sekswerk',
    scope: 'regional',
    areas: { ...noAreas, municipalities: ['rotterdam'] },
    offerKey: 'contacts:offers.rotterdamVertrouwenspersoon',
    purposes: ['talk', 'sexualHealth'],
    channels: { ...noChannels, website: 'https://www.rotterdam.nl/werken-leren/prostitutie/' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.rotterdam.nl/werken-leren/prostitutie/', date: null },
    otherSources: [],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'terwille',
    name: 'Terwille',
    scope: 'regional',
    // Groningen and Drenthe. The Twente pilot (2018–2019) and the Salland house (2019) have an unknown
    // status, and the Groningen living room at Schoolholm 2 was a trial, so neither is listed.
    areas: { ...noAreas, provinces: ['groningen', 'drenthe'] },
    offerKey: 'contacts:offers.terwille',
    purposes: ['mentalHealth', 'housing', 'safety', 'work'],
    channels: { ...noChannels, website: 'https://www.terwille.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: true,
    source: { url: 'https://www.terwille.nl/uitstappen-in-twente/', date: '2018-12-12' },
    otherSources: [
      { url: 'https://www.legerdesheils.nl/artikel/een-verbeterde-aanpak-van-gedwongen-prostitutie', date: null },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'time2connect-groningen',
    name: 'Time2Connect Groningen',
    scope: 'regional',
    areas: { ...noAreas, regions: ['groningen'] },
    offerKey: 'contacts:offers.time2connectGroningen',
    purposes: ['talk', 'exploitation', 'education'],
    channels: {
      ...noChannels,
      website: 'https://www.legerdesheils.nl',
      ...walkIn(
        'time2connectGroningen',
        { url: 'https://www.legerdesheils.nl/artikel/een-verbeterde-aanpak-van-gedwongen-prostitutie', date: null },
        unknownHours,
      ),
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    // Run by the Salvation Army (Leger des Heils) and Terwille.
    isFaithBased: true,
    source: { url: 'https://www.legerdesheils.nl/artikel/een-verbeterde-aanpak-van-gedwongen-prostitutie', date: null },
    otherSources: [{ url: 'https://www.vn.nl/stoppen-met-sekswerk/', date: '2023-01' }],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'mjd-groningen',
    name: 'MJD Groningen',
    scope: 'regional',
    areas: { ...noAreas, municipalities: ['groningen'] },
    offerKey: 'contacts:offers.mjdGroningen',
    purposes: ['exploitation', 'talk'],
    channels: { ...noChannels, phones: [call('+31503126123', 'careCoordination', unknownHours)] },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [{ url: coordinatorDirectoryEn, date: null }],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'ggd-drenthe-zorgcoordinatie',
    name: 'GGD Drenthe – zorgcoördinatie mensenhandel',
    scope: 'regional',
    areas: { ...noAreas, provinces: ['drenthe'] },
    offerKey: 'contacts:offers.ggdDrentheZorgcoordinatie',
    purposes: ['exploitation'],
    channels: { ...noChannels, phones: [call('+31592306300', 'careCoordination', unknownHours)] },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'fier-fryslan',
    name: 'Fier Fryslân',
    scope: 'regional',
    areas: { ...noAreas, provinces: ['friesland'] },
    offerKey: 'contacts:offers.fierFryslan',
    purposes: ['talk', 'work', 'safety', 'housing', 'exploitation'],
    channels: {
      ...noChannels,
      phones: [call('+31582157084', 'careCoordination', unknownHours)],
      chatUrl: 'https://www.chatmetfier.nl',
      chatHours: unknownHours,
      website: 'https://www.fier.nl',
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.omropfryslan.nl/nl/nieuws/954980/fier-helpt-prostituees-zonder-inkomsten-aan-voedselbonnen',
      date: '2020',
    },
    otherSources: [
      // The phone number was found in the older coordinator directory.
      { url: coordinatorDirectory, date: null },
      {
        url: 'https://www.omropfryslan.nl/nieuws/916467-fier-bezuinigingen-zijn-bedreiging-voor-uitstapprogrammas-prostituees',
        date: '2019-10',
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'sterk-huis-pmw013',
    name: 'Sterk Huis – PMW013',
    scope: 'regional',
    areas: { ...noAreas, regions: ['tilburg'] },
    offerKey: 'contacts:offers.sterkHuisPmw013',
    purposes: ['talk', 'safety', 'work'],
    channels: { ...noChannels, website: 'https://www.sterkhuis.nl' },
    languages: null,
    // Professional secrecy, but anonymity is not stated.
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.sterkhuis.nl/prostitutie-maatschappelijk-werk-tilburg-staat-klaar-voor-sekswerkers-welke-vraag-je-ook-hebt-stel-m/',
      date: null,
    },
    otherSources: [],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'seksworks',
    name: 'Seksworks',
    scope: 'regional',
    // "Tilburg; Zeeland, Brabant and Limburg (per 2024 source)".
    areas: { ...noAreas, provinces: ['noord-brabant', 'zeeland', 'limburg'] },
    offerKey: 'contacts:offers.seksworks',
    purposes: ['network', 'talk'],
    channels: { ...noChannels, website: 'https://www.seksworks.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: {
      url: 'https://www.sterkhuis.nl/prostitutie-maatschappelijk-werk-tilburg-staat-klaar-voor-sekswerkers-welke-vraag-je-ook-hebt-stel-m/',
      date: null,
    },
    otherSources: [
      {
        url: 'https://www.omroepbrabant.nl/nieuws/4457771/sekswerkers-zitten-niet-op-thuiswerkwet-te-wachten-dom-plan',
        date: '2024-04',
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'maatschappelijke-opvang-den-bosch',
    name: 'Maatschappelijke Opvang Den Bosch (RUPS)',
    scope: 'regional',
    areas: { ...noAreas, regions: ['den-bosch'] },
    offerKey: 'contacts:offers.maatschappelijkeOpvangDenBosch',
    purposes: ['money', 'housing', 'mentalHealth', 'work'],
    // The two directory versions give different numbers, so no number is shown.
    channels: { ...noChannels, website: 'https://maatschappelijkeopvangdenbosch.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: { men: true, trans: true, migrants: null, undocumented: null },
    isFaithBased: false,
    source: {
      url: 'https://maatschappelijkeopvangdenbosch.nl/hulp/ik-ben-sekswerker/rups-nieuwsbrieven/rups-nieuwsbrief-september-2019/',
      date: '2019-09',
    },
    otherSources: [],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'mee-veluwe',
    name: 'MEE Veluwe',
    scope: 'regional',
    areas: { ...noAreas, regions: ['apeldoorn'] },
    offerKey: 'contacts:offers.meeVeluwe',
    purposes: ['exploitation'],
    channels: { ...noChannels, phones: [call('+31555269200', 'careCoordinationUnder23', unknownHours)] },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [{ url: coordinatorDirectoryEn, date: null }],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'moviera',
    name: 'Moviera',
    scope: 'regional',
    areas: { ...noAreas, provinces: ['utrecht', 'gelderland'] },
    offerKey: 'contacts:offers.moviera',
    purposes: ['exploitation'],
    channels: { ...noChannels, phones: [call('+31883744744', 'careCoordination', unknownHours)] },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [{ url: coordinatorDirectoryEn, date: null }],
    ...researchFileCheck,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
  {
    id: 'tussenvoorziening',
    name: 'Belle (De Tussenvoorziening)',
    scope: 'regional',
    // "Werkgebied: de provincie Utrecht en de regio Gooi- en Vechtstreek" (annual report 2022).
    areas: {
      municipalities: ['hilversum', 'huizen', 'gooise-meren', 'blaricum', 'laren', 'wijdemeren'],
      provinces: ['utrecht'],
      regions: [],
    },
    offerKey: 'contacts:offers.tussenvoorziening',
    purposes: ['housing', 'talk', 'safety'],
    // The old Pretty Woman address and number (Stade era) are not verified as current: left out.
    // Walk in without appointment, per DUIC (opening of the Socrateslaan building, c. 2023). No house
    // number is given, so no address is shown.
    channels: {
      ...noChannels,
      website: 'https://www.tussenvoorziening.nl',
      ...walkIn(
        'belle',
        {
          url: 'https://www.duic.nl/algemeen/nieuw-pand-voor-ex-sekswerkers-geopend-in-utrecht-in-een-woord-geweldig/',
          date: '2023',
          isDateApproximate: true,
        },
        unknownHours,
      ),
    },
    languages: null,
    isAnonymous: null,
    // "Gratis hulp" (annual report 2022, per the review); not re-read, so left unstated.
    isFree: null,
    welcomes: { men: true, trans: null, migrants: null, undocumented: null },
    isFaithBased: false,
    source: {
      url: 'https://www.duic.nl/algemeen/nieuw-pand-voor-ex-sekswerkers-geopend-in-utrecht-in-een-woord-geweldig/',
      date: '2023',
      isDateApproximate: true,
    },
    otherSources: [
      { url: 'https://2022.jaarverslag-tussenvoorziening.nl/begeleiden/belle-in-2022/', date: '2022' },
      // The research dates this page "c. January 2018".
      {
        url: 'https://www.tussenvoorziening.nl/actueel/pay-date-toch-prostitutie/',
        date: '2018-01',
        isDateApproximate: true,
      },
      { url: 'https://www.huiselijkgeweld.nl/interventies/preventie/prettywoman', date: null },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'de-schoor-almere',
    name: 'De Schoor',
    scope: 'regional',
    areas: { ...noAreas, municipalities: ['almere'] },
    offerKey: 'contacts:offers.deSchoorAlmere',
    purposes: ['money', 'legal', 'talk'],
    channels: { ...noChannels, website: 'https://www.deschoor.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    // The page reports on 2022–2023; the later year is given.
    source: { url: 'https://www.deschoor.nl/html/index.php?paginaid=50&fontsize=-2', date: '2023' },
    otherSources: [
      {
        url: 'https://www.almeredezeweek.nl/nieuws/algemeen/59422/de-schoor-bestaat-35-jaar-we-zijn-nog-wel-even-nodig-',
        date: '2024',
        isDateApproximate: true,
      },
    ],
    ...researchFileCheck,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'veilig-thuis-flevoland',
    name: 'Veilig Thuis Flevoland – Meld- en Adviespunt Mensenhandel',
    scope: 'regional',
    // All six Flevoland municipalities (dronten.nl).
    areas: { ...noAreas, provinces: ['flevoland'] },
    offerKey: 'contacts:offers.veiligThuisFlevoland',
    purposes: ['exploitation', 'violence'],
    channels: {
      ...noChannels,
      // "Bel 24/7 naar 088 2220500. Of chat op maandag t/m vrijdag van 9 tot 17 uur."
      phones: [call('+31882220500', 'dayAndNight', always)],
      chatUrl: 'https://veiligthuisflevoland.nl',
      chatHours: weekdays9to17,
      website: 'https://veiligthuisflevoland.nl',
    },
    languages: null,
    // "(al dan niet anoniem) meldingen maken en advies krijgen".
    isAnonymous: true,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    // The page announces the start on 1 March 2024; it shows no date of its own.
    source: {
      url: 'https://veiligthuisflevoland.nl/lancering-meld-en-adviespunt-mensenhandel-flevoland/',
      date: '2024-03',
      isDateApproximate: true,
    },
    otherSources: [
      { url: 'https://www.dronten.nl/actueel/meld-en-adviespunt-mensenhandel-flevoland-geopend/', date: null },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'high',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'veilig-thuis-noord-oost-gelderland',
    name: 'Veilig Thuis Noord Oost Gelderland – Meldpunt Mensenhandel',
    scope: 'regional',
    areas: { ...noAreas, regions: ['apeldoorn'] },
    offerKey: 'contacts:offers.veiligThuisNoordOostGelderland',
    purposes: ['exploitation', 'violence'],
    // "Bij Veilig Thuis Noord Oost Gelderland kun je 24/7 ook een melding doen … over mensenhandel";
    // the header gives 0800 2000, 24/7, free.
    channels: {
      ...noChannels,
      phones: [call('08002000', 'dayAndNightFree', always)],
      website: 'https://www.veiligthuisnoordoostgelderland.nl',
    },
    languages: null,
    isAnonymous: null,
    isFree: true,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.veiligthuisnoordoostgelderland.nl/meldpunt-jeugdprostutie/', date: null },
    otherSources: [],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'ggd-amsterdam-seksuele-gezondheid',
    name: 'GGD Amsterdam – soa-polikliniek',
    scope: 'regional',
    // "You live in Amsterdam, Amstelveen, Diemen, Aalsmeer, Ouder-Amstel or Uithoorn."
    areas: {
      ...noAreas,
      municipalities: ['amsterdam', 'amstelveen', 'diemen', 'aalsmeer', 'ouder-amstel', 'uithoorn'],
    },
    offerKey: 'contacts:offers.ggdAmsterdamSeksueleGezondheid',
    purposes: ['sexualHealth'],
    channels: { ...noChannels, website: 'https://www.ggd.amsterdam.nl/english/sti-hiv-sense/appointment-criteria/' },
    languages: null,
    // Free and anonymous if wanted for sex workers by the national rule of 2012 (RIVM); the clinic's
    // own page does not say it, so both stay unstated here and the text says where it comes from.
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: 'https://www.ggd.amsterdam.nl/english/sti-hiv-sense/appointment-criteria/', date: null },
    otherSources: [
      { url: 'https://www.rivm.nl/nieuws/doelgroepen-aanvullende-seksuele-gezondheidszorg-bij-ggd', date: '2012' },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'ggd-rotterdam-seksuele-gezondheid',
    name: 'GGD Rotterdam-Rijnmond – Soapoli',
    scope: 'regional',
    areas: { ...noAreas, regions: ['rotterdam'] },
    offerKey: 'contacts:offers.ggdRotterdamSeksueleGezondheid',
    purposes: ['sexualHealth'],
    // soapoli.nl is GGD Rotterdam-Rijnmond's sexual-health site; no phone number in the stored page.
    channels: { ...noChannels, website: 'https://www.soapoli.nl' },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    // A page about working during corona (about 2020), no date shown.
    source: { url: 'https://www.soapoli.nl/nieuws/diensten-uitgebreid/', date: null },
    otherSources: [
      { url: 'https://gezond010.nl/soa-zelftest-bij-ggd-maakt-testen-voor-jongeren-makkelijker/', date: null },
      { url: 'https://www.rivm.nl/nieuws/doelgroepen-aanvullende-seksuele-gezondheidszorg-bij-ggd', date: '2012' },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'medium',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'nijmegen-huiskamer-tippelzone',
    name: 'Huiskamer tippelzone Nijmegen (IrisZorg)',
    scope: 'regional',
    areas: { ...noAreas, municipalities: ['nijmegen'] },
    offerKey: 'contacts:offers.nijmegenHuiskamerTippelzone',
    purposes: ['talk', 'safety'],
    channels: {
      ...noChannels,
      address: 'Nieuwe Marktstraat, Nijmegen',
      // "Elke dag tussen 20.00 en 02.00 uur" (municipal page, archived copy, undated).
      ...walkIn(
        'nijmegenHuiskamer',
        { url: 'https://archive.fo/rNHPt', date: null },
        {
          kind: 'weekly',
          ranges: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '20:00', to: '02:00' }],
          closedOnPublicHolidays: false,
        },
      ),
    },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    // Reopened after the corona closure, with IrisZorg staff in the huiskamer.
    source: {
      url: 'https://www.blikopnieuws.nl/nieuws/282708/tippelzone-nijmegen-onder-voorwaarde-weer-open.html',
      date: '2020-07',
    },
    otherSources: [
      { url: 'https://archive.fo/rNHPt', date: null },
      {
        url: 'https://www.privehuizenblog.nl/burgemeester-bruls-gaat-overstag-tippelzone-in-nijmegen-blijft-open1/',
        date: null,
      },
      {
        url: 'https://www.omroepgelderland.nl/nieuws/2409663/Verdwijnt-de-tippelzone-in-Nijmegen-Raad-en-college-zijn-het-nog-steeds-oneens',
        date: '2019-05',
      },
    ],
    ...comparedCheck,
    conflictKey: 'contacts:conflicts.nijmegenTippelzone',
    pairedWithId: null,
    confidence: 'low',
    isFromCoordinatorDirectory: false,
    verified: true,
  },
  {
    id: 'lumens-eindhoven',
    name: 'Lumens – Expertisecentrum Mensenhandel en (jeugd)Prostitutie',
    scope: 'regional',
    // The directory says "Gemeente Eindhoven en de regio"; the 14 other municipalities are not named
    // in any source read, so only Eindhoven is listed.
    areas: { ...noAreas, municipalities: ['eindhoven'] },
    offerKey: 'contacts:offers.lumensEindhoven',
    purposes: ['exploitation'],
    channels: { ...noChannels, phones: [call('+31402193388', 'careCoordination', unknownHours)] },
    languages: null,
    isAnonymous: null,
    isFree: null,
    welcomes: welcomesNotStated,
    isFaithBased: false,
    source: { url: coordinatorDirectory, date: null },
    otherSources: [
      // A zorgcoördinator of Lumens in Eindhoven interviewed by CoMensha (undated).
      { url: 'https://www.comensha.nl/actualiteiten/item/blog-mensenhandel-in-beeld/', date: null },
    ],
    ...comparedCheck,
    conflictKey: null,
    pairedWithId: null,
    confidence: 'low',
    isFromCoordinatorDirectory: true,
    verified: true,
  },
] satisfies Contact[];

/** National lines first, then regional organisations. Parsed by `contactsSchema` in the tests. */
export const contacts: Contact[] = [...nationalContacts, ...regionalContacts];

/** Entries of the research file that are not in the directory, with the reason (for reviewers). */
export const leftOutResearchEntries = {
  'nl-sekswerkexpertise': 'An advocacy platform, not a help service, with no contact route.',
  'reg-pic-amsterdam': 'An information centre, not a help service; not verified and no contact route.',
  'reg-overweeghuis-groningen': 'Not verified, no contact route, and its status since 2020 is unknown.',
  'reg-rebelz': 'Not verified, no contact route, and its status since about 2018 is unknown.',
  'reg-punt26-arnhem':
    'Not verified and no contact route, and no entry in Arnhem offers the same help to pair it with. A card with no way to reach anyone is not shown.',
} as const;
