package se.lofteskollen.platform.testing;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.EncodedResource;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every part's message bundles must hold, checked over the bundles a module has on its class path: the same keys
 * in Swedish and in English, and every message with arguments readable as a {@link MessageFormat} (where a lone
 * apostrophe silently swallows the text after it).
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    public static void assertBothLanguagesSayEverything() throws IOException {
        List<String> faults = new ArrayList<>();
        Resource[] swedish = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_sv.properties");
        assertThat(swedish).isNotEmpty();
        for (Resource sv : swedish) {
            Resource en = sv.createRelative(sv.getFilename().replace("_sv.properties", "_en.properties"));
            Properties svWords = read(sv);
            Properties enWords = en.exists() ? read(en) : new Properties();
            TreeSet<String> keys = new TreeSet<>(svWords.stringPropertyNames());
            keys.addAll(enWords.stringPropertyNames());
            for (String key : keys) {
                for (var language : List.of(svWords, enWords)) {
                    String message = language.getProperty(key);
                    String where = sv.getFilename().replace("_sv.properties", language == svWords ? "_sv" : "_en") + ": " + key;
                    if (message == null || message.isBlank()) {
                        faults.add(where + " is missing");
                    } else if (message.matches("(?s).*\\{\\d.*")) {
                        String formatted = new MessageFormat(message).format(new Object[]{"A", "B", "C", "D", "E"});
                        if (message.replaceAll("\\{\\d[^}]*}", "").replace("''", "'").length() > formatted.length()) {
                            faults.add(where + " loses text (a lone apostrophe? write '' in messages with arguments)");
                        }
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    private static Properties read(Resource bundle) throws IOException {
        return PropertiesLoaderUtils.loadProperties(new EncodedResource(bundle, "UTF-8"));
    }
}
