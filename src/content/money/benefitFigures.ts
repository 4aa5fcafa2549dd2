/**
 * Why the money screen shows no benefit amounts, and where the official ones are: the sources the
 * reader sees under "Where this comes from". Amounts change twice a year and depend on a person's
 * situation, so Verder never copies them; it points to the municipality, which decides.
 */
export const benefitFigureSources: readonly string[] = [
  'Gemeente Oss, "Bedragen bijstandsuitkering" (loket.oss.nl, amounts of 1 January 2019): the national government sets the benefit norms and changes them twice a year, on 1 January and 1 July; the amount also depends on who lives at the same address',
  'Gemeente West Maas en Waal, "Bijstandsnormen" (westmaasenwaal.nl/bijstandsnormen, amounts from 1 July 2024): the norms change twice a year and depend on age and household',
  'Gemeente Venray, "Hoogte en betaling bijstandsuitkering" (venray.nl): what you can get depends on your income, age and living situation, and the municipality checks it',
  'report §2.4 Passend werk en inkomen; §2.3 Financiële uitdagingen en schulden',
];
