// English and Simplified Chinese; the choice is kept in localStorage.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Key } from './en';
import { zh } from './zh';

export type Lang = 'en' | 'zh-CN';
export const catalogues: Record<Lang, Record<Key, string>> = { en, 'zh-CN': zh };
const STORE = 'xspace.lang';

export type T = (key: Key, params?: Record<string, string | number>) => string;

function initial(): Lang {
  try {
    const kept = localStorage.getItem(STORE);
    if (kept === 'en' || kept === 'zh-CN') return kept;
  } catch {
    // no storage: English
  }
  return navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function format(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

interface I18n {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: T;
  /** A date and time in the chosen language. */
  when: (iso: string) => string;
  /** A time of day in the chosen language. */
  time: (iso: string) => string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initial);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const cat = catalogues[lang];
    return {
      lang,
      setLang: (l) => {
        try {
          localStorage.setItem(STORE, l);
        } catch {
          // not remembered
        }
        setLangState(l);
      },
      t: (key, params) => format(cat[key] ?? en[key] ?? key, params),
      when: (iso) => new Date(iso).toLocaleString(lang),
      time: (iso) => new Date(iso).toLocaleTimeString(lang),
    };
  }, [lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export function useT(): T {
  return useI18n().t;
}
