package gov.buyamerican.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The buffer pool size goes onto mariadbd's command line: only a plain size is accepted. */
class EmbeddedMariaDbSettingsTest {

    private static EmbeddedMariaDb.Settings withPool(String size) {
        return new EmbeddedMariaDb.Settings(Path.of("d"), Path.of("b"), "portal", "portal", 0, false, size);
    }

    @Test
    void plainSizesAreAccepted() {
        assertThat(withPool("512M").bufferPoolSize()).isEqualTo("512M");
        assertThat(withPool("2G").bufferPoolSize()).isEqualTo("2G");
        assertThat(withPool("768m").bufferPoolSize()).isEqualTo("768m");
        assertThat(withPool("134217728").bufferPoolSize()).isEqualTo("134217728");
        assertThat(new EmbeddedMariaDb.Settings(Path.of("d"), Path.of("b"), "portal", "portal", 0, false).bufferPoolSize())
                .isEqualTo("1G");
    }

    @Test
    void anythingElseIsRefusedWithAMessage() {
        for (String bad : new String[] {null, "", "0", "1T", "1G --skip-grant-tables", "-1G", "1.5G"}) {
            assertThatThrownBy(() -> withPool(bad)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("buffer pool size");
        }
    }
}
