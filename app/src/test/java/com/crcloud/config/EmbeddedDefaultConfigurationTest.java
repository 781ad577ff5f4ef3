package com.crcloud.config;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.PropertyPlaceholderHelper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first README command runs on the default configuration, which the other tests replace with an in-memory
 * database: the default embedded database URL must open as it is written.
 */
class EmbeddedDefaultConfigurationTest {

    @Test
    void the_default_embedded_database_url_opens_a_file_database_under_the_data_directory() throws Exception {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        PropertyPlaceholderHelper placeholders = new PropertyPlaceholderHelper("${", "}", ":", '\\', true);
        String url = placeholders.replacePlaceholders(defaults.getProperty("spring.datasource.url"), defaults::getProperty);
        String dataDir = placeholders.replacePlaceholders(defaults.getProperty("crc.data-dir"), defaults::getProperty);
        Path created = Path.of(dataDir);
        boolean existedBefore = Files.exists(created);

        try (Connection connection = DriverManager.getConnection(url, defaults.getProperty("spring.datasource.username"),
                defaults.getProperty("spring.datasource.password"))) {
            assertThat(connection.isValid(5)).isTrue();
        } finally {
            if (!existedBefore) {
                FileSystemUtils.deleteRecursively(created);
            }
        }
        assertThat(url).startsWith("jdbc:h2:file:").contains("MODE=MySQL");
    }
}
