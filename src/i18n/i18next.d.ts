// Keys are typed from the English files (the key source), so a wrong key fails `tsc`.
import type common from '../../locales/en/common.json';
import type home from '../../locales/en/home.json';
import type phases from '../../locales/en/phases.json';
import type safety from '../../locales/en/safety.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      home: typeof home;
      phases: typeof phases;
      safety: typeof safety;
    };
  }
}
