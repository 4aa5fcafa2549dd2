export { changeLanguage, chooseStartLanguage } from './chooseLanguage';
export { LanguageSwitcher } from './LanguageSwitcher';
