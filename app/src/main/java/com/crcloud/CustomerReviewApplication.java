package com.crcloud;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("crc")
// Server push (Vaadin's own client, no npm) lets long-running work such as CSV imports report progress.
@Push
public class CustomerReviewApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CustomerReviewApplication.class, args);
    }
}
