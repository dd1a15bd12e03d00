package se.lofteskollen.command;

import org.junit.jupiter.api.Test;
import se.lofteskollen.platform.testing.MessageBundles;

import java.io.IOException;

/** Every word the command-service's pages say is there in Swedish and in English. */
class PageWordsTest {

    @Test
    void everyBundleSaysEverythingInBothLanguages() throws IOException {
        MessageBundles.assertBothLanguagesSayEverything();
    }
}
