package org.ganstudio.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word a person reads in the app comes from here. Keys are {@code feature.rest}; the part before the
 * first dot names the bundle, {@code org/ganstudio/ui/i18n/<feature>.properties} (English) with
 * {@code <feature>_zh.properties} beside it (简体中文), so each feature keeps its own words. Files are UTF-8.
 *
 * <p>The language is chosen once, before the first window is built ({@link #useLocale}); switching needs a
 * restart. A key that is missing shows as {@code ⟦key⟧} rather than failing; {@code TextsTest} keeps every
 * bundle complete in both languages.
 */
public final class Texts {

    /** The package folder that holds the bundles. */
    public static final String BUNDLE_PACKAGE = "org.ganstudio.ui.i18n";

    private static final System.Logger LOG = System.getLogger(Texts.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Locale locale = Locale.getDefault();

    private Texts() {
    }

    /** The language words are looked up in from now on (the cache is dropped). */
    public static void useLocale(Locale chosen) {
        locale = chosen == null ? Locale.getDefault() : chosen;
        BUNDLES.clear();
    }

    public static Locale locale() {
        return locale;
    }

    /** True when the words shown are Chinese. */
    public static boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments ({0}, {1,number,#.##}...) filled in. */
    public static String get(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** True when {@code key} has a text in the current language's bundle (or its English parent). */
    public static boolean has(String key) {
        try {
            bundle(key).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String raw(String key) {
        try {
            return bundle(key).getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "missing text: " + key);
            return "\u27e6" + key + "\u27e7";
        }
    }

    private static ResourceBundle bundle(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("a text key needs a feature prefix: " + key, "Texts", key);
        }
        String name = BUNDLE_PACKAGE + "." + key.substring(0, dot);
        return BUNDLES.computeIfAbsent(name, n -> ResourceBundle.getBundle(n, locale, Texts.class.getClassLoader(), NO_FALLBACK));
    }
}
