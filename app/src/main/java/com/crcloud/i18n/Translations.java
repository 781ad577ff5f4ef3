package com.crcloud.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text, from {@code i18n/messages*.properties}: English (the base bundle) and Simplified Chinese.
 * Lookups never fall back to the JVM's default locale, so an English user never sees Chinese because the
 * server happens to run in China, and vice versa.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);
    static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** Maps any Chinese variant to Simplified Chinese and everything else to English. */
    public static Locale supported(Locale locale) {
        return locale != null && CHINESE.getLanguage().equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
