package org.icpo.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    @Test
    void theWarmUpGoesThroughEveryScriptWithItsOwnTransliteration() {
        assertThat(WarmUp.run()).contains(Script.LATIN, Script.CYRILLIC, Script.GREEK, Script.ARABIC, Script.HEBREW, Script.OTHER);
    }
}
