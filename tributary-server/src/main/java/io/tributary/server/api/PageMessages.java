package io.tributary.server.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text of the {@code i18n/widget} bundle for a language ({@code en}, {@code de-CH} …), English when a key or the
 * language is missing. Another language is one more properties file.
 */
public final class PageMessages {
    private final String lang;
    private final ResourceBundle bundle;
    private final ResourceBundle fallback;

    public PageMessages(String language) {
        Locale locale = language == null || language.isBlank()
                ? Locale.ENGLISH
                : Locale.forLanguageTag(language.replace('_', '-'));
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundle = ResourceBundle.getBundle("i18n.widget", locale, noFallback);
        this.fallback = ResourceBundle.getBundle("i18n.widget", Locale.ROOT, noFallback);
        String l = bundle.getLocale().getLanguage();
        this.lang = l.isEmpty() ? "en" : l;
    }

    /** The page's {@code lang}: the language the bundle was found for. */
    public String lang() {
        return lang;
    }

    public String get(String key, String arg) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            s = fallback.containsKey(key) ? fallback.getString(key) : key;
        }
        return arg == null ? s : s.replace("{0}", arg);
    }

    public String get(String key) {
        return get(key, null);
    }
}
