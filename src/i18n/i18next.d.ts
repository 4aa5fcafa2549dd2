// Keys are typed from the English files (the key source), so a wrong key fails `tsc`.
import type about from '../../locales/en/about.json';
import type check from '../../locales/en/check.json';
import type contacts from '../../locales/en/contacts.json';
import type common from '../../locales/en/common.json';
import type explore from '../../locales/en/explore.json';
import type guides from '../../locales/en/guides.json';
import type home from '../../locales/en/home.json';
import type money from '../../locales/en/money.json';
import type phases from '../../locales/en/phases.json';
import type plan from '../../locales/en/plan.json';
import type safety from '../../locales/en/safety.json';
import type showing from '../../locales/en/showing.json';
import type incidents from '../../locales/en/incidents.json';
import type checkIn from '../../locales/en/checkIn.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      about: typeof about;
      check: typeof check;
      common: typeof common;
      contacts: typeof contacts;
      explore: typeof explore;
      guides: typeof guides;
      home: typeof home;
      money: typeof money;
      phases: typeof phases;
      plan: typeof plan;
      safety: typeof safety;
      showing: typeof showing;
      incidents: typeof incidents;
      checkIn: typeof checkIn;
    };
  }
}
