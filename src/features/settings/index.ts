export { changeLanguage, chooseStartLanguage, LanguageUnavailableError } from './chooseLanguage';
export { LanguageScreen } from './LanguageScreen';
export { LanguageSwitcher } from './LanguageSwitcher';
export { SettingsScreen } from './SettingsScreen';
export { HomeScreenAdvice } from './HomeScreenAdvice';
