package vn.lantoa.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on the one embedded PostgreSQL this test JVM shares,
 * with the demo data seeded once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "lantoa.embedded.shared-per-jvm=true",
            "lantoa.data-dir=target/test-data",
            "lantoa.demo.enabled=true",
            "lantoa.admin.initial-password=" + LanToaIntegrationTest.ADMIN_PASSWORD,
            "lantoa.security.totp.enforce=false",
            "lantoa.security.login.free-failures-per-address=1000",
            // contexts share one database: only the notification tests' own context delivers
            "lantoa.notifications.dispatcher.enabled=false",
            "spring.main.banner-mode=off"
        })
public @interface LanToaIntegrationTest {

    String ADMIN_PASSWORD = "Admin-test-password-2026";
    String DEMO_PASSWORD = "LanToa-demo-2026";
}
