package se.lofteskollen.query;

import org.junit.jupiter.api.Test;
import se.lofteskollen.platform.testing.MessageBundles;

/** Every word of the query-service's pages is there in Swedish and in English, and none is lost to an apostrophe. */
class PageWordsTest {

    @Test
    void bothLanguagesSayEverything() throws Exception {
        MessageBundles.assertBothLanguagesSayEverything();
    }
}
