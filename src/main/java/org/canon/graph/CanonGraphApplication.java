package org.canon.graph;

import org.canon.graph.cli.CanonCli;
import org.canon.graph.config.CanonProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Canon Graph: the knowledge graph service for the Canon job taxonomy.
 *
 * <p>{@code java -jar canon-graph.jar} starts the service (TDB2 store, Fuseki with its UI, REST API).
 * {@code java -jar canon-graph.jar COMMAND ...} runs one command-line command instead
 * ({@code validate}, {@code load}, {@code import}, {@code check}, {@code generate}; {@code help} lists them)
 * with the same settings, without starting any server. A word that names no command, {@code --help} or
 * {@code -h} prints the commands and exits with code 2, starting nothing.
 */
@SpringBootApplication
@EnableConfigurationProperties(CanonProperties.class)
public class CanonGraphApplication {

    public static void main(String[] args) {
        switch (CanonCli.launch(args)) {
            case SERVICE -> SpringApplication.run(CanonGraphApplication.class, args);
            case COMMAND -> {
                SpringApplication app = new SpringApplication(CanonGraphApplication.class);
                app.setWebApplicationType(WebApplicationType.NONE);
                app.setAdditionalProfiles("cli");
                System.exit(SpringApplication.exit(app.run(args)));
            }
            case USAGE -> System.exit(CanonCli.usage(args, System.err));
        }
    }
}
