/** The UI language switch shared by the Word and Outlook panes. */
import { Select } from "@fluentui/react-components";
import { LANGS, type Lang } from "../../engine";
import type { MessageKey } from "../i18n";
import { useLocale } from "../i18n/context";

export function LanguagePicker() {
  const { t, locale, setLocale } = useLocale();
  return (
    <label>
      <span className="adal-visually-hidden">{t("language")}</span>
      <Select aria-label={t("language")} value={locale} onChange={(_e, d) => setLocale(d.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {t(`languageName.${l}` as MessageKey)}
          </option>
        ))}
      </Select>
    </label>
  );
}
