package vn.lantoa.statistics.internal.generator;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --lantoa.generate=province} on the command line fills the database with a generated
 * province (sizes from {@code lantoa.generator.*}, history up to now), then serves it, or exits
 * with {@code --lantoa.generator.exit=true}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ProvinceGenerationRunner implements ApplicationRunner {

    private final ProvinceGenerator generator;
    private final Environment environment;
    private final ApplicationContext context;
    private final Clock clock;

    ProvinceGenerationRunner(
            ProvinceGenerator generator, Environment environment, ApplicationContext context, Clock clock) {
        this.generator = generator;
        this.environment = environment;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String what = environment.getProperty("lantoa.generate", "");
        if (what.isBlank()) {
            return;
        }
        if (!what.equals("province")) {
            throw new IllegalArgumentException("lantoa.generate knows only 'province', not '" + what + "'");
        }
        generator.province(GeneratorOptions.from(environment, clock.instant()));
        if (environment.getProperty("lantoa.generator.exit", Boolean.class, false)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
