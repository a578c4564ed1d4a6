import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, type Language } from '../lib/i18n';

export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return { language: isLanguage(current) ? current : 'en', setLanguage: changeLanguage };
}
